/**
 * Which indexes a search in an atlas reads (src/components/search/scope.ts), and the list of
 * indexes the atlas build writes (src/atlas/build/search-indexes.ts).
 */
import { describe, expect, test } from 'vitest';
import { EAGER_BYTES, searchManifest } from '../../src/atlas/build/search-indexes.ts';
import {
  chosenPlans,
  manifestCounts,
  scopeOf,
  type SearchManifest,
} from '../../src/components/search/scope.ts';
import type { AtlasPlan } from '../../src/schemas/atlas.ts';

const manifest: SearchManifest = {
  eager: false,
  atlas: { bundle: '/a/pagefind/', pages: 10 },
  plans: [
    {
      id: 'js',
      title: 'Jiangsu plan',
      level: 'Provincial',
      region: 'Jiangsu',
      bundle: '/a/plans/js/pagefind/',
      pages: 20,
    },
    {
      id: 'sz',
      title: 'Suzhou plan',
      level: 'City',
      region: 'Suzhou',
      bundle: '/a/plans/sz/pagefind/',
      pages: 5,
    },
    {
      id: 'cn',
      title: 'National plan',
      level: 'National',
      bundle: '/a/plans/cn/pagefind/',
      pages: 7,
    },
  ],
};

describe('scopeOf', () => {
  test('a plan’s page searches its own index, narrowed to its plan once others are merged', () => {
    expect(scopeOf(manifest, 'Suzhou plan', false, {})).toEqual({
      bundles: [],
      filters: {},
      narrow: { plan: { any: ['Suzhou plan'] } },
    });
  });

  test('the atlas layer’s pages search its own index, leaving out every plan’s pages', () => {
    expect(scopeOf(manifest, undefined, false, { kind: ['Industry'] })).toEqual({
      bundles: [],
      filters: { kind: { any: ['Industry'] } },
      narrow: { plan: { none: ['Jiangsu plan', 'Suzhou plan', 'National plan'] } },
    });
  });

  test('"all" merges every index, the atlas layer’s first, and keeps the reader’s filters', () => {
    expect(scopeOf(manifest, 'Suzhou plan', true, { kind: ['Goal'] })).toEqual({
      bundles: [
        '/a/pagefind/',
        '/a/plans/js/pagefind/',
        '/a/plans/sz/pagefind/',
        '/a/plans/cn/pagefind/',
      ],
      filters: { kind: { any: ['Goal'] } },
      // The atlas layer's pages answer a query of every plan first.
      weights: { '/a/pagefind/': 2 },
    });
  });

  test('a plan, level or region filter merges the plans it chooses, and only those', () => {
    expect(scopeOf(manifest, undefined, false, { level: ['City', 'National'] })).toEqual({
      bundles: ['/a/plans/sz/pagefind/', '/a/plans/cn/pagefind/'],
      filters: { level: { any: ['City', 'National'] } },
      weights: { '/a/plans/sz/pagefind/': 0.5, '/a/plans/cn/pagefind/': 0.5 },
    });
    expect(scopeOf(manifest, 'Suzhou plan', false, { plan: ['Jiangsu plan'] }).bundles).toEqual([
      '/a/plans/js/pagefind/',
    ]);
  });
});

describe('chosenPlans', () => {
  test('filters of different keys must all hold; a plan without a region fails a region filter', () => {
    expect(
      chosenPlans(manifest, { region: ['Jiangsu', 'Suzhou'], level: ['City'] }).map((p) => p.id),
    ).toEqual(['sz']);
    expect(chosenPlans(manifest, { region: ['Jiangsu'] }).map((p) => p.id)).toEqual(['js']);
    expect(chosenPlans(manifest, {}).map((p) => p.id)).toEqual(['js', 'sz', 'cn']);
  });
});

test('manifestCounts: pages per plan, level and region', () => {
  expect(manifestCounts(manifest)).toEqual({
    plan: { 'Jiangsu plan': 20, 'Suzhou plan': 5, 'National plan': 7 },
    level: { Provincial: 20, City: 5, National: 7 },
    region: { Jiangsu: 20, Suzhou: 5 },
  });
});

describe('searchManifest', () => {
  const plan = (id: string, more: Partial<AtlasPlan> = {}) =>
    ({ id, shortTitle: `${id} plan`, ...more }) as AtlasPlan;

  test('lists each index under the base with the plan’s filter values', () => {
    const written = searchManifest('/repo/', { pages: 3, cost: 1000 }, [
      { plan: plan('p1', { level: 'city', region: 'Wuxi' }), stats: { pages: 8, cost: 2000 } },
      { plan: plan('p2'), stats: { pages: 4, cost: 1500 } },
    ]);
    expect(written).toEqual({
      eager: true,
      atlas: { bundle: '/repo/pagefind/', pages: 3 },
      plans: [
        {
          id: 'p1',
          title: 'p1 plan',
          level: 'City',
          region: 'Wuxi',
          bundle: '/repo/plans/p1/pagefind/',
          pages: 8,
        },
        { id: 'p2', title: 'p2 plan', bundle: '/repo/plans/p2/pagefind/', pages: 4 },
      ],
    });
  });

  test('is eager only while opening every index costs at most EAGER_BYTES', () => {
    const stats = (cost: number) => [{ plan: plan('p1'), stats: { pages: 1, cost } }];
    expect(searchManifest('/', { pages: 1, cost: 1000 }, stats(EAGER_BYTES - 1000)).eager).toBe(
      true,
    );
    expect(searchManifest('/', { pages: 1, cost: 1000 }, stats(EAGER_BYTES - 999)).eager).toBe(
      false,
    );
  });
});
