import { describe, expect, it } from 'vitest';
import { foreignKnowledge } from '../../src/eval/foreign.ts';
import { matchGoals } from '../../src/eval/match-goals.ts';
import { matchIndustries } from '../../src/eval/match-industries.ts';
import { matchPlaces, matchSections, matchTitle } from '../../src/eval/match-names.ts';
import { matchLevelRegion } from '../../src/eval/match-scope.ts';
import { matchTargets } from '../../src/eval/match-targets.ts';
import { oneToOne } from '../../src/eval/one-to-one.ts';
import { goldTarget, makeGold, makeView, viewTarget } from './eval-helpers.ts';

const line = 1;

describe('eval: one-to-one matching', () => {
  it('pairs equal items in order and moves an earlier pair to make room', () => {
    expect(oneToOne([1, 1, 2], [1, 2, 1], (a, b) => a === b)).toEqual([0, 2, 1]);
    // Gold 0 could take found 0 or 1; gold 1 only found 0: both are paired.
    expect(oneToOne(['ab', 'a'], ['a', 'b'], (g, f) => g.includes(f))).toEqual([1, 0]);
    expect(oneToOne(['x'], [], () => true)).toEqual([-1]);
  });
});

describe('eval: title and sections', () => {
  it('accepts the title or an accepted rendering, without case, quotes, spaces and final dot', () => {
    const gold = makeGold({ title: 'Marine Economy Plan', accept: ['Zhejiang "Marine" Plan'] });
    expect(matchTitle(gold, makeView({ title: 'marine economy  plan.' }))).toMatchObject({
      tp: 1,
      f1: 1,
    });
    expect(matchTitle(gold, makeView({ title: 'Zhejiang Marine Plan' }))).toMatchObject({ tp: 1 });
    expect(matchTitle(gold, makeView({ title: 'Issued by the General Office' }))).toMatchObject({
      tp: 0,
      gold: 1,
      found: 1,
      f1: 0,
      misses: ['Marine Economy Plan'],
      falseHits: ['Issued by the General Office'],
    });
    expect(matchTitle(gold, makeView({ title: '' }))).toMatchObject({ found: 0, precision: null });
  });

  it('matches section titles one to one', () => {
    const gold = makeGold({
      sections: [
        { title: 'Background', level: 1, line },
        { title: 'Main tasks', level: 1, line },
        { title: 'Background', level: 2, line },
      ],
    });
    const view = makeView({
      sections: [
        { title: 'background', level: 1 },
        { title: 'Objectives', level: 1 },
      ],
    });
    expect(matchSections(gold, view)).toEqual({
      tp: 1,
      gold: 3,
      found: 2,
      precision: 0.5,
      recall: 1 / 3,
      f1: 0.4,
      misses: ['Main tasks', 'Background'],
      falseHits: ['Objectives'],
    });
  });
});

describe('eval: industries and tiers', () => {
  const gold = makeGold({
    industries: [
      { name: 'integrated circuits', also: ['IC'], tier: 'strategic emerging industries', line },
      { name: 'petrochemicals', also: [], tier: 'pillar industries', line },
      { name: 'marine biomedicine', also: [], line },
      { name: 'new energy', also: [], tier: 'pillar industries', line },
    ],
    tiers: [
      { label: 'strategic emerging industries', also: ['emerging industries'], count: 9, line },
      { label: 'pillar industries', also: [], line },
    ],
  });
  const view = makeView({
    industries: [
      { id: 'a', names: ['Chips', 'IC industry'], tier: 'emerging' },
      { id: 'b', names: ['Petrochemical industry'], tier: 'key' },
      { id: 'c', names: ['Marine biomedicines'], tier: 'core' },
      { id: 'd', names: ['Steel'], tier: 'core' },
      { id: 'e', names: ['Textiles'] },
    ],
    tiers: [{ label: 'emerging industries', count: 8 }, { label: 'core' }, { label: 'key' }],
  });
  const scores = matchIndustries(gold, view);

  it('matches an industry by any spelling found against the gold name or also', () => {
    expect(scores.industries).toMatchObject({
      tp: 3,
      gold: 4,
      found: 5,
      misses: ['new energy'],
      falseHits: ['Steel', 'Textiles'],
    });
  });

  it('counts tiers right by the tier wordings, and tiers the gold does not give as invented', () => {
    expect(scores.tiersRight).toEqual({
      right: 1,
      of: 3,
      share: 1 / 3,
      wrong: [
        'petrochemicals: pillar industries → key',
        'new energy: pillar industries → (industry not found)',
      ],
    });
    expect(scores.tiersInvented).toEqual({
      count: 2,
      items: ['Marine biomedicines: core', 'Steel: core (not a gold industry)'],
    });
  });

  it('matches tier labels against the gold tiers and their other wordings', () => {
    expect(scores.tierLabels).toMatchObject({
      tp: 1,
      gold: 2,
      found: 3,
      misses: ['pillar industries'],
      falseHits: ['core', 'key'],
    });
    expect(scores.tierCountsRight).toEqual({
      right: 0,
      of: 1,
      share: 0,
      wrong: ['strategic emerging industries: count 9 → 8'],
    });
  });
});

