import { describe, expect, it } from 'vitest';
import {
  goalKindLabel,
  goalToc,
  shownIndustries,
  statementIsParagraph,
} from '../../src/utils/route-data/goal.ts';
import { identification, placeToc } from '../../src/utils/route-data/place.ts';

describe('goal pages', () => {
  it('names the kind of goal', () => {
    expect(goalKindLabel('overall')).toBe('Overall goal');
    expect(goalKindLabel('industry')).toBe('Industry goal');
  });
  it('tells a statement that is its whole paragraph from one that is part of it', () => {
    const paragraph = 'By 2025, output  exceeds\n350 billion yuan.';
    expect(statementIsParagraph('By 2025, output exceeds 350 billion yuan.', paragraph)).toBe(true);
    expect(
      statementIsParagraph(
        'By 2025, output <ins>passes</ins><del>exceeds</del> 350 billion yuan.',
        paragraph,
      ),
    ).toBe(true);
    expect(statementIsParagraph('By 2025, output exceeds 350 billion yuan.', undefined)).toBe(
      false,
    );
    expect(statementIsParagraph('Output exceeds 350 billion yuan.', paragraph)).toBe(false);
  });
  it('lists "Source" only when the paragraph is known', () => {
    expect(goalToc(true).map((t) => t.id)).toEqual([
      'statement',
      'source',
      'targets',
      'industries',
      'places',
    ]);
    expect(goalToc(false).map((t) => t.id)).toEqual([
      'statement',
      'targets',
      'industries',
      'places',
    ]);
  });
});

describe('place pages', () => {
  it('says what each identification status means', () => {
    expect(identification('verified')).toBe('confirmed in a public source');
    expect(identification('likely')).toBe('a strong inference, not confirmed');
    expect(identification('unknown')).toBe('could not be settled');
  });
  it('lists goals and projects only when the place has some', () => {
    expect(placeToc(0, 0).map((t) => t.id)).toEqual(['industries', 'mentions']);
    expect(placeToc(2, 1)).toEqual([
      { id: 'industries', text: 'Industries', depth: 1 },
      { id: 'goals', text: 'Goals', depth: 1 },
      { id: 'projects', text: 'Projects', depth: 1 },
      { id: 'mentions', text: 'Mentions', depth: 1 },
    ]);
  });
});

describe('shownIndustries', () => {
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `i${i}`, label: `I${i}` }));

  it('lists up to 24 industries as they are', () => {
    expect(shownIndustries(items(24))).toEqual({ items: items(24) });
  });

  it('lists the first 24 of more and points to the statement for the rest', () => {
    expect(shownIndustries(items(600))).toEqual({
      items: items(24),
      more: { count: 576, where: 'statement', href: '#statement' },
    });
  });
});
