/**
 * Search in a real browser, on the built site served under its base path: queries from the
 * Shanghai text with their expected first result, filters, keyboard use, ?q= in the URL, the
 * landing page's highlights, the JavaScript budget of content pages and a clean network log.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E } from './harness/config.ts';
import { DIALOG, PAGE, resultCount, searchSession } from './harness/search.ts';

/** [query, filter query string, expected first result under the base path]. */
const QUERIES: [string, string, string][] = [
  // The industry whose text names it; its 2025 goal (whose source paragraph does) comes next.
  ['silicon carbide', '', 'industries/new-materials/'],
  ['lidar', '', 'glossary/'],
  ['lidar', 'kind=Plan+text', 'plan/#artificial-intelligence-i3'],
  ['Lingang', '', 'places/lin-gang/'],
  ['Hong Kong', '', 'places/lin-gang/'],
  ['photoresist', '', 'industries/integrated-circuits/'],
  ['photoresist', 'kind=Plan+text', 'plan/#integrated-circuit-i3'],
  ['AMOLED', 'kind=Plan+text', 'plan/#information-communication-i3'],
  ['memristors', '', 'industries/brain-like-intelligence/'],
  ['terahertz', '', 'industries/6g/'],
  ['FPGA', 'kind=Plan+text', 'plan/#integrated-circuit-i1'],
  // Two goals reach about 350 billion yuan: the query names which.
  ['350 billion automobile', 'kind=Goal', 'goals/new-energy-vehicles-2025/'],
  ['gallium nitride', 'kind=Plan+text', 'plan/#new-materials-p1'],
  // Zhangjiang Science City, just ahead of Zhangjiang AI Island.
  ['Zhangjiang', 'kind=Place', 'places/zhangjiang/'],
  // An entity by its Chinese name and by the names the genre also gives it ("Also called"),
  // ahead of pages whose title or paragraphs merely have the word.
  ['集成电路', '', 'industries/integrated-circuits/'],
  ['chips', '', 'industries/integrated-circuits/'],
  ['semiconductors', '', 'industries/integrated-circuits/'],
  ['EVs', '', 'industries/new-energy-vehicles/'],
  ['NEVs', '', 'industries/new-energy-vehicles/'],
  ['新能源汽车', '', 'industries/new-energy-vehicles/'],
  ['临港新片区', '', 'places/lin-gang/'],
];

/** Content pages whose JavaScript is weighed before any search starts. */
const CONTENT_PAGES = [
  '',
  'plan/',
  'industries/integrated-circuits/',
  'goals/new-materials-2025/',
  'targets/',
];

/** The budget for all scripts a content page runs before search starts, gzipped. */
const JS_BUDGET = 2048;

const session = searchSession();
const { open } = session;