describe('eval: places and goals', () => {
  it('matches places by name or spelling, ignoring a leading "the"', () => {
    const gold = makeGold({
      places: [
        { name: 'the Pearl River Delta', also: [], line },
        { name: 'Lingang', also: ['new area near Hong Kong'], line },
        { name: 'Ningbo', also: [], line },
      ],
    });
    const view = makeView({
      places: [
        { id: 'prd', names: ['Pearl River Delta'] },
        { id: 'lg', names: ['Lin-gang Special Area', 'the new area near Hong Kong'] },
        { id: 'x', names: ['Xuhui'] },
      ],
    });
    expect(matchPlaces(gold, view)).toMatchObject({
      tp: 2,
      misses: ['Ningbo'],
      falseHits: ['Xuhui'],
    });
  });

  it('matches a goal whose statement holds the gold text, years agreeing, one to one', () => {
    const gold = makeGold({
      goals: [
        { text: 'the marine economy will account for', year: 2025, line },
        { text: 'strives to rank among the leaders', year: 2035, line },
        { text: 'build a number of major platforms', line },
      ],
    });
    const view = makeView({
      goals: [
        { statement: 'By 2025, the  Marine economy will account for 10%.', year: 2025 },
        { statement: 'By 2035 it strives to rank among the leaders.', year: 2025 },
        { statement: 'We will build a number of major platforms.' },
      ],
    });
    expect(matchGoals(gold, view)).toMatchObject({
      tp: 2,
      misses: ['strives to rank among the leaders (2035; found with 2025)'],
      falseHits: ['By 2035 it strives to rank among the leaders. (2025)'],
    });
  });
});

describe('eval: targets', () => {
  const gold = makeGold({
    targets: [
      goldTarget({
        text: 'about 10%',
        norm: 10,
        year: 2025,
        qualifier: 'about',
        scope: 'share-of-gdp',
        baseline: { value: 6.5, norm: 6.5, year: 2020 },
      }),
      goldTarget({
        text: '1.2 trillion yuan',
        kind: 'yuan',
        value: 1.2,
        unit: 'trillion yuan',
        norm: 1.2e12,
        year: 2025,
        qualifier: 'exceed',
        scope: 'output-value',
        baseline: { value: 800, norm: 8e11, year: 2020 },
      }),
      goldTarget({
        text: 'five to eight parks',
        kind: 'count',
        value: 5,
        max: 8,
        unit: 'parks',
        norm: 5,
        normMax: 8,
        year: 2025,
      }),
      goldTarget({
        text: '10%',
        norm: 10,
        year: 2025,
        qualifier: 'exactly',
        scope: 'growth-rate',
        baseline: { value: 7, norm: 7, year: 2020 },
      }),
    ],
  });
  const view = makeView({
    targets: [
      viewTarget({
        display: '10%',
        norm: 10,
        year: 2025,
        qualifier: 'about',
        scope: 'growth-rate',
        baseline: { value: 6.5, norm: 6.5, year: 2020 },
      }),
      viewTarget({
        display: '1,200 billion yuan',
        kind: 'yuan',
        norm: 1.2009e12,
        year: 2025,
        qualifier: 'more-than',
        scope: 'output-value',
        baseline: { value: 800, norm: 8e11 },
      }),
      viewTarget({ display: 'five parks', kind: 'count', norm: 5, year: 2025 }),
      viewTarget({
        display: '10%',
        norm: 10,
        year: 2025,
        qualifier: 'exactly',
        scope: 'growth-rate',
      }),
      viewTarget({ display: '6.5%', norm: 6.5, year: 2020 }),
    ],
  });
  const scores = matchTargets(gold, view);

  it('matches kind, norm (within 0.1%), max and year, one to one in document order', () => {
    expect(scores.targets).toMatchObject({
      tp: 3,
      gold: 4,
      found: 5,
      misses: ['"five to eight parks" [count 5–8, 2025] (found as "five parks" [count 5, 2025])'],
      falseHits: ['"five parks" [count 5, 2025]', '"6.5%" [percent 6.5, 2020]'],
    });
  });

  it('takes the written value of a target of kind other when the norms differ', () => {
    const tons = goldTarget({
      kind: 'other',
      value: 1.3,
      unit: 'billion tons',
      norm: 1.3,
      year: 2025,
    });
    const found = (value: number, norm: number) =>
      makeView({
        targets: [viewTarget({ kind: 'other', value, unit: 'billion tons', norm, year: 2025 })],
      });
    expect(matchTargets(makeGold({ targets: [tons] }), found(1.3, 1.3e9)).targets.tp).toBe(1);
    expect(matchTargets(makeGold({ targets: [tons] }), found(1.2, 1.3)).targets.tp).toBe(1);
    expect(matchTargets(makeGold({ targets: [tons] }), found(1.2, 1.2e9)).targets.tp).toBe(0);
    const based = { ...tons, baseline: { value: 1.17, norm: 1.17, year: 2020 } };
    const foundBased = makeView({
      targets: [
        viewTarget({
          kind: 'other',
          value: 1.3,
          norm: 1.3e9,
          year: 2025,
          baseline: { value: 1.17, norm: 1.17e9, year: 2020 },
        }),
      ],
    });
    expect(matchTargets(makeGold({ targets: [based] }), foundBased).baselinesPaired.right).toBe(1);
    // Other kinds compare norms only.
    const pct = goldTarget({ value: 20, norm: 20, year: 2025 });
    const pctFound = makeView({ targets: [viewTarget({ value: 20, norm: 0.2, year: 2025 })] });
    expect(matchTargets(makeGold({ targets: [pct] }), pctFound).targets.tp).toBe(0);
  });

  it('counts baselines paired among all gold targets with one', () => {
    expect(scores.baselinesPaired).toEqual({
      right: 1,
      of: 3,
      share: 1 / 3,
      wrong: [
        '"1.2 trillion yuan": baseline 800000000000 (2020) → 800000000000 (no year)',
        '"10%": baseline 7 (2020) → none',
      ],
    });
  });

  it('counts qualifiers and scopes right among matched targets', () => {
    expect(scores.qualifiersRight).toMatchObject({
      right: 2,
      of: 3,
      wrong: ['"1.2 trillion yuan": exceed → more-than'],
    });
    expect(scores.scopesRight).toMatchObject({
      right: 2,
      of: 3,
      wrong: ['"about 10%": share-of-gdp → growth-rate'],
    });
  });
});

