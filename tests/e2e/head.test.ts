/**
 * Page basics on every built page (one h1, title, description, canonical URL, lang), a clean
 * console in a real browser, and the 404 page for unknown paths.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkHead, formatHeadProblems } from '../../src/checks/head.ts';
import { parseHtml } from '../../src/checks/parse-html.ts';
import { launchChromium } from './harness/browser.ts';
import { E2E } from './harness/config.ts';
import { builtPages } from './harness/pages.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { watchPage } from './harness/watch.ts';

const pages = builtPages();
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(E2E.dist, E2E.base), launchChromium()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page has one h1, a title, a description, a canonical URL and lang', () => {
  test.each(pages)('$path', async ({ file, path }) => {
    const tree = parseHtml(await readFile(join(E2E.dist, file), 'utf8'));
    // The 404 page is served at any path, so its canonical URL cannot be its own.
    const site = file === '404.html' ? undefined : E2E.site;
    expect(formatHeadProblems(checkHead(tree, { page: path, site }))).toBe('');
  });
});

describe.concurrent('no console errors, failed requests or error responses', () => {
  test.each(pages.filter((p) => p.file !== '404.html'))('$path', async ({ path }) => {
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(watch.problems).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });
});

describe('an unknown path', () => {
  test('is answered with the 404 page and status 404', async () => {
    const response = await fetch(`${server.url}no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(await readFile(join(E2E.dist, '404.html'), 'utf8'));
  });

  test('shows the 404 page in the browser with its styles and scripts working', async () => {
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      const response = await page.goto(`${server.url}industries/no-such-industry/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      // The only error is the 404 itself: every asset the page loads must exist.
      expect(watch.problems.filter((p) => !p.includes('no-such-industry'))).toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });
});
