import { describe, expect, it } from 'vitest';
import {
  capped,
  groupRuns,
  listPageParams,
  pageAddressClashes,
  pageCount,
  pagedHead,
  pagedTitle,
  listPage,
  mentionPageParams,
  MENTIONS_PER_PAGE,
  pageItems,
  pageMap,
  pageOfIndex,
  pageParams,
  pagePath,
  pageRange,
  PER_PAGE,
} from '../../src/utils/paging.ts';
import {
  correctionOrder,
  goalsOverallFirst,
  readingOrder,
  termOrder,
} from '../../src/utils/list-order.ts';

describe('pageCount', () => {
  it('keeps a list of exactly one page’s worth on one page; one more makes two', () => {
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(1500, 100)).toBe(15);
    expect(pageCount(1136, 50)).toBe(23);
  });

  it('gives an empty list one page (it says the list is empty)', () => {
    expect(pageCount(0, 100)).toBe(1);
  });
});

describe('pageOfIndex and pageMap', () => {
  it('puts entries 0..n-1 on page 1 and entry n on page 2', () => {
    expect(pageOfIndex(0, 3)).toBe(1);
    expect(pageOfIndex(2, 3)).toBe(1);
    expect(pageOfIndex(3, 3)).toBe(2);
    expect(pageOfIndex(7, 3)).toBe(3);
  });

  it('maps each id to its page, in list order', () => {
    expect([...pageMap(['a', 'b', 'c', 'd', 'e'], 2)]).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['e', 3],
    ]);
  });
});

describe('pageItems and pageRange', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('slices a page', () => {
    expect(pageItems(items, 1, 2)).toEqual(['a', 'b']);
    expect(pageItems(items, 3, 2)).toEqual(['e']);
    expect(pageItems(items, 4, 2)).toEqual([]);
  });

  it('numbers the first and last entry of a page from 1', () => {
    expect(pageRange(2, 100, 250)).toEqual([101, 200]);
    expect(pageRange(3, 100, 250)).toEqual([201, 250]);
    expect(pageRange(1, 100, 7)).toEqual([1, 7]);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list’s own address and numbers the others', () => {
    expect(pagePath('industries', 1)).toBe('industries/');
    expect(pagePath('industries', 2)).toBe('industries/2/');
    expect(pagePath('glossary', 15)).toBe('glossary/15/');
  });
});

describe('pageParams and listPageParams', () => {
  it('gives page 1 no param and the others their number', () => {
    expect(pageParams(3)).toEqual([
      { params: { page: undefined }, props: { page: 1 } },
      { params: { page: '2' }, props: { page: 2 } },
      { params: { page: '3' }, props: { page: 3 } },
    ]);
    expect(pageParams(0)).toEqual([{ params: { page: undefined }, props: { page: 1 } }]);
  });

  it('pages a list by its size', () => {
    expect(listPageParams('places', 100, 100)).toHaveLength(1);
    expect(listPageParams('places', 101, 100)).toHaveLength(2);
  });

  it('refuses a detail page whose id is the number of a list page', () => {
    expect(pageAddressClashes(['a', '2', '3', '4', '02', '1'], 3)).toEqual(['2', '3']);
    expect(() => listPageParams('places', 201, 100, ['x', '3'])).toThrow(
      'places/ needs 3 pages, but places/3/ is already an entry’s page',
    );
    expect(listPageParams('places', 200, 100, ['3'])).toHaveLength(2);
  });
});

describe('listPage', () => {
  it('gives the entries of a page with the page count and the positions it covers', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const second = listPage(items, 2, 100);
    expect({
      ...second,
      items: [second.items[0], second.items.at(-1), second.items.length],
    }).toEqual({ items: [100, 199, 100], count: 3, first: 101, last: 200 });
    expect(listPage(items, 3, 100)).toMatchObject({ count: 3, first: 201, last: 250 });
    expect(listPage(['a'], 1, 100)).toEqual({ items: ['a'], count: 1, first: 1, last: 1 });
  });
});

describe('mentionPageParams', () => {
  const entry = (id: string, n: number) => ({
    id,
    data: { mentions: Array.from({ length: n }, (_, i) => `${id}-p${i + 1}`) },
  });
  it('gives each entity with more than a page of mentions its pages from 2 on', () => {
    const [few, two, five] = [entry('few', 2), entry('two', 4), entry('five', 9)];
    expect(mentionPageParams([few, two, five], 2)).toEqual([
      { params: { id: 'two', page: '2' }, props: { entry: two, page: 2 } },
      { params: { id: 'five', page: '2' }, props: { entry: five, page: 2 } },
      { params: { id: 'five', page: '3' }, props: { entry: five, page: 3 } },
      { params: { id: 'five', page: '4' }, props: { entry: five, page: 4 } },
      { params: { id: 'five', page: '5' }, props: { entry: five, page: 5 } },
    ]);
  });
  it('keeps an entity of exactly a page of mentions, or none, on its own page', () => {
    const full = entry('full', MENTIONS_PER_PAGE);
    expect(mentionPageParams([full, entry('none', 0)])).toEqual([]);
    expect(mentionPageParams([entry('more', MENTIONS_PER_PAGE + 1)])).toHaveLength(1);
  });
});