describe('eval: foreign knowledge', () => {
  it('counts shared places the gold does not list nor the text name, shared corrections and definitions', () => {
    const view = makeView({
      places: [
        { id: 'lin-gang', names: ['Lin-gang Special Area'] },
        { id: 'ningbo', names: ['Ningbo'] },
        { id: 'own', names: ['Own Park'] },
        { id: 'beijing', names: ['Beijing', 'BEIJING'] },
      ],
      corrections: [
        { id: 'port', original: 'port industry' },
        { id: 'local-fix', original: 'closed testing' },
      ],
      terms: [
        { id: 'nine', term: '9+X', hasDefinition: true, fromText: false },
        { id: 'cpu', term: 'CPU', hasDefinition: false, fromText: false },
        { id: 'abbr', term: 'EDA', hasDefinition: true, fromText: true },
      ],
    });
    const knowledge = {
      shared: {
        places: ['lin-gang', 'ningbo', 'own', 'beijing'],
        corrections: ['port', 'local-fix'],
        glossary: ['nine', 'cpu'],
      },
      local: { places: ['own'], corrections: ['local-fix'], glossary: [] },
    };
    const text = 'BEIJING, May 3 -- the new area near Hong Kong and Ningbo.';
    expect(foreignKnowledge(view, knowledge, [false, true, false, false], text)).toEqual({
      count: 3,
      items: [
        'place lin-gang (Lin-gang Special Area)',
        'correction port ("port industry")',
        'definition of 9+X (nine)',
      ],
    });
  });
});

describe('eval: level and region', () => {
  it('is right when the level is the same and the region names the same place', () => {
    const gold = makeGold({ level: 'county', region: 'Changxing' });
    const right = (view: Parameters<typeof makeView>[0]) =>
      matchLevelRegion(gold, makeView(view)).right;
    expect(right({ level: 'county', region: 'Changxing County' })).toBe(1);
    expect(right({ level: 'city', region: 'Changxing' })).toBe(0);
    expect(right({ level: 'county', region: 'Huzhou' })).toBe(0);
    expect(matchLevelRegion(gold, makeView({ level: 'county' }))).toMatchObject({
      right: 0,
      of: 1,
      wrong: ['county/, not county/Changxing'],
    });
    const national = makeGold({ level: 'national' });
    expect(matchLevelRegion(national, makeView({ level: 'national' })).share).toBe(1);
    expect(matchLevelRegion(makeGold({}), makeView({ level: 'city' })).of).toBe(0);
  });
});
