import { describe, expect, it } from 'vitest';
import { atlasModel } from '../../src/atlas/model/index.ts';
import type {
  AtlasIndustry,
  AtlasMeasure,
  AtlasPlace,
  AtlasPlan,
  AtlasTarget,
} from '../../src/schemas/atlas.ts';
import {
  barLabel,
  barValue,
  chartDescription,
  chartTitle,
  sharedYear,
  compareRows,
  planCount,
  type CompareRow,
  MEASURE_ROWS,
  shownRows,
  shownUnit,
  shownValue,
} from '../../src/utils/route-data/atlas-compare.ts';
import {
  countsLine,
  latestPlans,
  levelLabel,
  periodLabel,
  plansByLevel,
  plansByRegion,
  plansByTitle,
  planScope,
  topIndustries,
} from '../../src/utils/route-data/atlas-home.ts';
import {
  GOALS_PER_PLAN,
  industryRows,
  namesUpTo,
  otherNames,
  targetsLine,
} from '../../src/utils/route-data/atlas-industry.ts';
import {
  atlasListPage,
  atlasListPaths,
  atlasNavItems,
  hasAtlasList,
} from '../../src/utils/route-data/atlas-lists.ts';
import { nameOfId, placeRows } from '../../src/utils/route-data/atlas-place.ts';
import { fixturePlans } from './atlas-helpers.ts';

