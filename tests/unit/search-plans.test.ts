/** Search over an index of several plans (an atlas), with fake Pagefind responses. */
import { describe, expect, it } from 'vitest';
import { countingPlans, planCount } from '../../src/components/search/engine.ts';
import { filterGroups } from '../../src/components/search/filters.ts';
import { searchFields } from '../../src/components/search/meta.ts';
import { resultView, type PagefindData } from '../../src/components/search/results.ts';
import {
  pagefindFilters,
  readSearchState,
  writeSearchState,
} from '../../src/components/search/state.ts';

const SHANGHAI = 'Shanghai strategic emerging industries plan (2021–2025)';
const SUZHOU = 'Suzhou Action Plan for the Chip Industry (2023-2025)';

/** Filter counts as Pagefind gives them for an index of one plan, and of two. */
const onePlan = { kind: { Industry: 16, Goal: 8 }, plan: { [SHANGHAI]: 74 }, level: { City: 74 } };
const twoPlans = {
  kind: { Industry: 20, Goal: 9 },
  plan: { [SHANGHAI]: 74, [SUZHOU]: 17 },
  level: { County: 1, City: 91, National: 3 },
  region: { Shanghai: 74, Suzhou: 17 },
};

describe('searchFields of a plan page', () => {
  it('gives its plan, level and region as filters, the plan also as metadata', () => {
    const fields = searchFields({
      kind: 'goal',
      plan: { title: ` ${SHANGHAI} `, level: 'city', region: 'Shanghai' },
    });
    expect(fields).toEqual([
      { name: 'atlas:kind', content: 'Goal', filter: 'kind', meta: 'kind' },
      { name: 'atlas:plan', content: SHANGHAI, filter: 'plan', meta: 'plan' },
      { name: 'atlas:level', content: 'City', filter: 'level' },
      { name: 'atlas:region', content: 'Shanghai', filter: 'region' },
    ]);
  });

  it('leaves out what the plan does not say, and everything for a page of no plan', () => {
    expect(searchFields({ kind: 'page', plan: { title: SUZHOU } }).map((f) => f.name)).toEqual([
      'atlas:kind',
      'atlas:plan',
    ]);
    expect(searchFields({ kind: 'page' }).map((f) => f.name)).toEqual(['atlas:kind']);
  });
});

describe('planCount and countingPlans', () => {
  it('counts the plans the index holds from the plan filter', () => {
    expect(planCount(twoPlans)).toBe(2);
    expect(planCount(onePlan)).toBe(1);
    expect(planCount({ kind: { Goal: 1 } })).toBe(0);
  });

  it('adds a plan filter that matches every page, unless the reader chose plans', () => {
    expect(countingPlans({})).toEqual({ plan: { none: [] } });
    expect(countingPlans({ kind: { any: ['Goal'] } })).toEqual({
      kind: { any: ['Goal'] },
      plan: { none: [] },
    });
    expect(countingPlans({ plan: { any: [SUZHOU] } })).toEqual({ plan: { any: [SUZHOU] } });
  });
});

describe('filterGroups over plans', () => {
  it('offers plan, level and region first when the index holds more than one plan', () => {
    const groups = filterGroups(twoPlans, {});
    expect(groups.map((g) => [g.key, g.label, g.open])).toEqual([
      ['plan', 'Plan', true],
      ['level', 'Level', false],
      ['region', 'Region', false],
      ['kind', 'Kind', true],
    ]);
    expect(groups[0].options.map((o) => `${o.value} ${o.count}`)).toEqual([
      `${SHANGHAI} 74`,
      `${SUZHOU} 17`,
    ]);
    // Levels from the top of the state down, not alphabetically.
    expect(groups[1].options.map((o) => o.value)).toEqual(['National', 'City', 'County']);
  });

  it('offers none of them for an index of one plan, as before there were atlases', () => {
    expect(filterGroups(onePlan, {}).map((g) => g.key)).toEqual(['kind']);
  });

  it('shows a plan chosen in the URL even in an index of one plan, so a narrowed search says why', () => {
    const groups = filterGroups(onePlan, { plan: [SUZHOU] });
    expect(groups.map((g) => g.key)).toEqual(['plan', 'kind']);
    expect(groups[0].options).toEqual([
      { value: SHANGHAI, count: 74, checked: false },
      { value: SUZHOU, count: 0, checked: true },
    ]);
  });
});

describe('a result from one of several plans', () => {
  const data: PagefindData = {
    url: '/atlas/plans/suzhou-chips-2023/industries/integrated-circuits/',
    excerpt: 'Also called: ICs, <mark>chips</mark>',
    meta: { title: 'Integrated circuits', kind: 'Industry', plan: ` ${SUZHOU} ` },
  };

  it('names its plan when the index holds several', () => {
    expect(resultView(data, true)).toEqual({
      title: 'Integrated circuits',
      href: '/atlas/plans/suzhou-chips-2023/industries/integrated-circuits/',
      excerpt: 'Also called: ICs, <mark>chips</mark>',
      kind: 'Industry',
      plan: SUZHOU,
      subs: [],
    });
  });

  it('does not when the index holds one, or the page names no plan', () => {
    expect(resultView(data)).not.toHaveProperty('plan');
    expect(resultView({ ...data, meta: { title: 'Atlas' } }, true)).not.toHaveProperty('plan');
  });

  it('names it on a Plan text hit led by its paragraph too', () => {
    const text: PagefindData = {
      url: '/plan/',
      excerpt: '',
      meta: { title: 'The Plan', kind: 'Plan text', plan: SHANGHAI },
      sub_results: [{ title: 'Chips: item 1', url: '/plan/#i1', excerpt: 'x', locations: [1] }],
    };
    expect(resultView(text, true)).toMatchObject({ href: '/plan/#i1', plan: SHANGHAI });
  });
});

describe('the plan in the /search/ URL', () => {
  it('is read, written after the other filters and given to Pagefind', () => {
    const search = `?q=chips&kind=Industry&plan=${encodeURIComponent(SUZHOU)}&level=City`;
    const state = readSearchState(search);
    expect(state.filters).toEqual({ kind: ['Industry'], plan: [SUZHOU], level: ['City'] });
    expect(writeSearchState(state.term, state.filters)).toBe(
      `?q=chips&kind=Industry&plan=${new URLSearchParams({ p: SUZHOU }).toString().slice(2)}&level=City`,
    );
    expect(pagefindFilters(state.filters)).toEqual({
      kind: { any: ['Industry'] },
      plan: { any: [SUZHOU] },
      level: { any: ['City'] },
    });
  });
});
