/**
 * An atlas of one plan, as the default content deploys (`npm run build` of content/plans: the
 * Shanghai plan alone), built here into a temp dir under the e2e base path and served like GitHub
 * Pages, in Chromium: every URL the site of that plan alone had still leads to its page (now under
 * /plans/<id>/), a link to a paragraph keeps its #fragment, the atlas's own pages keep their
 * paths, the redirect pages are in no sitemap and no search index, and the home leads with the
 * plan instead of comparing it with itself.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { listFiles } from '../../src/checks/site.ts';
import { launchChromium } from './harness/browser.ts';
import { buildPlan } from './harness/build.ts';
import { E2E } from './harness/config.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';

const BASE = E2E.base;
const PLAN = 'shanghai-sei-2021';
const MOVED = `${BASE}plans/${PLAN}/`;
const temp = mkdtempSync(join(tmpdir(), 'atlas-e2e-one-'));
const DIST = join(temp, 'dist');

let output = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const run = await buildPlan({
    plan: { atlas: 'content/plans' },
    temp,
    base: BASE,
    site: E2E.site,
  });
  output = run.output;
  if (run.code !== 0) throw new Error(`the atlas of one failed:\n${run.output.slice(-3000)}`);
  [server, browser] = await Promise.all([serveStatic(DIST, BASE), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** Where a page of the site refreshes to, if it is a redirect. */
const refreshOf = (html: string) => /http-equiv="refresh" content="0;url=([^"]*)"/.exec(html)?.[1];
/** The page files of the plan's own site (as a build of it alone has them), relative to it. */
const planPages = () =>
  listFiles(join(DIST, 'plans', PLAN)).filter((file) => file.endsWith('.html'));
const servedAt = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

test('every page of the plan’s own site has its old path: a redirect, or the atlas’s page', () => {
  const atlasOwn = ['404.html', 'index.html', 'search/index.html'];
  const pages = planPages();
  const moved = pages.filter((file) => !atlasOwn.includes(file));
  expect(moved.length).toBeGreaterThan(70);
  for (const file of pages) {
    const refresh = refreshOf(read(file));
    if (atlasOwn.includes(file)) expect(refresh, file).toBeUndefined();
    else expect(refresh, file).toBe(MOVED + servedAt(file));
  }
  expect(output).toContain(
    `atlas: ${PLAN} keeps its old URLs: ${moved.length} pages redirect to ${MOVED}, 1 data file copied`,
  );
  // A script that fetched the data of the site of one plan still gets it.
  expect(read('data/plan.json')).toBe(read(`plans/${PLAN}/data/plan.json`));
});

test('no broken link over the whole site; the redirects need no link to them', () => {
  expect(formatLinkProblems(checkLinks({ dir: DIST, base: BASE, site: E2E.site }))).toBe('');
});

test('no redirect page is in a sitemap or in a search index', () => {
  const redirects = listFiles(DIST).filter((f) => f.endsWith('.html') && refreshOf(read(f)));
  expect(redirects.length).toBeGreaterThan(70);
  const sitemaps = listFiles(DIST).filter((file) => /(^|\/)sitemap-\d+\.xml$/.test(file));
  const locs = sitemaps.flatMap((file) =>
    [...read(file).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!),
  );
  expect(locs.length).toBeGreaterThan(70);
  const origin = E2E.site + BASE;
  expect(locs.filter((loc) => redirects.some((f) => loc === origin + servedAt(f)))).toEqual([]);
  // Pagefind indexes only marked content: the indexes hold exactly the marked pages.
  for (const file of redirects) expect(read(file), file).not.toContain('data-pagefind-body');
  const marked = listFiles(DIST).filter(
    (f) => f.endsWith('.html') && read(f).includes('data-pagefind-body'),
  );
  const indexed = listFiles(DIST)
    .filter((file) => file.endsWith('pagefind/pagefind-entry.json'))
    .map((file) => JSON.parse(read(file)) as { languages: Record<string, { page_count: number }> })
    .flatMap((entry) => Object.values(entry.languages).map((l) => l.page_count));
  expect(indexed.reduce((a, b) => a + b, 0)).toBe(marked.length);
});

describe('in Chromium, an old URL lands on the plan’s page', () => {
  /** Opens `path` under the base and waits until the browser has left it. */
  async function land(page: Page, path: string, to: string) {
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(200);
    await page.waitForURL(server.origin + to);
    await page.waitForLoadState('load');
  }

  it.each(['industries/integrated-circuits/', 'targets/', 'goals/', 'about/', 'plan/'])(
    '%s',
    async (path) => {
      const page = await browser.newPage();
      try {
        await land(page, path, MOVED + path);
        const own = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(read(`plans/${PLAN}/${path}index.html`))?.[1];
        expect(await page.locator('h1').innerHTML()).toBe(own);
      } finally {
        await page.close();
      }
    },
  );

  it('with the #fragment of a link to a paragraph (a source URL of the old targets.csv)', async () => {
    const rows = read('data/targets.csv').trim().split('\n');
    const source = new URL(rows.at(-1)!.split(',').at(-1)!);
    expect(source.pathname).toBe(`${MOVED}plan/`);
    const old = `plan/${source.hash}`;
    const page = await browser.newPage();
    try {
      await land(page, old, MOVED + old);
      const box = await page.locator(`[id="${source.hash.slice(1)}"]`).boundingBox();
      expect(box && box.y >= 0 && box.y < page.viewportSize()!.height).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript, by the refresh alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      await land(await context.newPage(), 'places/', `${MOVED}places/`);
    } finally {
      await context.close();
    }
  });

  it('the atlas’s own pages keep their paths: its search stays', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}search/`, { waitUntil: 'load' });
      expect(page.url()).toBe(`${server.url}search/`);
    } finally {
      await page.close();
    }
  });
});

describe('the home of an atlas of one', () => {
  it('leads with the plan and its ways in, and compares nothing', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      const meta = JSON.parse(read(`plans/${PLAN}/data/plan.json`)).meta;
      expect(await page.locator('#the-plan a').textContent()).toBe(meta.titleEn);
      expect(await page.locator('#the-plan a').getAttribute('href')).toBe(MOVED);
      const ways = await page
        .locator('[aria-labelledby="the-plan"] .card h3 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(ways).toEqual(
        ['plan/', 'industries/', 'goals/', 'targets/', 'places/', 'about/'].map((p) => MOVED + p),
      );
      for (const id of ['ways-in', 'plans', 'latest', 'by-level', 'by-region', 'industries'])
        expect(await page.locator(`[id="${id}"]`).count(), id).toBe(0);
      expect(await page.locator('.site-footer p').textContent()).toBe(
        'Plan Atlas: a Chinese industrial plan read as a website of its own.',
      );
      // The atlas layer builds no page across plans for one plan.
      expect(readdirSync(DIST)).not.toContain('compare');
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)('passes axe (%s scheme)', async (colorScheme) => {
    const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      expect(formatViolations(`home (${colorScheme})`, await runAxe(page))).toBe('');
    } finally {
      await context.close();
    }
  });
});
