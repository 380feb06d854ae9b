import { describe, expect, it } from 'vitest';
import {
  READER_PAGE_BUDGET,
  outline,
  readerPages,
  textSize,
  type ReaderSection,
} from '../../src/utils/reader-pages.ts';

/** A section "id" whose blocks "id-1", "id-2" ... have texts of the given lengths. */
function sec(id: string, lengths: number[], parent?: string): ReaderSection {
  return {
    id,
    data: {
      title: id.toUpperCase(),
      level: parent ? 2 : 1,
      ...(parent ? { parent } : {}),
      blocks: lengths.map((n, i) => ({ id: `${id}-${i + 1}`, text: 'x'.repeat(n) })),
    },
  };
}

/** Pages as path → [section id, block ids shown] and the subsections listed. */
function shape(sections: ReaderSection[], budget: number) {
  return readerPages(sections, budget).pages.map((p) => ({
    path: p.path,
    section: p.section?.id,
    ...(p.sequence ? { sequence: p.sequence } : {}),
    slices: p.slices.map((s) => [s.section.id, s.blocks.map((b) => b.id)]),
    children: p.children.map((c) => c.id),
    ...(p.children.length > 0 ? { listsChildren: p.listsChildren } : {}),
  }));
}

describe('textSize', () => {
  it('counts the title and the text of the section’s own blocks', () => {
    expect(textSize(sec('ab', [3, 4]))).toBe(2 + 3 + 4);
  });

  it('keeps the budget a named constant', () => {
    expect(READER_PAGE_BUDGET).toBe(20_000);
  });
});

describe('a plan within the budget', () => {
  const plan = [sec('a', [10]), sec('b', [20]), sec('b1', [30], 'b')];
  // 1 + 10 + 1 + 20 + 2 + 30 = 64 characters.

  it('is one page, /plan/, with every section whole, at the budget exactly', () => {
    const reader = readerPages(plan, 64);
    expect(reader.split).toBe(false);
    expect(shape(plan, 64)).toEqual([
      {
        path: 'plan/',
        section: undefined,
        slices: [
          ['a', ['a-1']],
          ['b', ['b-1']],
          ['b1', ['b1-1']],
        ],
        children: [],
      },
    ]);
  });

  it('links blocks and sections to their anchors on /plan/', () => {
    const reader = readerPages(plan, 64);
    expect([...reader.blockPaths]).toEqual([
      ['a-1', 'plan/#a-1'],
      ['b-1', 'plan/#b-1'],
      ['b1-1', 'plan/#b1-1'],
    ]);
    expect([...reader.sectionPaths]).toEqual([
      ['a', 'plan/#a'],
      ['b', 'plan/#b'],
      ['b1', 'plan/#b1'],
    ]);
  });

  it('is a plan with no sections at all, too', () => {
    expect(readerPages([], 10)).toEqual({
      split: false,
      pages: [{ path: 'plan/', slices: [], children: [], listsChildren: false }],
      blockPaths: new Map(),
      sectionPaths: new Map(),
    });
  });
});

