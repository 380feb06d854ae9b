import { describe, expect, it } from 'vitest';
import { pagesWithNeighbours } from '../../src/utils/paths.ts';

describe('pagesWithNeighbours', () => {
  it('gives each entry its id as the param and its neighbours in order', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pagesWithNeighbours([a, b, c])).toEqual([
      { params: { id: 'a' }, props: { entry: a, prev: undefined, next: b } },
      { params: { id: 'b' }, props: { entry: b, prev: a, next: c } },
      { params: { id: 'c' }, props: { entry: c, prev: b, next: undefined } },
    ]);
  });
});
