import { describe, expect, it } from 'vitest';
import {
  contents,
  folded,
  inRefOrder,
  named,
  neighbours,
} from '../../src/utils/route-data/entity.ts';

describe('contents', () => {
  it('keeps the sections shown, in order, at depth 1', () => {
    expect(contents([{ id: 'a', text: 'A' }, false, { id: 'c', text: 'C' }])).toEqual([
      { id: 'a', text: 'A', depth: 1 },
      { id: 'c', text: 'C', depth: 1 },
    ]);
  });
});

describe('named', () => {
  it('labels each reference by its name, and by its id when it has none', () => {
    const names = new Map([['ic', 'Integrated circuits']]);
    expect(named([{ id: 'ic' }, { id: 'gone' }], names)).toEqual([
      { id: 'ic', label: 'Integrated circuits' },
      { id: 'gone', label: 'gone' },
    ]);
  });
});

describe('inRefOrder', () => {
  it('orders entries as the references list them, unknown ones last', () => {
    const entries = [{ id: 'a' }, { id: 'b' }, { id: 'x' }, { id: 'c' }];
    expect(inRefOrder(entries, [{ id: 'c' }, { id: 'a' }, { id: 'b' }, { id: 'c' }])).toEqual([
      { id: 'c' },
      { id: 'a' },
      { id: 'b' },
      { id: 'x' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'x', 'c']);
  });
});

describe('folded', () => {
  it('folds runs of white space and trims', () => {
    expect(folded('  by 2025,\n  more\tthan 20% ')).toBe('by 2025, more than 20%');
  });
});

describe('neighbours', () => {
  const label = (e: { id: string; name: string }) => e.name;
  it('links the previous and next entries by their labels', () => {
    expect(
      neighbours('goal', label, { id: 'g1', name: 'One' }, { id: 'g3', name: 'Three' }),
    ).toEqual({
      prev: { label: 'One', path: 'goals/g1/' },
      next: { label: 'Three', path: 'goals/g3/' },
    });
  });
  it('leaves out a missing neighbour', () => {
    expect(neighbours('place', label, undefined, { id: 'pd', name: 'Pudong' })).toEqual({
      next: { label: 'Pudong', path: 'places/pd/' },
    });
    expect(neighbours('industry', label)).toEqual({});
  });
});
