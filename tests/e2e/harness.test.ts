/**
 * The end-to-end checks check themselves: the server behaves like GitHub Pages, axe fails a
 * page with a violation, and the page watch records console errors and broken requests.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { watchPage } from './harness/watch.ts';

const good = (body: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>' +
  `<body><main><h1>Page</h1>${body}</main></body></html>`;

const FILES: Record<string, string> = {
  'index.html': good('<p>Fine.</p>'),
  'no-alt/index.html': good('<img src="../pixel.svg">'),
  'noisy/index.html': good(
    '<p>Noisy.</p><img src="../missing.png" alt="gone"><script>console.error("boom")</script>' +
      '<script>window.undefinedFunction()</script>',
  ),
  'page.html': good('<p>Flat page.</p>'),
  'style.css': 'p { color: #222 }',
  'pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>',
  '404.html': good('<p>Not here.</p>'),
};

let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-harness-'));
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
  [server, browser] = await Promise.all([serveStatic(root, '/repo/'), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the static server', () => {
  const get = (path: string) => fetch(server.origin + path, { redirect: 'manual' });

  test('serves folders by their index.html, under the base path only', async () => {
    const home = await get('/repo/');
    expect([home.status, home.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8',
    ]);
    expect(await home.text()).toBe(FILES['index.html']);
    expect((await get('/index.html')).status).toBe(404);
  });

  test('sends the right content types', async () => {
    const types = await Promise.all(
      ['/repo/style.css', '/repo/pixel.svg'].map(async (p) =>
        (await get(p)).headers.get('content-type'),
      ),
    );
    expect(types).toEqual(['text/css; charset=utf-8', 'image/svg+xml']);
  });

  test('redirects a folder without its trailing slash', async () => {
    for (const [path, location] of [
      ['/repo', '/repo/'],
      ['/repo/no-alt', '/repo/no-alt/'],
      ['/repo/no-alt?x=1', '/repo/no-alt/?x=1'],
    ]) {
      const response = await get(path);
      expect([response.status, response.headers.get('location')]).toEqual([301, location]);
    }
  });

  test('serves page.html for /page, as GitHub Pages does', async () => {
    expect(await (await get('/repo/page')).text()).toBe(FILES['page.html']);
  });

  test('answers unknown paths, and paths escaping the folder, with 404.html and status 404', async () => {
    for (const path of ['/repo/nothing/', '/repo/..%2F..%2F..%2Fetc%2Fpasswd', '/repo/%E0']) {
      const response = await get(path);
      expect([path, response.status, await response.text()]).toEqual([
        path,
        404,
        FILES['404.html'],
      ]);
    }
  });
});

describe('the browser checks', () => {
  test('axe passes a clean page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  test('axe fails a page with an image without alt text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}no-alt/`);
    const violations = await runAxe(page);
    expect(violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).toEqual([
      ['image-alt', ['img']],
    ]);
    // What a failing run prints: page, rule, impact, help, element, and why.
    expect(formatViolations('/repo/no-alt/', violations).split('\n').slice(0, 2)).toEqual([
      '/repo/no-alt/: image-alt (critical): Images must have alternative text',
      '    at img  <img src="../pixel.svg">',
    ]);
    await page.close();
  });

  test('axe checks contrast in the scheme the context emulates', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(server.url);
    // Dark background, the page's dark text left as it was: unreadable.
    await page.addStyleTag({
      content: '@media (prefers-color-scheme: dark) { body { background: #000; color: #111 } }',
    });
    expect((await runAxe(page)).map((v) => v.id)).toEqual(['color-contrast']);
    await context.close();
  });

  test('the page watch records console errors, exceptions and broken requests', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}noisy/`);
    watch.stop();
    await page.close();
    expect(watch.problems.map((p) => p.replace(server.origin, ''))).toEqual(
      expect.arrayContaining([
        'console error: boom (/repo/noisy/)',
        'uncaught exception: window.undefinedFunction is not a function',
        'HTTP 404: /repo/missing.png',
      ]),
    );
  });
});
