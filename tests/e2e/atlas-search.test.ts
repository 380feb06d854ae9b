/**
 * Search across the plans of the fixture atlas (built by scripts/test.ts into dist-atlas-test/),
 * in Chromium with real Pagefind queries: each plan and the atlas layer has an index of its own,
 * listed in search/indexes.json; a search reads the page's own index and merges the others its
 * scope needs. The fixture atlas is small, so every plan is searched by default ("eager"); the
 * scope of a large atlas is tested by serving the same list with `eager: false`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import type { SearchManifest } from '../../src/components/search/scope.ts';
import { NOT_INDEXED } from '../../src/integrations/pagefind.ts';
import { launchChromium } from './harness/browser.ts';
import { E2E } from './harness/config.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { watchPage } from './harness/watch.ts';

const DIST = E2E.atlasDist;
const BASE = E2E.base;
const SEARCH = '[data-search-page]';
const DIALOG = 'dialog.search-dialog';
const MANIFEST = JSON.parse(
  readFileSync(join(DIST, 'search/indexes.json'), 'utf8'),
) as SearchManifest;

/** A built plan's short title, from its own data/plan.json. */
const titleOf = (id: string): string =>
  JSON.parse(readFileSync(join(DIST, 'plans', id, 'data/plan.json'), 'utf8')).meta.shortTitle;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(DIST, BASE), launchChromium()]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page at `path`; with `large`, the atlas's list of indexes says `eager: false`. */
async function open(path: string, large = false) {
  const page = await context.newPage();
  const watch = watchPage(page);
  if (large)
    await page.route('**/search/indexes.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), eager: false } });
    });
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, watch };
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const planOf = (href: string) => /\/plans\/([^/]+)\//.exec(href)?.[1];