/** The first result link once its data has loaded, without the highlight parameter. */
async function firstResult(page: Page, scope = PAGE): Promise<string> {
  const link = page.locator(`${scope} .search-result__link`).first();
  await link.waitFor({ timeout: 15_000 });
  const href = (await link.getAttribute('href')) ?? '';
  return href.replace(/\?[^#]*/, '');
}

describe.concurrent('queries from the text land on the expected first result', () => {
  it.each(QUERIES)('"%s" %s → %s', async (query, filters, expected) => {
    const params = `q=${encodeURIComponent(query)}${filters ? `&${filters}` : ''}`;
    const { page, watch } = await open(`search/?${params}`);
    try {
      expect(await firstResult(page)).toBe(`${E2E.base}${expected}`);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('words in fact lists stay words', () => {
  // Pagefind runs <dt>/<dd> text together unless each value sits in a block element, and the
  // excerpt then reads "public sourceDistrictPudong New AreaThe text calls it".
  it('shows a place found by its district with the fact labels apart', async () => {
    const { page, watch } = await open('search/?q=Pudong&kind=Place');
    try {
      await resultCount(page);
      const item = page.locator(`${PAGE} .search-result`, {
        has: page.locator(`a.search-result__link[href^="${E2E.base}places/lin-gang/"]`),
      });
      const excerpt = (await item.locator('.search-result__excerpt').first().textContent()) ?? '';
      expect(excerpt).toContain('District Pudong New Area');
      expect(excerpt).not.toMatch(/[a-z](District|Pudong)|Area[A-Z]/);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the /search/ page', () => {
  it('prefills the box from ?q= and runs the search', async () => {
    const { page, watch } = await open('search/?q=terahertz');
    try {
      await expect.poll(() => page.locator(`${PAGE} input`).inputValue()).toBe('terahertz');
      expect(await resultCount(page)).toBeGreaterThan(0);
      await expect
        .poll(() => page.locator(`${PAGE} .search-result__excerpt mark`).first().textContent())
        .toMatch(/terahertz/i);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('narrows results with a kind filter and keeps query and filter in the URL', async () => {
    const { page, watch } = await open('search/?q=350+billion');
    try {
      const all = await resultCount(page);
      await page.getByRole('checkbox', { name: /^Goal/ }).check();
      await expect.poll(() => resultCount(page)).toBeLessThan(all);
      const goals = await resultCount(page);
      expect(goals).toBeGreaterThan(0);
      expect(new URL(page.url()).search).toBe('?q=350+billion&kind=Goal');
      await expect
        .poll(() => page.locator(`${PAGE} .search-kind`).allTextContents())
        .toEqual(Array(goals).fill('Goal'));
      await page.locator(`${PAGE} input[type=search]`).fill('gallium nitride');
      await expect.poll(() => new URL(page.url()).search).toBe('?q=gallium+nitride&kind=Goal');
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('narrows results with the industry tier filter', async () => {
    const { page, watch } = await open('search/?q=intelligence');
    try {
      const all = await resultCount(page);
      await page.getByRole('checkbox', { name: /^Future-oriented leading industries/ }).check();
      await expect.poll(() => resultCount(page)).toBeLessThan(all);
      expect(await firstResult(page)).toBe(`${E2E.base}industries/brain-like-intelligence/`);
      expect(new URL(page.url()).search).toBe(
        '?q=intelligence&tier=Future-oriented+leading+industries',
      );
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says how to search when JavaScript is off', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(session.server.url + 'search/');
      const text = await page.locator('main').innerText();
      expect(text).toContain('needs JavaScript');
      expect(text).toContain('Find (Ctrl+F');
      await expect
        .poll(() =>
          page.getByRole('link', { name: 'the full text of the Plan' }).getAttribute('href'),
        )
        .toBe(`${E2E.base}plan/`);
    } finally {
      await noJs.close();
    }
  });
});

describe('the header search, by keyboard alone', () => {
  it('opens on "/", finds, moves with the arrows, follows with Enter and highlights', async () => {
    const { page, watch } = await open('');
    try {
      await page.keyboard.press('/');
      const input = page.locator(`${DIALOG}[open] input`);
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('photoresist');
      expect(await firstResult(page, DIALOG)).toBe(`${E2E.base}industries/integrated-circuits/`);
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''))
        .toContain('industries/integrated-circuits/?highlight=photoresist');
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      expect(second).toMatch(/#/); // the next link is a paragraph or section anchor
      await page.keyboard.press('ArrowUp');
      await Promise.all([
        page.waitForURL(/industries\/integrated-circuits\/\?highlight=photoresist$/),
        page.keyboard.press('Enter'),
      ]);
      await expect
        .poll(() => page.locator('main mark.pagefind-highlight').first().textContent())
        .toMatch(/photoresist/i);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps what the reader types while the search code is still loading', async () => {
    const { page, watch } = await open('goals/');
    try {
      // No wait between the shortcut and the typing: the dialog is not there yet.
      await page.keyboard.press('/');
      await page.keyboard.type('lidar');
      const input = page.locator(`${DIALOG}[open] input`);
      await expect.poll(() => input.inputValue()).toBe('lidar');
      await page.locator(`${DIALOG} .search-result__link`).first().waitFor();
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('finds an industry by its Chinese name, typed into the header dialog', async () => {
    const { page, watch } = await open('plan/');
    try {
      await page.keyboard.press('/');
      await page.locator(`${DIALOG}[open] input`).waitFor();
      await page.keyboard.type('集成电路');
      expect(await firstResult(page, DIALOG)).toBe(`${E2E.base}industries/integrated-circuits/`);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens on Ctrl+K, closes on Escape and gives focus back', async () => {
    const { page, watch } = await open('plan/');
    try {
      const trigger = page.locator('[data-search-open]');
      await trigger.focus();
      await page.keyboard.press('Control+k');
      const dialog = page.locator(DIALOG);
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      await page.keyboard.type('lidar');
      await page.locator(`${DIALOG} .search-result__link`).first().waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
      // The footer link takes the query to /search/.
      await page.keyboard.press('Control+k');
      await expect
        .poll(() =>
          page
            .locator(`${DIALOG} .search-all`)
            .evaluate((a: HTMLAnchorElement) => a.pathname + a.search),
        )
        .toBe(`${E2E.base}search/?q=lidar`);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('on /search/, "/" focuses the page\'s own box, then types as text', async () => {
    const { page } = await open('search/');
    try {
      const input = page.locator(`${PAGE} input[type=search]`);
      await input.waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('/');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('a/b');
      expect(await input.inputValue()).toBe('a/b');
      expect(await page.locator(DIALOG).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('lands on the paragraph, with the terms marked in it', async () => {
    const { page, watch } = await open('search/?q=photoresist&kind=Plan+text');
    try {
      await Promise.all([
        page.waitForURL(/plan\/\?highlight=photoresist#integrated-circuit-i3$/),
        page.locator(`${PAGE} .search-result__link`).first().click(),
      ]);
      await expect
        .poll(() => page.locator('#integrated-circuit-i3 mark.pagefind-highlight').count())
        .toBeGreaterThan(0);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.concurrent('content pages before search starts', () => {
  it.each(CONTENT_PAGES)(
    `/%s runs at most ${JS_BUDGET} bytes of gzipped script and nothing of search`,
    async (path) => {
      const page = await session.context.newPage();
      const scripts: Promise<Buffer>[] = [];
      const urls: string[] = [];
      page.on('response', (response) => {
        urls.push(response.url());
        if (response.request().resourceType() === 'script') scripts.push(response.body());
      });
      try {
        await page.goto(session.server.url + path, { waitUntil: 'networkidle' });
        const inline = await page.$$eval('script:not([src])', (els) =>
          els
            .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
            .map((s) => s.textContent ?? ''),
        );
        const bytes = [
          ...(await Promise.all(scripts)),
          ...inline.map((s) => Buffer.from(s)),
        ].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
        expect(bytes).toBeGreaterThan(0);
        expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
        expect(urls.filter((u) => u.includes('/pagefind/'))).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
