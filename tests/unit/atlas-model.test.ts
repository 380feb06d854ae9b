import { describe, expect, it } from 'vitest';
import { atlasModel } from '../../src/atlas/model/index.ts';
import { measureId, measureLabel, measureUnit } from '../../src/atlas/model/measures.ts';
import { mostCommon, sharedIds } from '../../src/atlas/model/shared.ts';
import { spellings } from '../../src/atlas/model/industries.ts';
import { atlasModel as atlasSchema } from '../../src/schemas/atlas.ts';
import { fixturePlans } from './atlas-helpers.ts';

describe('atlas model: small rules', () => {
  it('keeps ids two or more lists share, in first-seen order', () => {
    expect(sharedIds([['a', 'b', 'b'], ['c', 'b'], ['a']])).toEqual(['a', 'b']);
    expect(sharedIds([['a', 'a']])).toEqual([]);
    expect(mostCommon(['x', 'y', 'y', 'x', 'z'])).toBe('x');
    expect(mostCommon([])).toBeUndefined();
    expect(spellings(['Chips', 'chips', 'IC industry', 'chip industry'])).toEqual([
      'chip industry',
      'Chips',
      'IC industry',
    ]);
  });

  it('gives a measure only to like with like', () => {
    const t = (scope: string, unitKind: string, unit: string, industryId?: string) =>
      ({ scope, unitKind, unit, industryId }) as Parameters<typeof measureId>[0];
    expect(measureId(t('output-value', 'yuan', 'billion yuan', 'biomedicine'))).toBe(
      'biomedicine-output-value-yuan',
    );
    // 1.2 trillion and 300 billion yuan share the measure: normalised values compare.
    expect(measureId(t('output-value', 'yuan', 'trillion yuan', 'biomedicine'))).toBe(
      'biomedicine-output-value-yuan',
    );
    expect(measureId(t('share-of-gdp', 'percent', '%'))).toBe('whole-plan-share-of-gdp-percent');
    // A share of GDP never meets an output value; counts only with the same written unit
    // (plural or not), percentage points (a change) never with percentages.
    expect(measureId(t('count', 'count', 'Listed  Companies'))).toBe(
      'whole-plan-count-listed-company',
    );
    expect(measureId(t('count', 'count', 'listed company'))).toBe(
      'whole-plan-count-listed-company',
    );
    expect(measureId(t('count', 'count', 'enterprises'))).toBe('whole-plan-count-enterprise');
    expect(measureId(t('share-of-gdp', 'percent', 'percentage points'))).toBe(
      'whole-plan-share-of-gdp-percent-percentage-point',
    );
    expect(measureId(t('share-of-gdp', 'percent', 'per cent'))).toBe(
      'whole-plan-share-of-gdp-percent',
    );
    expect(measureId(t('count', 'other', 'GW', 'wind-power'))).toBe('wind-power-count-other-gw');
    expect(measureId(t('other', 'percent', '%'))).toBeUndefined();
    expect(measureLabel(t('output-value', 'yuan', 'billion yuan'), 'Biomedicine')).toBe(
      'Biomedicine: output value (yuan)',
    );
    expect(measureLabel(t('count', 'count', 'Listed  companies'), undefined)).toBe(
      'Whole plan: number of Listed companies',
    );
    expect(measureLabel(t('growth-rate', 'percent', 'percentage points'), 'AI')).toBe(
      'AI: growth rate (percentage points)',
    );
    expect(measureLabel(t('added-value', 'area', 'square kilometres'), undefined)).toBe(
      'Whole plan: added value (km²)',
    );
    expect(measureUnit(t('investment', 'usd', 'billion US dollars'))).toBe('US dollars');
  });

  it('refuses two plans with one id', () => {
    const [a] = fixturePlans();
    expect(() => atlasModel([a!, structuredClone(a!)])).toThrow(
      'atlas: two plans have the id "jiangsu-sei-2021"',
    );
  });
});

