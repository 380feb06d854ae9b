import { describe, expect, it } from 'vitest';
import {
  tierGroupsOf,
  tierPath,
  tierSizes,
  tierSummary,
  tiersOnPage,
} from '../../src/utils/route-data/tiers.ts';

const industry = (id: string, tier?: string) => ({ id, data: { tier } });
// The plan's own categories, in the order its text states them.
const tiers = [
  { id: 'pillar', label: 'pillar industries', count: 3 },
  { id: 'key', label: 'key sectors' },
  { id: 'future', label: 'future industries' },
  { id: 'empty', label: 'empty tier' },
];
const list = [
  industry('x'),
  industry('f1', 'future industries'),
  industry('c1', 'pillar industries'),
  industry('k1', 'key sectors'),
  industry('c2', 'pillar industries'),
  industry('y', 'a label the plan does not list'),
];
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('tierGroupsOf', () => {
  const groups = tierGroupsOf(list, tiers);
  it('groups industries category by category in the plan order, then those in none', () => {
    expect(groups.map((g) => [g.id, g.tier?.label, ids(g.items), g.start])).toEqual([
      ['pillar', 'pillar industries', ['c1', 'c2'], 0],
      ['key', 'key sectors', ['k1'], 2],
      ['future', 'future industries', ['f1'], 3],
      ['none', undefined, ['x', 'y'], 4],
    ]);
  });
  it('says how many each holds', () => {
    expect(tierSizes(groups)).toEqual([
      '2 pillar industries',
      '1 key sectors',
      '1 future industries',
      '2 in no category',
    ]);
  });
  it('sums them up for the home, saying which lie outside the categories', () => {
    expect(tierSummary(groups)).toBe(
      '6 industries: 2 pillar industries + 1 key sectors + 1 future industries + 2 in no category.',
    );
    expect(tierSummary(groups.slice(0, 2))).toBe(
      '3 industries in the Plan’s own categories: 2 pillar industries + 1 key sectors.',
    );
    expect(tierSummary(groups.slice(3))).toBe('2 industries; the Plan puts none in a category.');
  });
  it('links each category where it starts on the industries/ pages', () => {
    expect(groups.map((g) => tierPath(g, 100))).toEqual([
      'industries/#tier-pillar',
      'industries/#tier-key',
      'industries/#tier-future',
      'industries/#tier-none',
    ]);
    expect(groups.map((g) => tierPath(g, 2))).toEqual([
      'industries/#tier-pillar',
      'industries/2/#tier-key',
      'industries/2/#tier-future',
      'industries/3/#tier-none',
    ]);
  });
  it('has no groups for a plan without industries', () => {
    expect(tierGroupsOf([], tiers)).toEqual([]);
  });
});

describe('tiersOnPage', () => {
  const groups = tierGroupsOf(list, tiers);
  const page = (n: number, per: number) =>
    tiersOnPage(groups, n, per).map((g) => [g.id, ids(g.items), g.total, g.named]);
  it('puts every category on a list of one page, saying where one names fewer than it counts', () => {
    expect(page(1, 100)).toEqual([
      ['pillar', ['c1', 'c2'], 2, 'the text names 2 of 3'],
      ['key', ['k1'], 1, undefined],
      ['future', ['f1'], 1, undefined],
      ['none', ['x', 'y'], 2, undefined],
    ]);
  });
  it('splits a category that spans pages', () => {
    expect(page(1, 3)).toEqual([
      ['pillar', ['c1', 'c2'], 2, 'the text names 2 of 3'],
      ['key', ['k1'], 1, undefined],
    ]);
    expect(page(2, 3)).toEqual([
      ['future', ['f1'], 1, undefined],
      ['none', ['x', 'y'], 2, undefined],
    ]);
    expect(page(3, 2)).toEqual([['none', ['x', 'y'], 2, undefined]]);
    expect(page(1, 5).at(-1)).toEqual(['none', ['x'], 2, undefined]);
    expect(page(2, 5)).toEqual([['none', ['y'], 2, undefined]]);
  });
});
