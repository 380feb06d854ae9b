/**
 * The Content-Security-Policy (astro.config.mjs, `security.csp`) on the built site: every page
 * carries one strict policy before anything it governs; in Chromium search still works under it
 * (Pagefind's scripts, worker, WebAssembly and index fetches), and script injected into a page
 * neither runs nor goes unreported.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Violations seen by the page, recorded from before its first script runs. */
interface Violation {
  directive: string;
  blocked: string;
}
declare global {
  interface Window {
    __violations: Violation[];
    __injectedRan?: boolean;
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(E2E.dist, E2E.base), launchChromium()]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
  // Init scripts run through the DevTools protocol, which the page's CSP does not govern.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The policy of a built page as directive → sources, and how many CSP metas it has. */
function policyOf(html: string): { count: number; policy: Map<string, string[]>; first: boolean } {
  const tree = parseHtml(html);
  const metas = selectAll('meta[http-equiv="content-security-policy" i]', tree);
  const content = String(metas[0]?.properties.content ?? '');
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  // The policy governs only what comes after it: no script or stylesheet may come first.
  const governed = selectAll('script[src], link[rel~="stylesheet"], style, meta', tree);
  const at = governed.indexOf(metas[0] as Element);
  const first = at !== -1 && governed.slice(0, at).every((el) => el.tagName === 'meta');
  return { count: metas.length, policy, first };
}

describe('every page carries one strict policy', () => {
  it.each(pages)('$path', async ({ file }) => {
    const { count, policy, first } = policyOf(await readFile(join(E2E.dist, file), 'utf8'));
    expect(count).toBe(1);
    expect(first).toBe(true);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    // Scripts: this origin, WebAssembly for Pagefind, and hashes Astro computed; nothing inline.
    const script = policy.get('script-src') ?? [];
    expect(script.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(script.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(
      true,
    );
    const style = policy.get('style-src') ?? [];
    expect(style[0]).toBe("'self'");
    expect(style.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    // No directive opens the door again.
    const all = [...policy.values()].flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'blob:', 'http:', 'https:'])
      expect(all).not.toContain(loose);
  });
});

/** Opens `path` with the page's problems recorded. */
async function open(path: string) {
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, watch };
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

describe('under the policy, in Chromium', () => {
  it('the /search/ page finds results, in a worker, with no violation', async () => {
    const { page, watch } = await open('search/?q=industry');
    try {
      await page
        .locator('[data-search-page] .search-result__link')
        .first()
        .waitFor({ timeout: 15_000 });
      // Pagefind searches in its Web Worker (it would fall back to the page if one were refused).
      expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain(
        `${E2E.base}pagefind/pagefind-worker.js`,
      );
      expect(await violations(page)).toEqual([]);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the search dialog loads on a content page and finds results, with no violation', async () => {
    const { page, watch } = await open('plan/');
    try {
      await page.keyboard.press('/');
      const input = page.locator('dialog.search-dialog[open] input');
      await input.waitFor({ timeout: 15_000 });
      await input.fill('industry');
      await page
        .locator('dialog.search-dialog .search-result__link')
        .first()
        .waitFor({ timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('blocks and reports an injected inline script and event handler', async () => {
    const { page, watch } = await open('plan/');
    try {
      await page.evaluate(() => {
        window.__injectedRan = false;
        const script = document.createElement('script');
        script.textContent = 'window.__injectedRan = true;';
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__injectedRan = true;');
        img.src = 'data:,not-an-image';
        document.body.append(img);
      });
      await expect
        .poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.blocked}`).sort())
        .toEqual(['script-src-attr inline', 'script-src-elem inline']);
      expect(await page.evaluate(() => window.__injectedRan)).toBe(false);
      // The browser reports the refusals on the console; nothing else went wrong.
      expect(watch.problems.every((p) => /Content Security Policy/.test(p))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('refuses a script from another origin', async () => {
    const { page } = await open('plan/');
    try {
      const loaded = await page.evaluate(
        () =>
          new Promise<string>((done) => {
            const script = document.createElement('script');
            script.src = 'http://localhost:9/evil.js';
            script.onload = () => done('loaded');
            script.onerror = () => done('refused');
            document.body.append(script);
          }),
      );
      expect(loaded).toBe('refused');
      expect(await violations(page)).toEqual([
        { directive: 'script-src-elem', blocked: 'http://localhost:9/evil.js' },
      ]);
    } finally {
      await page.close();
    }
  });
});