describe('atlas model of the fixture atlas', () => {
  const model = atlasModel(fixturePlans());

  it('is valid and the same whatever the order of the plans', () => {
    expect(atlasSchema.parse(model)).toEqual(model);
    expect(JSON.stringify(atlasModel(fixturePlans().reverse()))).toBe(JSON.stringify(model));
  });

  it('lists the plans by id with metadata, counts and home', () => {
    expect(model.plans[0]).toEqual({
      id: 'jiangsu-sei-2021',
      title:
        'Jiangsu Province 14th Five-Year Plan for the Development of Strategic Emerging Industries',
      shortTitle: 'Jiangsu 14th Five-Year Plan for Strategic Emerging Industries',
      issuer: "General Office of the People's Government of Jiangsu Province",
      level: 'provincial',
      region: 'Jiangsu',
      regionId: 'jiangsu',
      period: { start: 2021, end: 2025 },
      translation: 'none',
      sourceChain: [
        {
          label:
            'Jiangsu Province 14th Five-Year Plan for the Development of Strategic Emerging Industries',
        },
      ],
      metaSource: 'text',
      counts: { industries: 3, goals: 4, targets: 4, places: 9 },
      path: 'plans/jiangsu-sei-2021/',
    });
    expect(model.plans.map((p) => [p.id, p.level, p.region, p.regionId])).toEqual([
      ['jiangsu-sei-2021', 'provincial', 'Jiangsu', 'jiangsu'],
      ['national-ic-2021', 'national', undefined, undefined],
      ['suzhou-chips-2023', 'city', 'Suzhou', 'suzhou'],
      ['wuxi-biomed-2022', 'city', 'Wuxi', 'wuxi'],
    ]);
  });

  it('joins industries named by two or more plans, with each plan’s name, tier and page', () => {
    expect(
      model.industries.map((i) => [
        i.id,
        i.path,
        i.plans.map(
          (p) => `${p.plan} "${p.name}" ${p.tier ?? '-'} ${p.goals.length}/${p.targets.length}`,
        ),
      ]),
    ).toEqual([
      [
        'biomedicine',
        'industries/biomedicine/',
        [
          'jiangsu-sei-2021 "biomedicine" pillar industries 1/1',
          'national-ic-2021 "biomedicine" key industries 0/0',
          'suzhou-chips-2023 "biomedicine" leading industries 0/0',
          'wuxi-biomed-2022 "biomedicine" advantageous industries 1/1',
        ],
      ],
      [
        'integrated-circuits',
        'industries/integrated-circuits/',
        [
          'jiangsu-sei-2021 "integrated circuit industry" pillar industries 1/1',
          'national-ic-2021 "Integrated Circuit Industry" key industries 2/3',
          'suzhou-chips-2023 "chip industry" leading industries 1/1',
          'wuxi-biomed-2022 "integrated circuit industry" advantageous industries 1/1',
        ],
      ],
      [
        'new-energy-vehicles',
        'industries/new-energy-vehicles/',
        [
          'jiangsu-sei-2021 "new energy vehicles" pillar industries 0/0',
          'national-ic-2021 "new energy vehicles" key industries 0/0',
          'wuxi-biomed-2022 "new energy vehicles" advantageous industries 0/0',
        ],
      ],
    ]);
    const ic = model.industries[1]!;
    expect([ic.name, ic.nameZh, ic.aliases]).toEqual([
      'Integrated circuits',
      '集成电路',
      [
        'chip industry',
        'chips',
        'integrated circuit',
        'integrated circuit industry',
        'Integrated circuits',
      ],
    ]);
    expect(ic.plans[2]).toEqual({
      plan: 'suzhou-chips-2023',
      name: 'chip industry',
      tier: 'leading industries',
      goals: [
        {
          id: 'output-value-chip-industry-reach',
          statement: 'By 2025, the output value of the chip industry will reach 300 billion yuan.',
          year: 2025,
          path: 'plans/suzhou-chips-2023/goals/output-value-chip-industry-reach/',
        },
      ],
      targets: [
        {
          plan: 'suzhou-chips-2023',
          id: 'integrated-circuits-output-value-2025',
          industryId: 'integrated-circuits',
          measure: 'integrated-circuits-output-value-yuan',
          value: 300,
          unit: 'billion yuan',
          unitKind: 'yuan',
          normalised: 300000000000,
          display: '300 billion yuan',
          scope: 'output-value',
          qualifier: 'exactly',
          year: 2025,
          subject: 'Output value of the chip industry',
          baseline: { normalised: 220000000000, year: 2022, display: '220 billion yuan' },
          path: 'plans/suzhou-chips-2023/plan/#goals-p1',
        },
      ],
      path: 'plans/suzhou-chips-2023/industries/integrated-circuits/',
    });
  });

  it('compares only like measures that two or more plans set, most plans first', () => {
    expect(
      model.measures.map((m) => [
        m.id,
        m.label,
        m.unit,
        m.targets.map((t) => `${t.plan} ${t.normalised} ${t.year} ${t.path}`),
      ]),
    ).toEqual([
      [
        'integrated-circuits-output-value-yuan',
        'Integrated circuits: output value (yuan)',
        'yuan',
        [
          'jiangsu-sei-2021 1200000000000 2025 plans/jiangsu-sei-2021/plan/#development-goals-p2',
          'national-ic-2021 2000000000000 2025 plans/national-ic-2021/plan/#development-goals-p1',
          'suzhou-chips-2023 300000000000 2025 plans/suzhou-chips-2023/plan/#goals-p1',
          'wuxi-biomed-2022 200000000000 2024 plans/wuxi-biomed-2022/plan/#targets-p2',
        ],
      ],
      [
        'whole-plan-share-of-gdp-percent',
        'Whole plan: share of GDP (%)',
        '%',
        [
          'jiangsu-sei-2021 20 2025 plans/jiangsu-sei-2021/plan/#development-goals-p1',
          'suzhou-chips-2023 25 2025 plans/suzhou-chips-2023/plan/#goals-p3',
          'wuxi-biomed-2022 22 2024 plans/wuxi-biomed-2022/plan/#targets-p3',
        ],
      ],
      [
        'biomedicine-output-value-yuan',
        'Biomedicine: output value (yuan)',
        'yuan',
        [
          'jiangsu-sei-2021 1000000000000 2025 plans/jiangsu-sei-2021/plan/#development-goals-p3',
          'wuxi-biomed-2022 250000000000 2024 plans/wuxi-biomed-2022/plan/#targets-p1',
        ],
      ],
      [
        'whole-plan-count-listed-chip-company',
        'Whole plan: number of listed chip companies',
        'listed chip companies',
        [
          'jiangsu-sei-2021 120 2025 plans/jiangsu-sei-2021/plan/#development-goals-p4',
          'suzhou-chips-2023 40 2025 plans/suzhou-chips-2023/plan/#goals-p2',
        ],
      ],
    ]);
    // The national plan's counts of enterprises and of innovation centres meet no other plan's.
    const national = model.industries[1]!.plans[1]!.targets;
    expect(national.map((t) => [t.id, t.measure])).toEqual([
      ['integrated-circuits-output-value-2025', 'integrated-circuits-output-value-yuan'],
      ['integrated-circuits-count-2025', undefined],
      ['integrated-circuits-count-2025-2', undefined],
    ]);
  });

  it('joins places named by two or more plans, with each plan’s page', () => {
    expect(model.places.map((p) => [p.id, p.plans.map((s) => s.plan).join(' ')])).toEqual([
      [
        'yangtze-river-delta',
        'jiangsu-sei-2021 national-ic-2021 suzhou-chips-2023 wuxi-biomed-2022',
      ],
      ['suzhou', 'jiangsu-sei-2021 suzhou-chips-2023 wuxi-biomed-2022'],
      ['wuxi', 'jiangsu-sei-2021 national-ic-2021 wuxi-biomed-2022'],
      ['changzhou', 'jiangsu-sei-2021 wuxi-biomed-2022'],
      ['nanjing', 'jiangsu-sei-2021 national-ic-2021'],
      ['shanghai', 'national-ic-2021 suzhou-chips-2023'],
      ['suzhou-industrial-park', 'jiangsu-sei-2021 suzhou-chips-2023'],
    ]);
    expect(model.places[6]).toEqual({
      id: 'suzhou-industrial-park',
      name: 'Suzhou Industrial Park',
      path: 'places/suzhou-industrial-park/',
      plans: [
        {
          plan: 'jiangsu-sei-2021',
          name: 'Suzhou Industrial Park',
          industryIds: ['biomedicine'],
          path: 'plans/jiangsu-sei-2021/places/suzhou-industrial-park/',
        },
        {
          plan: 'suzhou-chips-2023',
          name: 'Suzhou Industrial Park',
          industryIds: ['biomedicine'],
          path: 'plans/suzhou-chips-2023/places/suzhou-industrial-park/',
        },
      ],
    });
  });
});