/** The first result's page, without the highlight parameter. */
async function first(page: Page, scope = SEARCH): Promise<string> {
  const link = page.locator(`${scope} .search-result__link`).first();
  await link.waitFor({ timeout: 15_000 });
  return ((await link.getAttribute('href')) ?? '').replace(/[?#].*$/, '');
}

/** Each result's page (without parameters) and the plan line it shows. */
const results = (page: Page, scope = SEARCH) =>
  page.locator(`${scope} .search-result`).evaluateAll((items) =>
    items.map((li) => ({
      href: (li.querySelector('a')?.getAttribute('href') ?? '').replace(/[?#].*$/, ''),
      plan: li.querySelector('.search-result__plan')?.textContent ?? '',
    })),
  );

/** The plans (by id; undefined for the atlas layer's pages) the results come from. */
const plansFound = async (page: Page, scope = SEARCH) =>
  [...new Set((await results(page, scope)).map((r) => planOf(r.href) ?? 'atlas'))].sort();

/** The index bundles whose files were fetched since `from` (an index into server.requested). */
const bundlesRead = (from: number) =>
  [
    ...new Set(
      server.requested
        .slice(from)
        .map((path) => /^(.*\/pagefind\/)(?:index|fragment|filter|pagefind\.)/.exec(path)?.[1])
        .filter((bundle) => bundle !== undefined),
    ),
  ].sort();

/** Opens the header search and types `query`. */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.locator(`${DIALOG}[open] input[type=search]`).waitFor();
  await page.keyboard.type(query);
}

test('each plan and the atlas layer has an index of its own, and the list names them all', () => {
  const htmlUnder = (dir: string, skip?: string) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html') && !NOT_INDEXED.includes(f))
      .filter((f) => skip === undefined || !f.startsWith(skip)).length;
  const entryPages = (dir: string) =>
    Object.values(
      (
        JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        }
      ).languages,
    ).reduce((sum, l) => sum + l.page_count, 0);
  expect(MANIFEST.eager).toBe(true);
  expect(MANIFEST.atlas).toEqual({ bundle: `${BASE}pagefind/`, pages: entryPages(DIST) });
  // The atlas layer's index holds its own pages only, each plan's its plan's.
  expect(MANIFEST.atlas.pages).toBe(htmlUnder(DIST, 'plans'));
  const ids = readdirSync(join(DIST, 'plans')).sort();
  expect(MANIFEST.plans.map((p) => p.id)).toEqual(ids);
  for (const plan of MANIFEST.plans) {
    const dir = join(DIST, 'plans', plan.id);
    expect(plan.bundle).toBe(`${BASE}plans/${plan.id}/pagefind/`);
    expect(plan.title).toBe(titleOf(plan.id));
    expect(plan.pages).toBe(entryPages(dir));
    expect(plan.pages).toBe(htmlUnder(dir));
  }
});

describe('in a small atlas every plan is searched by default', () => {
  test('a plan’s search page reads its own index and merges every other', async () => {
    // "wafer" is in the Shanghai text and in one fixture plan's.
    const { page, watch } = await open('plans/shanghai-sei-2021/search/?q=wafer');
    try {
      await first(page);
      expect(await plansFound(page)).toEqual(['shanghai-sei-2021', 'wuxi-biomed-2022']);
      const root = page.locator(SEARCH);
      expect(await root.getAttribute('data-bundle')).toBe(
        `${BASE}plans/shanghai-sei-2021/pagefind/`,
      );
      expect(await root.getAttribute('data-manifest')).toBe(`${BASE}search/indexes.json`);
      await expect
        .poll(() => page.getByRole('checkbox', { name: 'Search every plan' }).isChecked())
        .toBe(true);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['集成电路', 'its Chinese name'],
    ['chips', 'an alias'],
    ['semiconductors', 'an alias'],
  ])('"%s" (%s) lands on a page of integrated circuits first', async (query) => {
    const { page, watch } = await open(
      `plans/shanghai-sei-2021/search/?q=${encodeURIComponent(query)}`,
    );
    try {
      expect(await first(page)).toMatch(
        new RegExp(`^${BASE}(plans/[^/]+/)?industries/integrated-circuits/$`),
      );
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('names each result’s plan, and the plan filter narrows the results to it', async () => {
    const { page, watch } = await open('plans/shanghai-sei-2021/search/?q=chips');
    try {
      await first(page);
      const planLine = (href: string) => {
        const id = planOf(href);
        return id ? `From ${titleOf(id)}` : ''; // the atlas's own pages are of no plan
      };
      await expect.poll(async () => (await results(page)).some((r) => r.plan !== '')).toBe(true);
      const before = await results(page);
      expect(new Set(before.flatMap((r) => planOf(r.href) ?? [])).size).toBeGreaterThan(1);
      for (const r of before) expect(r.plan).toBe(planLine(r.href));
      // Plan, level and region come first among the filters; one checkbox per plan.
      const groups = await texts(page, `${SEARCH} .search-filter summary`);
      expect(groups.slice(0, 3)).toEqual(['Plan', 'Level', 'Region']);
      const suzhou = titleOf('suzhou-chips-2023');
      await page.getByRole('checkbox', { name: suzhou }).check();
      await expect.poll(() => plansFound(page)).toEqual(['suzhou-chips-2023']);
      expect(await first(page)).toBe(
        `${BASE}plans/suzhou-chips-2023/industries/integrated-circuits/`,
      );
      expect(new URL(page.url()).searchParams.getAll('plan')).toEqual([suzhou]);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('searches every plan from the atlas’s own pages, and its /search/ has every filter', async () => {
    const { page, watch } = await open('');
    try {
      await searchFromHeader(page, 'EVs');
      expect(await first(page, DIALOG)).toMatch(
        new RegExp(`^${BASE}(plans/[^/]+/)?industries/new-energy-vehicles/$`),
      );
      await expect
        .poll(async () => (await results(page, DIALOG)).some((r) => r.plan !== ''))
        .toBe(true);
      expect(
        await page.getByRole('checkbox', { name: 'Include the text of every plan' }).isChecked(),
      ).toBe(true);
      await page.goto(`${server.url}search/?q=chips`);
      expect(await first(page)).toMatch(
        new RegExp(`^${BASE}(plans/[^/]+/)?industries/integrated-circuits/$`),
      );
      // The plans' tiers and industries are listed once their indexes are merged.
      await expect
        .poll(() => texts(page, `${SEARCH} .search-filter summary`))
        .toEqual(['Plan', 'Level', 'Region', 'Kind', 'Tier', 'Industry']);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('narrows the header search to the page’s own plan in one click', async () => {
    const { page, watch } = await open('plans/shanghai-sei-2021/industries/');
    try {
      await searchFromHeader(page, '集成电路');
      await first(page, DIALOG);
      expect((await plansFound(page, DIALOG)).length).toBeGreaterThan(1);
      await page.getByRole('checkbox', { name: 'Search every plan' }).uncheck();
      await expect.poll(() => plansFound(page, DIALOG)).toEqual(['shanghai-sei-2021']);
      expect(await first(page, DIALOG)).toBe(
        `${BASE}plans/shanghai-sei-2021/industries/integrated-circuits/`,
      );
      // "All results" takes the choice to the search page.
      const all = new URL(
        (await page.locator(`${DIALOG} .search-all`).getAttribute('href'))!,
        server.url,
      );
      expect(all.searchParams.getAll('plan')).toEqual([titleOf('shanghai-sei-2021')]);
      expect(all.searchParams.get('all')).toBe('0');
      // Results with their plan line and the checkbox, light and dark.
      expect(formatViolations('dialog (light)', await runAxe(page))).toBe('');
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(formatViolations('dialog (dark)', await runAxe(page))).toBe('');
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('in a large atlas a search reads only the indexes its scope needs', () => {
  const plan = (id: string) => `${BASE}plans/${id}/pagefind/`;

  it('a plan’s page searches its plan, and every plan when asked', async () => {
    const { page, watch } = await open('plans/shanghai-sei-2021/industries/', true);
    try {
      const from = server.requested.length;
      await searchFromHeader(page, 'chips');
      await first(page, DIALOG);
      expect(await plansFound(page, DIALOG)).toEqual(['shanghai-sei-2021']);
      expect(bundlesRead(from)).toEqual([plan('shanghai-sei-2021')]);
      // One index holds one plan: no filter is needed, so no filter chunk is fetched.
      expect(server.requested.slice(from).filter((path) => path.includes('/filter/'))).toEqual([]);
      const widen = page.getByRole('checkbox', { name: 'Search every plan' });
      expect(await widen.isChecked()).toBe(false);
      await widen.check();
      await expect.poll(async () => (await plansFound(page, DIALOG)).length).toBeGreaterThan(1);
      expect(bundlesRead(from)).toEqual(
        [MANIFEST.atlas.bundle, ...MANIFEST.plans.map((p) => p.bundle)].sort(),
      );
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the atlas’s pages search the atlas layer, and every plan’s text when asked', async () => {
    const { page, watch } = await open('', true);
    try {
      const from = server.requested.length;
      await searchFromHeader(page, 'chips');
      expect(await first(page, DIALOG)).toBe(`${BASE}industries/integrated-circuits/`);
      expect(await plansFound(page, DIALOG)).toEqual(['atlas']);
      expect(bundlesRead(from)).toEqual([MANIFEST.atlas.bundle]);
      await page.getByRole('checkbox', { name: 'Include the text of every plan' }).check();
      await expect.poll(async () => (await plansFound(page, DIALOG)).length).toBeGreaterThan(2);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a plan’s goals are found in its own index, not again on the atlas’s industry page', async () => {
    // "doubling" is in a Shanghai goal about integrated circuits, which the atlas's page of that
    // industry shows but leaves out of its index (data-pagefind-ignore).
    const html = readFileSync(join(DIST, 'industries/integrated-circuits/index.html'), 'utf8');
    expect(html).toContain('doubling');
    const { page, watch } = await open('', true);
    try {
      await searchFromHeader(page, 'doubling');
      await expect
        .poll(() => page.locator(`${DIALOG} [data-search-summary]`).textContent())
        .toBe('No results for “doubling”');
      await page.getByRole('checkbox', { name: 'Include the text of every plan' }).check();
      await expect.poll(() => plansFound(page, DIALOG)).toEqual(['shanghai-sei-2021']);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the atlas’s /search/ reads the index of the plan a filter chooses, and no other', async () => {
    const suzhou = titleOf('suzhou-chips-2023');
    const from = server.requested.length;
    const { page, watch } = await open(`search/?q=chips&plan=${encodeURIComponent(suzhou)}`, true);
    try {
      await first(page);
      expect(await plansFound(page)).toEqual(['suzhou-chips-2023']);
      expect(bundlesRead(from)).toEqual([MANIFEST.atlas.bundle, plan('suzhou-chips-2023')].sort());
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
