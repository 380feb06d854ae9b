/**
 * The search UI itself, in a real browser on the built site: what a result shows, the polite
 * announcement of the count, Tab through the results, back/forward on /search/, and axe on the
 * open dialog and the /search/ page with results.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { E2E } from './harness/config.ts';
import { DIALOG, PAGE, resultCount, searchSession } from './harness/search.ts';

const session = searchSession();
const { open } = session;

/** The href of the focused element. */
const focusedHref = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');

describe('a result', () => {
  it('shows title, kind, the excerpt with the terms marked, and sub-results to anchors', async () => {
    const { page, watch } = await open('search/?q=photoresist');
    try {
      const first = page.locator(`${PAGE} .search-result`).first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.locator('.search-result__link').textContent()).toBe('Integrated circuits');
      expect(await first.locator('.search-kind').textContent()).toBe('Industry');
      expect(await first.locator('.search-result__excerpt mark').first().textContent()).toMatch(
        /^photoresist/i,
      );
      const subs = await first
        .locator('.search-result__sub-link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(subs.length).toBeGreaterThan(0);
      const anchors = subs.map((href) =>
        href.replace(`${E2E.base}industries/integrated-circuits/?highlight=photoresist#`, ''),
      );
      for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9-]+$/);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('announces the count politely, after the results are in', async () => {
    const { page } = await open('search/?q=lidar');
    try {
      const summary = page.locator(`${PAGE} [data-search-summary]`);
      expect(await summary.getAttribute('role')).toBe('status');
      const count = await resultCount(page);
      expect(await summary.textContent()).toBe(`${count} results for “lidar”`);
      expect(await page.locator(`${PAGE} .search-result`).count()).toBe(Math.min(count, 10));
    } finally {
      await page.close();
    }
  });
});

describe('the dialog, by keyboard', () => {
  it('Tab goes from the box through the results; Enter follows the focused one', async () => {
    const { page, watch } = await open('places/');
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('lidar');
      const links = page.locator(`${DIALOG} .search-results a`);
      await links.first().waitFor({ timeout: 15_000 });
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(1);
      await page.keyboard.press('Tab'); // the Close button
      await page.keyboard.press('Tab');
      expect(await focusedHref(page)).toBe(hrefs[0]);
      await page.keyboard.press('Tab');
      expect(await focusedHref(page)).toBe(hrefs[1]);
      await Promise.all([
        page.waitForURL(session.server.origin + hrefs[1]),
        page.keyboard.press('Enter'),
      ]);
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('more results', () => {
  it('the dialog shows five, then five more, and focus goes to the first new one', async () => {
    const { page, watch } = await open('goals/');
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('intelligence');
      expect(await resultCount(page, DIALOG)).toBeGreaterThan(10);
      const results = page.locator(`${DIALOG} .search-result`);
      expect(await results.count()).toBe(5);
      await page.locator(`${DIALOG} [data-search-more]`).click();
      await expect.poll(() => results.count()).toBe(10);
      expect(await focusedHref(page)).toBe(
        await results.nth(5).locator('.search-result__link').getAttribute('href'),
      );
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('/search/ in the browser history', () => {
  it('back and forward bring the search before and after a filter', async () => {
    const { page, watch } = await open('search/?q=350+billion');
    try {
      const all = await resultCount(page);
      await page.getByRole('checkbox', { name: /^Goal/ }).check();
      await expect.poll(() => resultCount(page)).toBeLessThan(all);
      const goals = await resultCount(page);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?q=350+billion');
      await expect.poll(() => resultCount(page)).toBe(all);
      expect(await page.getByRole('checkbox', { name: /^Goal/ }).isChecked()).toBe(false);
      await page.goForward();
      await expect.poll(() => new URL(page.url()).search).toBe('?q=350+billion&kind=Goal');
      await expect.poll(() => resultCount(page)).toBe(goals);
      expect(await page.getByRole('checkbox', { name: /^Goal/ }).isChecked()).toBe(true);
      expect(await page.locator(`${PAGE} input`).first().inputValue()).toBe('350 billion');
      expect(watch.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('axe, with results shown', () => {
  it('the open dialog', async () => {
    const { page } = await open('industries/integrated-circuits/');
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('lidar');
      await page.locator(`${DIALOG} .search-result__link`).first().waitFor({ timeout: 15_000 });
      expect(formatViolations('dialog', await runAxe(page))).toBe('');
    } finally {
      await page.close();
    }
  });

  it('the /search/ page with filters', async () => {
    const { page } = await open('search/?q=intelligence&tier=Core+industries');
    try {
      await page.locator(`${PAGE} .search-result__link`).first().waitFor({ timeout: 15_000 });
      await page.getByRole('checkbox', { name: /^Goal/ }).waitFor();
      expect(formatViolations('/search/', await runAxe(page))).toBe('');
    } finally {
      await page.close();
    }
  });
});
