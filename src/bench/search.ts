/**
 * Search cost in a real browser: the bytes the first query downloads (Pagefind's script, WASM,
 * metadata, index chunks and the fragments of the first results shown), the bytes of each later
 * query, and query time measured with performance.now in the page, through Pagefind's JS API;
 * and the first query as a reader asks it, through the search dialog on a content page.
 */
import type { Browser } from 'playwright-core';
import { settings } from '../settings.ts';
import { serve, type StaticServer } from './serve.ts';
import { median } from './stats.ts';

export const CHROMIUM = settings().chromium;
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Results a search UI shows at once: their fragments load with the query. */
const SHOWN = 5;
/** Milliseconds between keys when the reader types into the dialog (a quick typist). */
export const TYPING_DELAY_MS = 100;

/** The first query through the site's own search dialog, on a content page. */
export interface DialogQuery {
  /** The content page the dialog opened on. */
  page: string;
  query: string;
  /** Every same-origin byte from the first keypress until the results rendered. */
  bytes: number;
  /** Of which the search UI's own scripts and styles (the site's /_astro/ files). */
  uiBytes: number;
  /** The largest files it fetched. */
  files: { path: string; bytes: number }[];
  /** Same-origin requests that failed (404). */
  notFound: string[];
  /** Later queries typed into the same dialog (the box cleared first): bytes each fetched. */
  later?: { query: string; bytes: number }[];
  /** In an atlas whose default scope is narrower: what asking for every plan then fetched. */
  widened?: { bytes: number };
}

export interface SearchResult {
  browser: string;
  queries: string[];
  firstQueryBytes: number;
  laterQueryBytes: { median: number; max: number };
  /** Each query the first time it is asked, after the index is loaded. */
  queryMs: { median: number; max: number };
  /** The same queries asked again (index chunks and fragments cached). */
  repeatMs: { median: number };
  /** The later query that downloaded most, with its largest files. */
  heaviest?: { query: string; bytes: number; files: { path: string; bytes: number }[] };
  /** Same-origin requests that failed (404), which would break search on a host. */
  notFound: string[];
  /** The first query through the dialog, with an empty cache. */
  dialog?: DialogQuery;
  /** The same on every page asked for (an atlas: its home and a plan's page), `dialog` first. */
  dialogs?: DialogQuery[];
}

/**
 * Opens `path` with an empty cache, waits until it is idle, then presses "/" and types `query`
 * as a reader would, and counts what the server sent until the first result rendered and the
 * network was idle again.
 */
export async function measureDialog(
  browser: Browser,
  server: StaticServer,
  path: string,
  query: string,
  laterQueries: string[] = [],
): Promise<DialogQuery> {
  const context = await browser.newContext(); // its own cache
  try {
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    server.reset();
    await page.keyboard.press('/');
    await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
    await page.locator('dialog[open] .search-result__link').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const requests = server.requests();
    const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
    const uiBytes = requests
      .filter((r) => /\/_astro\/[^/]+\.(js|css)$/.test(r.path))
      .reduce((sum, r) => sum + r.bytes, 0);
    const notFound = requests.filter((r) => r.path.startsWith('404 ')).map((r) => r.path.slice(4));
    const files = requests.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    const later: { query: string; bytes: number }[] = [];
    for (const next of laterQueries) {
      const input = page.locator('dialog[open] input').first();
      await input.fill('');
      server.reset();
      await input.pressSequentially(next, { delay: TYPING_DELAY_MS });
      // The summary names the query once its results are shown (their fragments loaded).
      await page
        .locator('dialog[open] [data-search-summary]')
        .filter({ hasText: `for “${next.trim()}”` })
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(200);
      later.push({ query: next, bytes: server.sent() });
      notFound.push(
        ...server
          .requests()
          .filter((r) => r.path.startsWith('404 '))
          .map((r) => r.path.slice(4)),
      );
    }
    // An atlas that does not search every plan by default: the cost of asking for it.
    let widened: DialogQuery['widened'];
    const widen = page.locator('dialog[open] [data-search-all-plans]');
    if ((await widen.isVisible()) && !(await widen.isChecked())) {
      server.reset();
      await widen.check();
      await page
        .locator('dialog[open] .search-result__plan')
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => {}); // the atlas layer's pages name no plan: results may come from it alone
      await page.waitForLoadState('networkidle');
      widened = { bytes: server.sent() };
    }
    return {
      ...(widened ? { widened } : {}),
      page: path,
      query,
      bytes,
      uiBytes,
      files,
      notFound,
      ...(later.length ? { later } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * Measure `queries` (at least two) against the site built in outDir; the dialog on each of
 * `dialogPages` (default: the home page only), with `dialogLater` later queries typed there.
 */
export async function measureSearch(
  outDir: string,
  queries: string[],
  dialogPages: string[] = [''],
  dialogLater = 0,
): Promise<SearchResult> {
  if (queries.length < 2) throw new Error('need at least two queries');
  const { chromium } = await import('playwright-core');
  const server = await serve(outDir, '/');
  // launch() gives the browser a fresh temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    // The reader's way first, in a context of its own, so nothing is cached yet.
    const dialogs: DialogQuery[] = [];
    for (const path of dialogPages) {
      const later = queries.slice(1, 1 + dialogLater);
      dialogs.push(await measureDialog(browser, server, path, queries[0], later));
    }
    const dialog = dialogs[0];
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const ask = (q: string) =>
      page.evaluate(
        async ({ q, shown, base }) => {
          const w = window as unknown as { __pf?: Promise<any> };
          // Load and initialise Pagefind once, as a search box does on first use.
          w.__pf ??= import(`${base}pagefind/pagefind.js`).then(async (pf) => {
            await pf.init?.();
            return pf;
          });
          const pf = await w.__pf;
          const t0 = performance.now();
          const search = await pf.search(q);
          await Promise.all(search.results.slice(0, shown).map((r: any) => r.data()));
          return { ms: performance.now() - t0, count: search.results.length as number };
        },
        { q, shown: SHOWN, base: new URL(server.url).pathname },
      );
    const settle = () => page.waitForLoadState('networkidle');

    server.reset();
    await ask(queries[0]);
    await settle();
    const firstQueryBytes = server.sent();

    const notFound = server.requests().filter((r) => r.path.startsWith('404 '));
    for (const d of dialogs)
      notFound.push(...d.notFound.map((path) => ({ path: `404 ${path}`, bytes: 0 })));
    const laterBytes: number[] = [];
    const times: number[] = [];
    let heaviest: SearchResult['heaviest'];
    for (const q of queries.slice(1)) {
      server.reset();
      times.push((await ask(q)).ms);
      await settle();
      const bytes = server.sent();
      laterBytes.push(bytes);
      const requests = server.requests();
      notFound.push(...requests.filter((r) => r.path.startsWith('404 ')));
      if (!heaviest || bytes > heaviest.bytes) {
        const files = requests.sort((a, b) => b.bytes - a.bytes).slice(0, 3);
        heaviest = { query: q, bytes, files };
      }
    }
    const repeat: number[] = [];
    for (const q of queries.slice(1)) repeat.push((await ask(q)).ms);
    return {
      browser: `Chromium ${browser.version()}`,
      queries,
      firstQueryBytes,
      laterQueryBytes: { median: median(laterBytes), max: Math.max(...laterBytes) },
      queryMs: { median: median(times), max: Math.max(...times) },
      repeatMs: { median: median(repeat) },
      heaviest,
      notFound: notFound.map((r) => r.path.slice(4)),
      dialog,
      ...(dialogs.length > 1 || dialog.later ? { dialogs } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
