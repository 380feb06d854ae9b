import { describe, expect, it } from 'vitest';
import { relatedIndustries } from '../../src/pipeline/related.ts';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('relatedIndustries', () => {
  it('ranks by blocks shared, then by order, and leaves out the industry itself', () => {
    const blocks: Record<number, number[][]> = {
      0: [
        [0, 2],
        [0, 1, 2],
        [0, 3],
      ],
    };
    expect(relatedIndustries(ids, (i) => blocks[i] ?? [])).toEqual([
      ['c', 'b', 'd'],
      [],
      [],
      [],
      [],
    ]);
  });

  it('keeps only the strongest `limit`, ties to the earlier industry', () => {
    const all = [[0, 1, 2, 3, 4]];
    expect(relatedIndustries(ids, () => all, 2)).toEqual([
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('counts a name repeated within a block each time, as the model always did', () => {
    expect(relatedIndustries(ids, (i) => (i === 0 ? [[4], [4], [3, 3, 3]] : []))[0]).toEqual([
      'd',
      'e',
    ]);
  });

  it('a later, stronger industry displaces a weaker one from a full list', () => {
    const near = [
      [0, 1],
      [0, 2],
      [0, 2],
      [0, 3],
      [0, 3],
      [0, 3],
    ];
    expect(relatedIndustries(ids, (i) => (i === 0 ? near : []), 2)[0]).toEqual(['d', 'c']);
  });
});
