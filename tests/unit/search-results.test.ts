import { describe, expect, it } from 'vitest';
import {
  displaySubResults,
  resultView,
  safeHref,
  summaryText,
  type PagefindData,
  type PagefindSubResult,
} from '../../src/components/search/results.ts';
import { debounceFor } from '../../src/components/search/controller.ts';

const sub = (anchor: string, hits: number, url = '/plan/'): PagefindSubResult => ({
  title: `Title ${anchor}`,
  url: `${url}?highlight=x#${anchor}`,
  excerpt: `excerpt <mark>${anchor}</mark>`,
  locations: Array.from({ length: hits }, (_, i) => i),
});

describe('safeHref', () => {
  it('keeps relative and http(s) URLs', () => {
    for (const url of ['/a/b/?highlight=x#c', 'a/b', '#c', '?q=1', 'https://x.org/', 'HTTP://x/'])
      expect(safeHref(url)).toBe(url);
  });

  it('refuses other schemes, however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ])
      expect(safeHref(url)).toBeUndefined();
  });
});

describe('displaySubResults', () => {
  it('drops the part before the first heading, which is the page itself', () => {
    const page: PagefindData = {
      url: '/industries/x/?highlight=x',
      excerpt: '',
      meta: {},
      sub_results: [
        { title: 'X', url: '/industries/x/?highlight=x', excerpt: '' },
        sub('goals', 1),
      ],
    };
    expect(displaySubResults(page).map((s) => s.title)).toEqual(['Title goals']);
  });

  it('keeps the three with most matches, in page order', () => {
    const data: PagefindData = {
      url: '/plan/',
      excerpt: '',
      meta: {},
      sub_results: [sub('a', 1), sub('b', 4), sub('c', 2), sub('d', 5), sub('e', 1)],
    };
    expect(displaySubResults(data).map((s) => s.title)).toEqual(['Title b', 'Title c', 'Title d']);
  });
});

describe('resultView', () => {
  it('shows a page with its title, kind, excerpt and sub-results', () => {
    const data: PagefindData = {
      url: '/shanghai-plan/industries/6g/?highlight=terahertz',
      excerpt: 'breaking through <mark>terahertz</mark>',
      meta: { title: 'Sixth-generation mobile communications (6G)', kind: 'Industry' },
      sub_results: [sub('what-the-plan-says', 2, '/shanghai-plan/industries/6g/')],
    };
    expect(resultView(data)).toEqual({
      title: 'Sixth-generation mobile communications (6G)',
      href: '/shanghai-plan/industries/6g/?highlight=terahertz',
      excerpt: 'breaking through <mark>terahertz</mark>',
      kind: 'Industry',
      subs: [
        {
          title: 'Title what-the-plan-says',
          href: '/shanghai-plan/industries/6g/?highlight=x#what-the-plan-says',
          excerpt: 'excerpt <mark>what-the-plan-says</mark>',
        },
      ],
    });
  });

  it('leads a hit in the Plan text with its first shown paragraph', () => {
    const data: PagefindData = {
      url: '/plan/',
      excerpt: 'page excerpt',
      meta: { title: 'The Plan', kind: 'Plan text' },
      sub_results: [sub('i1', 1), sub('i3', 3)],
    };
    const view = resultView(data)!;
    expect([view.title, view.href, view.kind]).toEqual([
      'Title i1',
      '/plan/?highlight=x#i1',
      'Plan text',
    ]);
    expect(view.subs.map((s) => s.href)).toEqual(['/plan/?highlight=x#i3']);
  });

  it('falls back to the URL for a missing title, and to meta.url for the link', () => {
    const view = resultView({ url: '/a/', excerpt: '', meta: { url: '/b/' } })!;
    expect([view.title, view.href, view.kind, view.subs]).toEqual(['/b/', '/b/', undefined, []]);
  });

  it('drops a result or sub-result whose link could run script', () => {
    expect(resultView({ url: 'javascript:alert(1)', excerpt: '', meta: {} })).toBeUndefined();
    const bad = { title: 'bad', url: 'javascript:alert(1)', excerpt: '' };
    const view = resultView({
      url: '/a/',
      excerpt: '',
      meta: {},
      sub_results: [sub('ok', 1), bad],
    });
    expect(view?.subs.map((s) => s.title)).toEqual(['Title ok']);
  });
});

describe('summaryText', () => {
  it('counts results for the term', () => {
    expect(summaryText(0, 'lidar')).toBe('No results for “lidar”');
    expect(summaryText(1, 'lidar')).toBe('1 result for “lidar”');
    expect(summaryText(12, 'lidar')).toBe('12 results for “lidar”');
    expect(summaryText(3, '')).toBe('3 results');
  });
});

describe('debounceFor', () => {
  it('waits longer while the last word is a single letter', () => {
    expect(debounceFor('g')).toBe(500);
    expect(debounceFor('geothermal m ')).toBe(500);
    expect(debounceFor('中')).toBe(500);
    expect(debounceFor('ge')).toBe(150);
    expect(debounceFor('geothermal mo')).toBe(150);
    expect(debounceFor('')).toBe(150);
  });
});
