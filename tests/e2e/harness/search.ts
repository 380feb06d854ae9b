/**
 * What the search e2e files share: the built site served under its base path and one Chromium
 * for the file, pages opened with their network problems watched, the search selectors, and the
 * result count the UI announces.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { E2E } from './config.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { watchPage, type PageWatch } from './watch.ts';

/** The /search/ page's search, and the header's dialog. */
export const PAGE = '[data-search-page]';
export const DIALOG = 'dialog.search-dialog';

export interface SearchSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** The shared context (reduced motion). */
  readonly context: BrowserContext;
  /** A fresh page at `path` (under the base) whose 404s, failed requests and errors are recorded. */
  open(path: string): Promise<{ page: Page; watch: PageWatch }>;
}

/** Serves the built site and starts Chromium for the calling test file (its beforeAll/afterAll). */
export function searchSession(): SearchSession {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(E2E.dist, E2E.base), launchChromium()]);
    context = await browser.newContext({ reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get context() {
      return context;
    },
    async open(path) {
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(server.url + path, { waitUntil: 'load' });
      return { page, watch };
    },
  };
}

/** Number of results the summary announces ("3 results for “lidar”"). */
export async function resultCount(page: Page, scope = PAGE): Promise<number> {
  const summary = page.locator(`${scope} [data-search-summary]`);
  await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/\d+ results? for/);
  return Number(/(\d+) results? for/.exec((await summary.textContent()) ?? '')?.[1]);
}