describe('pagedHead', () => {
  it('keeps a one-page list as it was, and names the page of a longer one everywhere', () => {
    expect(pagedHead('Places', 'places', 1, 1, 'Places the Plan names.')).toEqual({
      title: 'Places',
      crumbs: [{ label: 'Places' }],
      description: 'Places the Plan names.',
    });
    expect(pagedHead('Places', 'places', 2, 16, 'Places the Plan names.')).toEqual({
      title: 'Places, page 2 of 16',
      crumbs: [{ label: 'Places', path: 'places/' }, { label: 'Page 2 of 16' }],
      description: 'Places the Plan names. Page 2 of 16.',
    });
    expect(pagedHead('Places', 'places', 1, 16, 'x').crumbs).toEqual([{ label: 'Places' }]);
  });
});

describe('pagedTitle', () => {
  it('names the page only when the list has more than one', () => {
    expect(pagedTitle('Industries', 1, 1)).toBe('Industries');
    expect(pagedTitle('Industries', 1, 15)).toBe('Industries, page 1 of 15');
    expect(pagedTitle('Industries', 2, 15)).toBe('Industries, page 2 of 15');
  });
});

describe('groupRuns', () => {
  it('groups consecutive entries with the same key, in order', () => {
    const runs = groupRuns(['a1', 'a2', 'b1', 'a3'], (s) => s[0]);
    expect(runs).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
    expect(groupRuns([], (s: string) => s)).toEqual([]);
  });

  it('keeps undefined as a key of its own', () => {
    const runs = groupRuns([{ t: 'core' }, { t: undefined }, { t: undefined }], (x) => x.t);
    expect(runs.map((r) => [r.key, r.items.length])).toEqual([
      ['core', 1],
      [undefined, 2],
    ]);
  });
});

describe('capped', () => {
  it('shows the first entries and counts the rest', () => {
    expect(capped([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(capped([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(capped([], 3)).toEqual({ shown: [], more: 0 });
  });
});

describe('PER_PAGE', () => {
  it('keeps every Shanghai list on one page', () => {
    // Shanghai: 16 industries, 18 places, 13 goals, 4 projects, 10 targets, 20 terms, 19 corrections.
    const shanghai = {
      industries: 16,
      places: 18,
      goals: 13,
      projects: 4,
      targets: 10,
      terms: 20,
      corrections: 19,
    };
    for (const [list, n] of Object.entries(shanghai))
      expect(pageCount(n, PER_PAGE[list as keyof typeof PER_PAGE])).toBe(1);
  });
});

describe('list orders', () => {
  it('puts plan-wide goals first', () => {
    const goals = [
      { id: 'i1', data: { kind: 'industry' as const } },
      { id: 'o1', data: { kind: 'overall' as const } },
      { id: 'i2', data: { kind: 'industry' as const } },
      { id: 'o2', data: { kind: 'overall' as const } },
    ];
    expect(goalsOverallFirst(goals).map((g) => g.id)).toEqual(['o1', 'o2', 'i1', 'i2']);
  });

  it('sorts terms alphabetically, case aside, then by id', () => {
    const terms = [
      { id: 'b', data: { term: 'igbt' } },
      { id: 'c', data: { term: 'AI' } },
      { id: 'a', data: { term: 'IGBT' } },
    ];
    expect(termOrder(terms).map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorts corrections by their first block in reading order; unapplied ones last', () => {
    const position = (id: string) => ({ b1: 0, b2: 1, b3: 2 })[id];
    const corrections = [
      { id: 'late', data: { blockIds: ['b3'] } },
      { id: 'nowhere', data: { blockIds: [] } },
      { id: 'early', data: { blockIds: ['b3', 'b1'] } },
      { id: 'unknown', data: { blockIds: ['zz'] } },
      { id: 'mid', data: { blockIds: ['b2'] } },
    ];
    expect(correctionOrder(corrections, position).map((c) => c.id)).toEqual([
      'early',
      'mid',
      'late',
      'nowhere',
      'unknown',
    ]);
  });
});

describe('readingOrder', () => {
  const paragraphs = new Map([
    ['b1', { index: 0, text: 'Output of about 350 billion yuan and more than 20%.' }],
    ['b2', { index: 1, text: 'Two enterprises.' }],
  ]);
  const item = (id: string, block: string, words: string) => ({ id, block, words });
  it('orders by paragraph, then where the text states them, then by id; the unknown last', () => {
    const items = [
      item('z', 'gone', 'x'),
      item('c', 'b2', 'Two enterprises'),
      item('b', 'b1', 'more than 20%'),
      item('a', 'b1', 'about 350 billion yuan'),
      item('y', 'b1', 'not in the text'),
      item('x', 'b1', 'not in the text'),
    ];
    const ordered = readingOrder(
      items,
      (i) => paragraphs.get(i.block),
      (i) => i.words,
    );
    expect(ordered.map((i) => i.id)).toEqual(['a', 'b', 'x', 'y', 'c', 'z']);
    expect(items.map((i) => i.id)).toEqual(['z', 'c', 'b', 'a', 'y', 'x']);
  });
});