const counts = { industries: 3, goals: 4, targets: 2, places: 1 };
const plan = (id: string, extra: Partial<AtlasPlan> = {}): AtlasPlan => ({
  id,
  title: `${id} plan`,
  shortTitle: id,
  translation: 'human',
  sourceChain: [],
  metaSource: 'text',
  counts,
  path: `plans/${id}/`,
  ...extra,
});
const plans = [
  plan('wuxi', { level: 'city', region: 'Wuxi', period: { start: 2022, end: 2024 } }),
  plan('nation', { level: 'national', period: { start: 2021, end: 2025 }, title: 'A nation plan' }),
  plan('jiangsu', { level: 'provincial', region: 'Jiangsu', period: { start: 2021, end: 2025 } }),
  plan('suzhou', { level: 'city', region: 'Suzhou', period: { start: 2023, end: 2025 } }),
  plan('odd'),
  plan('sh', {
    level: 'city',
    region: 'Shanghai',
    period: { start: 2021, end: 2025 },
    published: '2021-07-21',
  }),
];
const byId = new Map(plans.map((p) => [p.id, p]));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('atlas lists', () => {
  it('offers only the lists the atlas has something for', () => {
    const some = { industries: 2, measures: 0, places: 1 };
    expect(atlasNavItems(some)).toEqual([
      { label: 'Plans', path: '' },
      { label: 'Industries', path: 'industries/' },
      { label: 'Places', path: 'places/' },
    ]);
    expect(hasAtlasList(some, 'compare')).toBe(false);
    expect(atlasListPaths(some, 'compare', [])).toEqual([]);
    expect(atlasListPaths(some, 'places', ['a'])).toEqual([
      { params: { page: undefined }, props: { page: 1 } },
    ]);
  });

  it('continues a long list on numbered pages, titled and placed as such', () => {
    const many = { industries: 250, measures: 1, places: 1 };
    expect(atlasListPaths(many, 'industries', []).map((p) => p.params.page)).toEqual([
      undefined,
      '2',
      '3',
    ]);
    expect(() => atlasListPaths(many, 'industries', ['2'])).toThrow(/industries\/2\//);
    const items = Array.from({ length: 250 }, (_, i) => i);
    const page = atlasListPage('industries', items, 2, 'Shared industries.');
    expect([page.items.length, page.items[0], page.count, page.first, page.last]).toEqual([
      100, 100, 3, 101, 200,
    ]);
    expect(page.head).toEqual({
      title: 'Industries across plans, page 2 of 3',
      heading: 'Industries across plans, page 2 of 3',
      crumbs: [{ label: 'Industries', path: 'industries/' }, { label: 'Page 2 of 3' }],
      description: 'Shared industries. Page 2 of 3.',
    });
    expect(atlasListPage('places', [1], 1, 'Shared places.').head).toEqual({
      title: 'Places across plans',
      heading: 'Places across plans',
      crumbs: [{ label: 'Places' }],
      description: 'Shared places.',
    });
  });
});

describe('atlas home', () => {
  it('words a plan’s level, period, scope and counts', () => {
    expect(levelLabel('provincial')).toBe('Provincial');
    expect(levelLabel(undefined)).toBe('Level not known');
    expect(periodLabel({ start: 2021, end: 2025 })).toBe('2021–2025');
    expect(periodLabel({ start: 2025, end: 2025 })).toBe('2025');
    expect(periodLabel(undefined)).toBeUndefined();
    expect(planScope(byId.get('nation')!)).toBe('National · China · 2021–2025');
    expect(planScope(byId.get('suzhou')!)).toBe('City · Suzhou · 2023–2025');
    expect(planScope(byId.get('odd')!)).toBe('Level not known');
    expect(countsLine({ industries: 1, goals: 0, targets: 2, places: 1 })).toBe(
      '1 industry, 0 goals, 2 targets, 1 place',
    );
  });

  it('lists plans by title, by level top down, by region, unknown last', () => {
    expect(ids(plansByTitle(plans))).toEqual(['nation', 'jiangsu', 'odd', 'sh', 'suzhou', 'wuxi']);
    expect(plansByLevel(plans).map((g) => [g.anchor, g.label, ids(g.plans)])).toEqual([
      ['level-national', 'National', ['nation']],
      ['level-provincial', 'Provincial', ['jiangsu']],
      ['level-city', 'City', ['sh', 'suzhou', 'wuxi']],
      ['level-unknown', 'Level not known', ['odd']],
    ]);
    expect(plansByRegion(plans).map((g) => [g.anchor, g.label, ids(g.plans)])).toEqual([
      ['region-china', 'China', ['nation']],
      ['region-jiangsu', 'Jiangsu', ['jiangsu']],
      ['region-shanghai', 'Shanghai', ['sh']],
      ['region-suzhou', 'Suzhou', ['suzhou']],
      ['region-wuxi', 'Wuxi', ['wuxi']],
      ['region-unknown', 'Region not known', ['odd']],
    ]);
  });

  it('takes the latest plans by period start, then publication date, then title', () => {
    expect(ids(latestPlans(plans))).toEqual(['suzhou', 'wuxi', 'sh', 'nation', 'jiangsu']);
    expect(ids(latestPlans(plans, 2))).toEqual(['suzhou', 'wuxi']);
  });

  it('takes the industries most plans back, in the model’s order', () => {
    const industries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as AtlasIndustry[];
    expect(ids(topIndustries(industries, 2))).toEqual(['a', 'b']);
  });
});

const target = (planId: string, extra: Partial<AtlasTarget> = {}): AtlasTarget => ({
  plan: planId,
  id: `${planId}-t`,
  value: 1,
  unit: 'trillion yuan',
  unitKind: 'yuan',
  normalised: 1e12,
  display: '1 trillion yuan',
  scope: 'output-value',
  qualifier: 'exactly',
  subject: 'Output value',
  path: `plans/${planId}/plan/#p1`,
  ...extra,
});

describe('an industry across plans', () => {
  const goals = Array.from({ length: GOALS_PER_PLAN + 2 }, (_, i) => ({
    id: `g${i}`,
    statement: `Goal ${i}.`,
    path: `plans/sh/goals/g${i}/`,
  }));
  const industry: AtlasIndustry = {
    id: 'integrated-circuits',
    name: 'Integrated circuits',
    nameZh: '集成电路',
    aliases: ['chips', 'Integrated circuits', 'IC industry'],
    path: 'industries/integrated-circuits/',
    plans: [
      {
        plan: 'sh',
        name: 'integrated circuits',
        tier: 'core industries',
        goals,
        targets: [target('sh', { year: 2025 })],
        path: 'plans/sh/industries/integrated-circuits/',
      },
      {
        plan: 'suzhou',
        name: 'chip industry',
        goals: [],
        targets: [],
        path: 'plans/suzhou/industries/integrated-circuits/',
      },
    ],
  };

  it('gives each plan its own name (when it differs), category as worded, goals and targets', () => {
    const rows = industryRows(industry, byId);
    expect(rows.map((r) => [r.planId, r.ownName, r.tier, r.hasTier, r.scope])).toEqual([
      ['sh', undefined, 'Core industries', true, 'City · Shanghai · 2021–2025'],
      ['suzhou', 'chip industry', 'No category', false, 'City · Suzhou · 2023–2025'],
    ]);
    expect(rows[0]!.goals.map((g) => g.id)).toEqual(['g0', 'g1', 'g2']);
    expect(rows[0]!.moreGoals).toBe(2);
    expect(rows[0]!.targets.map((t) => t.id)).toEqual(['sh-t']);
    expect(rows[1]!.planPath).toBe('plans/suzhou/');
  });

  it('shows the other names search relies on, and counts the targets', () => {
    expect(otherNames(industry)).toEqual(['chips', 'IC industry']);
    expect(
      otherNames({
        name: 'Integrated circuits',
        aliases: ['chip industry', 'chips', 'integrated circuit', 'integrated circuit industry'],
      }),
    ).toEqual(['chips']);
    expect(targetsLine(industry)).toBe('1 target in 1 plan.');
    expect(targetsLine({ ...industry, plans: [industry.plans[1]!] })).toBe(
      'No plan gives a number for it.',
    );
    expect(namesUpTo(['a', 'b', 'c'], 3)).toBe('a, b, c');
    expect(namesUpTo(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
  });
});

describe('a measure across plans', () => {
  const measure: AtlasMeasure = {
    id: 'integrated-circuits-output-value-yuan',
    label: 'Integrated circuits: output value (yuan)',
    scope: 'output-value',
    unitKind: 'yuan',
    unit: 'yuan',
    industryId: 'integrated-circuits',
    path: 'compare/integrated-circuits-output-value-yuan/',
    targets: [
      target('jiangsu', {
        normalised: 1.2e12,
        display: '1.2 trillion yuan',
        year: 2025,
        baseline: { normalised: 6.5e11, year: 2020, display: '650 billion yuan' },
      }),
      target('suzhou', { normalised: 3e11, display: '300 billion yuan', qualifier: 'exceed' }),
      target('suzhou', { id: 'late', normalised: 4e11, normalisedMax: 5e11, year: 2030 }),
    ],
  };

  it('puts every value in one unit the smallest value still reads in', () => {
    expect(shownUnit(measure)).toEqual({ divisor: 1e9, unit: 'billion yuan' });
    expect(shownUnit({ ...measure, targets: [target('a', { normalised: 2e12 })] })).toEqual({
      divisor: 1e12,
      unit: 'trillion yuan',
    });
    expect(shownUnit({ ...measure, targets: [target('a', { normalised: 5e4 })] })).toEqual({
      divisor: 1,
      unit: 'yuan',
    });
    const percent = { ...measure, unitKind: 'percent' as const, unit: '%' };
    expect(shownUnit(percent)).toEqual({ divisor: 1, unit: '%' });
    expect(shownValue(20, 25, { divisor: 1, unit: '%' })).toBe('20–25%');
    expect(shownValue(120, undefined, { divisor: 1, unit: 'listed firms' })).toBe(
      '120 listed firms',
    );
    expect(planCount(measure)).toBe(2);
  });

  it('gives each target its plan, value in that unit, qualifier, year and baseline', () => {
    const rows = compareRows(measure, byId);
    expect(
      rows.map((r) => [r.planShort, r.value, r.qualifier, r.year, r.baseline, barLabel(r)]),
    ).toEqual([
      [
        'jiangsu',
        '1,200 billion yuan',
        undefined,
        2025,
        'from 650 billion yuan in 2020',
        'jiangsu (2025)',
      ],
      ['suzhou', '300 billion yuan', 'exceeding', undefined, undefined, 'suzhou'],
      ['suzhou', '400–500 billion yuan', undefined, 2030, undefined, 'suzhou (2030)'],
    ]);
    expect(rows.map((r) => r.amount)).toEqual(['1,200', '300', '400–500']);
    expect(barValue(rows[1]!)).toBe('exceeding 300 billion yuan');
    expect(chartDescription(measure, rows)).toBe(
      'Bar chart of Integrated circuits: output value (yuan), one scale in billion yuan, 3 bars. ' +
        'jiangsu (2025): 1,200 billion yuan; suzhou: exceeding 300 billion yuan; ' +
        'suzhou (2030): 400–500 billion yuan.',
    );
  });
});

describe('a chart whose bars share one year', () => {
  const row = (planShort: string, year?: number) =>
    ({ planShort, value: '20%', ...(year === undefined ? {} : { year }) }) as CompareRow;

  it('says the year once, in the title and description, and never on a bar', () => {
    const rows = [row('jiangsu', 2025), row('suzhou', 2025)];
    expect(sharedYear(rows)).toBe(2025);
    expect(rows.map((r) => barLabel(r, sharedYear(rows)))).toEqual(['jiangsu', 'suzhou']);
    const measure = { label: 'Share of GDP', unit: '%', unitKind: 'percent', targets: [] };
    expect(chartTitle(measure as unknown as AtlasMeasure, rows)).toBe(
      'Share of GDP, in %, targets for 2025',
    );
    expect(chartDescription(measure as unknown as AtlasMeasure, rows)).toBe(
      'Bar chart of Share of GDP, one scale in %, every target for 2025, 2 bars. jiangsu: 20%; suzhou: 20%.',
    );
  });

  it('keeps a year on each bar when the years differ, or one has none', () => {
    expect(sharedYear([row('a', 2025), row('b', 2030)])).toBeUndefined();
    expect(sharedYear([row('a', 2025), row('b')])).toBeUndefined();
    expect(sharedYear([row('a'), row('b')])).toBeUndefined();
    expect(barLabel(row('a', 2025), undefined)).toBe('a (2025)');
  });
});

describe('a measure set many times by one plan', () => {
  it('shows each plan’s first targets, leaving every plan room, and counts the rest', () => {
    const row = (planId: string, n: number) =>
      ({ planId, planTitle: `${planId} plan`, value: `${n}` }) as CompareRow;
    const many = Array.from({ length: MEASURE_ROWS + 5 }, (_, n) => row('a', n));
    const { rows, more } = shownRows([...many, row('b', 0), row('b', 1)]);
    const half = MEASURE_ROWS / 2;
    expect(rows.map((r) => r.planId + r.value)).toEqual([
      ...many.slice(0, half).map((r) => `a${r.value}`),
      'b0',
      'b1',
    ]);
    expect(more).toEqual([{ planId: 'a', planTitle: 'a plan', count: MEASURE_ROWS + 5 - half }]);
    const few = [row('a', 0), row('b', 0)];
    expect(shownRows(few)).toEqual({ rows: few, more: [] });
  });
});

describe('a place across plans', () => {
  const place: AtlasPlace = {
    id: 'suzhou-industrial-park',
    name: 'Suzhou Industrial Park',
    path: 'places/suzhou-industrial-park/',
    plans: [
      {
        plan: 'jiangsu',
        name: 'SIP',
        industryIds: ['biomedicine', 'nano-tech'],
        path: 'plans/jiangsu/places/suzhou-industrial-park/',
      },
      {
        plan: 'suzhou',
        name: 'Suzhou industrial park',
        industryIds: [],
        path: 'plans/suzhou/places/suzhou-industrial-park/',
      },
    ],
  };

  it('gives each plan its spelling and the industries it ties to the place, in that plan', () => {
    const rows = placeRows(place, byId, [{ id: 'biomedicine', name: 'Biomedicine' }]);
    expect(rows.map((r) => [r.planId, r.ownName, r.industries])).toEqual([
      [
        'jiangsu',
        'SIP',
        [
          { id: 'biomedicine', name: 'Biomedicine', path: 'plans/jiangsu/industries/biomedicine/' },
          { id: 'nano-tech', name: 'Nano tech', path: 'plans/jiangsu/industries/nano-tech/' },
        ],
      ],
      ['suzhou', undefined, []],
    ]);
    expect(nameOfId('new-energy-vehicles')).toBe('New energy vehicles');
  });
});

describe('the fixture atlas', () => {
  const model = atlasModel(fixturePlans());
  const plansOf = new Map(model.plans.map((p) => [p.id, p]));

  it('compares the four plans’ chip output values in billion yuan, linked to their paragraphs', () => {
    const measure = model.measures.find((m) => m.id === 'integrated-circuits-output-value-yuan')!;
    expect(
      compareRows(measure, plansOf).map((r) => [
        r.planId,
        r.value,
        r.qualifier,
        r.year,
        r.target.path,
      ]),
    ).toEqual([
      [
        'jiangsu-sei-2021',
        '1,200 billion yuan',
        undefined,
        2025,
        'plans/jiangsu-sei-2021/plan/#development-goals-p2',
      ],
      [
        'national-ic-2021',
        '2,000 billion yuan',
        'exceeding',
        2025,
        'plans/national-ic-2021/plan/#development-goals-p1',
      ],
      [
        'suzhou-chips-2023',
        '300 billion yuan',
        undefined,
        2025,
        'plans/suzhou-chips-2023/plan/#goals-p1',
      ],
      [
        'wuxi-biomed-2022',
        '200 billion yuan',
        'exceeding',
        2024,
        'plans/wuxi-biomed-2022/plan/#targets-p2',
      ],
    ]);
  });

  it('gives each plan’s category for integrated circuits as the plan words it', () => {
    const industry = model.industries.find((i) => i.id === 'integrated-circuits')!;
    expect(industryRows(industry, plansOf).map((r) => [r.planId, r.tier, r.ownName])).toEqual([
      ['jiangsu-sei-2021', 'Pillar industries', 'integrated circuit industry'],
      ['national-ic-2021', 'Key industries', 'Integrated Circuit Industry'],
      ['suzhou-chips-2023', 'Leading industries', 'chip industry'],
      ['wuxi-biomed-2022', 'Advantageous industries', 'integrated circuit industry'],
    ]);
  });
});
