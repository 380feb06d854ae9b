/**
 * The fixture atlas (ATLAS_PLANS=content/plans,tests/fixtures/atlas), built by scripts/test.ts
 * into dist-atlas-test/ under the e2e base path and served like GitHub Pages, in Chromium: every
 * plan's site under /plans/<id>/, reached from the atlas home and leading back to it; zero
 * broken links over the whole atlas; no axe violation on a plan's pages in their atlas frame;
 * the 404 page at any depth. And a failing atlas build (bad input) leaves the previous output as
 * it was. Search across plans is atlas-search.test.ts's.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { launchChromium } from './harness/browser.ts';
import { buildPlan } from './harness/build.ts';
import { builtPages } from './harness/pages.ts';
import { E2E, E2E_ATLAS_PLANS } from './harness/config.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';
import { watchPage } from './harness/watch.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = E2E.atlasDist;
const BASE = E2E.base;

/** The plans the atlas must hold: every folder with a text in the listed folders, by id. */
const PLANS = E2E_ATLAS_PLANS.split(',')
  .flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) => existsSync(join(ROOT, folder, entry.name, 'source.en.txt')))
      .map((entry) => entry.name),
  )
  .sort();

/** A built plan's metadata, from its own data/plan.json. */
function metaOf(id: string): { titleEn: string; shortTitle: string } {
  return JSON.parse(readFileSync(join(DIST, 'plans', id, 'data/plan.json'), 'utf8')).meta;
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(
      `${DIST}/index.html is missing: run \`npm test\` (its atlas step builds ${DIST}/), or ` +
        `ATLAS_PLANS=${E2E_ATLAS_PLANS} BASE_PATH=${BASE} ATLAS_OUT_DIR=${DIST} npm run build`,
    );
  [server, browser] = await Promise.all([serveStatic(DIST, BASE), launchChromium()]);
  context = await browser.newContext({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page at `path` under the base, with its load problems watched. */
async function open(path: string) {
  const page = await context.newPage();
  const watch = watchPage(page);
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, watch, status: response?.status() };
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

test('the fixture atlas holds the default plan and at least four fixture plans', () => {
  expect(PLANS).toContain('shanghai-sei-2021');
  expect(PLANS.length).toBeGreaterThanOrEqual(5);
});

test('the atlas home links every plan’s home, and nothing but plans and itself', async () => {
  const { page, watch, status } = await open('');
  try {
    expect(status).toBe(200);
    const links = await hrefs(page, 'main a');
    const homes = PLANS.map((id) => `${BASE}plans/${id}/`);
    expect(homes.filter((home) => !links.includes(home))).toEqual([]);
    expect(watch.problems).toEqual([]);
  } finally {
    await page.close();
  }
});

describe.concurrent('every plan’s site lives under /plans/<id>/', () => {
  it.each(PLANS)('%s: its pages, a header and breadcrumbs back to the atlas', async (id) => {
    const home = `${BASE}plans/${id}/`;
    for (const file of ['index.html', 'plan/index.html', 'about/index.html', 'search/index.html'])
      expect(existsSync(join(DIST, 'plans', id, file)), file).toBe(true);
    // Only the atlas's 404 page is served (GitHub Pages serves the root's alone).
    expect(existsSync(join(DIST, 'plans', id, '404.html'))).toBe(false);
    const meta = metaOf(id);
    const { page, watch, status } = await open(`plans/${id}/`);
    try {
      expect(status).toBe(200);
      const [h1, ...more] = await texts(page, 'h1');
      expect([h1.startsWith(meta.titleEn), more]).toEqual([true, []]);
      expect(await hrefs(page, '.site-header__name')).toEqual([BASE]);
      expect(await hrefs(page, '.site-header__plan')).toEqual([home]);
      expect(await texts(page, '.breadcrumbs li')).toEqual(['Atlas', meta.shortTitle]);
      expect(await hrefs(page, '.breadcrumbs a')).toEqual([BASE]);
      await page.goto(server.url + `plans/${id}/plan/`, { waitUntil: 'load' });
      expect(await texts(page, '.breadcrumbs li')).toEqual(['Atlas', meta.shortTitle, 'The Plan']);
      expect(await hrefs(page, '.breadcrumbs a')).toEqual([BASE, home]);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('a plan’s pages inside the atlas (its header and breadcrumbs) pass axe', () => {
  const pages = [
    'plans/wuxi-biomed-2022/',
    'plans/shanghai-sei-2021/industries/',
    // Links across plans: an industry's "Also in" line, a target's "Compare across plans".
    'plans/suzhou-chips-2023/industries/integrated-circuits/',
    'plans/suzhou-chips-2023/targets/',
  ];
  it.each(['light', 'dark'] as const)('%s scheme', async (colorScheme) => {
    const schemed = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
    try {
      for (const path of pages) {
        const page = await schemed.newPage();
        await page.goto(server.url + path, { waitUntil: 'load' });
        expect(formatViolations(`${path} (${colorScheme})`, await runAxe(page))).toBe('');
        await page.close();
      }
    } finally {
      await schemed.close();
    }
  });
});

test('no broken link, anchor or asset over the whole atlas; every page reachable from its home', () => {
  const problems = checkLinks({ dir: DIST, base: BASE, site: E2E.site });
  expect(formatLinkProblems(problems)).toBe('');
});

test('the sitemap index at the root lists the atlas layer’s sitemap and every plan’s', () => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const locs = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  const origin = E2E.site + BASE;
  expect(locs).toEqual([
    `${origin}sitemap-0.xml`,
    ...PLANS.map((id) => `${origin}plans/${id}/sitemap-0.xml`),
  ]);
});

test('the sitemaps list every content page of the atlas once, and only built pages', () => {
  const origin = E2E.site + BASE;
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const urls = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].flatMap(([, map]) => {
    expect(map!.startsWith(origin), map).toBe(true);
    const xml = readFileSync(join(DIST, map!.slice(origin.length)), 'utf8');
    return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  });
  // Content pages: every HTML page but the 404 pages (the atlas's and any plan's).
  const pages = builtPages(DIST, BASE)
    .filter((p) => !/(?:^|\/)404\.html$/.test(p.file))
    .map((p) => E2E.site + p.path);
  expect(pages.length).toBeGreaterThan(PLANS.length * 10);
  const listed = new Set(urls);
  expect(urls.length - listed.size, 'URLs listed twice').toBe(0);
  expect(
    urls.filter((url) => !pages.includes(url)),
    'listed, not built',
  ).toEqual([]);
  expect(
    pages.filter((url) => !listed.has(url)),
    'built, not listed',
  ).toEqual([]);
});

test.each(['no/such/page/', 'plans/shanghai-sei-2021/no-such-page/'])(
  'an unknown path (%s) gets the atlas’s 404 page',
  async (path) => {
    const { page, watch, status } = await open(path);
    try {
      expect(status).toBe(404);
      expect(await texts(page, 'h1')).toEqual(['Page not found']);
      expect(await hrefs(page, 'main a')).toContain(BASE);
      // Its stylesheet and scripts load at any depth: the page uses no relative URL.
      const url = server.url + path;
      expect(watch.problems).toContain(`HTTP 404: ${url}`);
      expect(watch.problems.filter((problem) => !problem.includes(url))).toEqual([]);
    } finally {
      await page.close();
    }
  },
);

describe('a failing atlas build', () => {
  const temp = mkdtempSync(join(tmpdir(), 'atlas-e2e-fail-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** sha256 of every file under `dir`, by relative path. */
  const hashTree = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .map((file) => [
          relative(dir, file),
          createHash('sha256').update(readFileSync(file)).digest('hex'),
        ]),
    );

  it('stops at bad input with its file, line and hint, and leaves the output as it was', async () => {
    for (const [dir, file] of [
      ['dist', 'index.html'],
      ['generated', 'plan.json'],
    ]) {
      mkdirSync(join(temp, dir), { recursive: true });
      writeFileSync(join(temp, dir, file), `previous ${file}`);
    }
    const before = {
      dist: hashTree(join(temp, 'dist')),
      generated: hashTree(join(temp, 'generated')),
    };
    const plans = 'tests/fixtures/atlas,tests/fixtures/hostile/nul-bytes';
    const run = await buildPlan({ plan: { atlas: plans }, temp, base: BASE, site: E2E.site });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      'error: tests/fixtures/hostile/nul-bytes/source.en.txt:3: NUL byte: this looks like binary data, not text',
    );
    expect(run.output).toContain(
      'build failed: the previous generated content and site are unchanged.',
    );
    expect({
      dist: hashTree(join(temp, 'dist')),
      generated: hashTree(join(temp, 'generated')),
    }).toEqual(before);
    // Nothing staged is left behind.
    expect(readdirSync(temp).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);
});