describe('a plan over the budget', () => {
  const plan = [sec('a', [10]), sec('b', [20]), sec('b1', [30], 'b')];

  it('gets a page per level-1 section, its subsections on the same page', () => {
    const reader = readerPages(plan, 63);
    expect(reader.split).toBe(true);
    expect(shape(plan, 63)).toEqual([
      { path: 'plan/a/', section: 'a', slices: [['a', ['a-1']]], children: [] },
      {
        path: 'plan/b/',
        section: 'b',
        slices: [
          ['b', ['b-1']],
          ['b1', ['b1-1']],
        ],
        children: [],
      },
    ]);
    expect(reader.blockPaths.get('b1-1')).toBe('plan/b/#b1-1');
    expect([...reader.sectionPaths]).toEqual([
      ['a', 'plan/a/'],
      ['b', 'plan/b/'],
      ['b1', 'plan/b/#b1'],
    ]);
  });

  it('gives a level-1 section over the budget a page that lists its subsections, each on a page', () => {
    const big = [sec('a', [10]), sec('b', [20]), sec('b1', [30], 'b'), sec('b2', [25], 'b')];
    // b's tree is 1 + 20 + 2 + 30 + 2 + 25 = 80 characters.
    expect(shape(big, 79)).toEqual([
      { path: 'plan/a/', section: 'a', slices: [['a', ['a-1']]], children: [] },
      {
        path: 'plan/b/',
        section: 'b',
        slices: [['b', ['b-1']]],
        children: ['b1', 'b2'],
        listsChildren: true,
      },
      { path: 'plan/b1/', section: 'b1', slices: [['b1', ['b1-1']]], children: [] },
      { path: 'plan/b2/', section: 'b2', slices: [['b2', ['b2-1']]], children: [] },
    ]);
    expect([...readerPages(big, 79).sectionPaths]).toEqual([
      ['a', 'plan/a/'],
      ['b', 'plan/b/'],
      ['b1', 'plan/b1/'],
      ['b2', 'plan/b2/'],
    ]);
    // At 80 the part fits again: one page with its subsections.
    expect(shape(big, 80).map((p) => p.path)).toEqual(['plan/a/', 'plan/b/']);
  });

  it('continues a section whose own text is over the budget on numbered pages of about equal text', () => {
    // Five blocks of 30 (150 characters) at a budget of 100: two pages, 90 and 60.
    const long = [sec('a', [5]), sec('b', [30, 30, 30, 30, 30])];
    expect(shape(long, 100)).toEqual([
      { path: 'plan/a/', section: 'a', slices: [['a', ['a-1']]], children: [] },
      {
        path: 'plan/b/',
        section: 'b',
        sequence: { index: 1, of: 2 },
        slices: [['b', ['b-1', 'b-2', 'b-3']]],
        children: [],
      },
      {
        path: 'plan/b/2/',
        section: 'b',
        sequence: { index: 2, of: 2 },
        slices: [['b', ['b-4', 'b-5']]],
        children: [],
      },
    ]);
    const reader = readerPages(long, 100);
    expect(reader.blockPaths.get('b-3')).toBe('plan/b/#b-3');
    expect(reader.blockPaths.get('b-4')).toBe('plan/b/2/#b-4');
    expect(reader.sectionPaths.get('b')).toBe('plan/b/');
  });

  it('never makes a page over the budget from two blocks, nor cuts a block', () => {
    // 200 characters at 100 would be two runs of 100, but 80 + 40 breaks the budget: three runs.
    const runs = (lengths: number[], budget: number) =>
      shape([sec('a', [1]), sec('b', lengths)], budget)
        .filter((p) => p.section === 'b')
        .map((p) => p.slices[0]![1]);
    expect(runs([40, 40, 40, 40, 40], 100)).toEqual([['b-1', 'b-2'], ['b-3', 'b-4'], ['b-5']]);
    expect(runs([10, 500, 10], 100)).toEqual([['b-1'], ['b-2'], ['b-3']]);
  });

  it('splits a subsection over the budget the same way, after listing it on its part', () => {
    const plan2 = [sec('a', [90]), sec('a1', [60, 60], 'a')];
    expect(shape(plan2, 100)).toEqual([
      {
        path: 'plan/a/',
        section: 'a',
        slices: [['a', ['a-1']]],
        children: ['a1'],
        listsChildren: true,
      },
      {
        path: 'plan/a1/',
        section: 'a1',
        sequence: { index: 1, of: 2 },
        slices: [['a1', ['a1-1']]],
        children: [],
      },
      {
        path: 'plan/a1/2/',
        section: 'a1',
        sequence: { index: 2, of: 2 },
        slices: [['a1', ['a1-2']]],
        children: [],
      },
    ]);
  });

  it('leaves a list of subsections that would take the page over the budget to the contents', () => {
    // a brings 1 + 95 characters; the list of a1, a2, a3 brings 6 more: 102 > 100.
    const plan2 = [sec('a', [95]), sec('a1', [50], 'a'), sec('a2', [50], 'a'), sec('a3', [5], 'a')];
    const [first] = readerPages(plan2, 100).pages;
    expect(first!.children.map((c) => c.id)).toEqual(['a1', 'a2', 'a3']);
    expect(first!.listsChildren).toBe(false);
    expect(readerPages(plan2, 102).pages[0]!.listsChildren).toBe(true);
  });

  it('places every block and section exactly once, in reading order', () => {
    const plan3 = [
      sec('p', [50]),
      sec('q', [10, 70, 70]),
      sec('q1', [40, 40], 'q'),
      sec('q2', [5], 'q'),
      sec('r', [10]),
      sec('r1', [10], 'r'),
    ];
    const reader = readerPages(plan3, 100);
    const shown = reader.pages.flatMap((p) => p.slices.flatMap((s) => s.blocks.map((b) => b.id)));
    const all = plan3.flatMap((s) => s.data.blocks.map((b) => b.id));
    expect(shown).toEqual(all);
    expect([...reader.blockPaths.keys()]).toEqual(all);
    expect([...reader.sectionPaths.keys()].sort()).toEqual(plan3.map((s) => s.id).sort());
    expect(reader.pages.map((p) => p.path)).toEqual([
      'plan/p/',
      'plan/q/',
      'plan/q/2/',
      'plan/q1/',
      'plan/q2/',
      'plan/r/',
    ]);
    for (const page of reader.pages)
      for (const { blocks } of page.slices)
        for (const b of blocks) expect(reader.blockPaths.get(b.id)).toBe(`${page.path}#${b.id}`);
  });
});

describe('outline', () => {
  it('groups subsections under their part; one with an unknown parent is a part itself', () => {
    const plan = [sec('a', [1]), sec('a1', [1], 'a'), sec('x1', [1], 'x'), sec('b', [1])];
    expect(outline(plan).map((p) => [p.part.id, p.children.map((c) => c.id)])).toEqual([
      ['a', ['a1']],
      ['x1', []],
      ['b', []],
    ]);
  });
});
