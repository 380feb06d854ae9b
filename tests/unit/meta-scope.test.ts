import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusIds } from '../../src/eval/corpus.ts';
import { matchLevelRegion } from '../../src/eval/match-scope.ts';
import { runPlan } from '../../src/eval/run.ts';
import { planMeta } from '../../src/pipeline/meta/index.ts';
import { periodOf, readScope, type ScopeInput } from '../../src/pipeline/meta/scope.ts';
import { PlanInputError, type CleanText } from '../../src/pipeline/types.ts';

const KINDS: Record<string, string> = {
  jiangsu: 'province',
  suzhou: 'city',
  shanghai: 'municipality',
  'yangtze-river-delta': 'region',
  'suzhou-industrial-park': 'zone',
  leshan: 'city',
};
const PLACES = [
  { id: 'jiangsu', name: 'Jiangsu', variants: ['Jiangsu Province'] },
  { id: 'suzhou', name: 'Suzhou', variants: ['SUZHOU'] },
  { id: 'shanghai', name: 'Shanghai', variants: [] },
  { id: 'yangtze-river-delta', name: 'Yangtze River Delta', variants: [] },
  { id: 'suzhou-industrial-park', name: 'Suzhou Industrial Park', variants: [] },
  { id: 'lanxi-county', name: 'Lanxi County', variants: [] },
  { id: 'wutongqiao-district', name: 'Wutongqiao District', variants: [] },
  { id: 'leshan', name: 'Leshan', variants: ['Leshan City'] },
  { id: 'hefei-zone', name: 'Hefei Economic Development Zone', variants: [] },
  { id: 'hefei-zone-short', name: 'Hefei Development Zone', variants: [] },
];

function scope(part: Partial<ScopeInput>) {
  return readScope({
    title: '',
    opening: '',
    places: PLACES,
    kindOf: (id) => KINDS[id],
    ...part,
  });
}

describe('readScope: level and region', () => {
  it('takes the issuer’s place and office first', () => {
    expect(
      scope({ issuer: 'Jiangsu Provincial People’s Government', title: 'Suzhou Plan' }),
    ).toEqual({ level: 'provincial', region: 'Jiangsu' });
    expect(scope({ issuer: 'Ministry of Industry and Information Technology' })).toEqual({
      level: 'national',
    });
    expect(scope({ issuer: 'General Office of the State Council', title: 'Suzhou Plan' })).toEqual({
      level: 'national',
    });
  });

  it('reads the title when the issuer names nothing, and the place’s kind or type word', () => {
    expect(scope({ title: 'Shanghai 14th Five-Year Plan for Industry' })).toEqual({
      level: 'city',
      region: 'Shanghai',
      period: { start: 2021, end: 2025 },
    });
    expect(scope({ title: 'Lanxi County Plan for New Materials' })).toEqual({
      level: 'county',
      region: 'Lanxi County',
    });
    // A park is no administrative place: its plan is its city's.
    expect(scope({ title: 'Plan for Suzhou Industrial Park' })).toEqual({
      level: 'city',
      region: 'Suzhou',
    });
    expect(scope({ title: 'Plan for the Industrial Park' })).toEqual({});
    expect(scope({ title: 'Plan for Jiangsu Province (2022-2025)' })).toEqual({
      level: 'provincial',
      region: 'Jiangsu',
      period: { start: 2022, end: 2025 },
    });
    expect(scope({ title: 'China issues a plan for robots' })).toEqual({ level: 'national' });
    // A city's district and a development zone the data does not know plan at the county level.
    expect(scope({ title: 'Plan for Wutongqiao District, Leshan City' })).toEqual({
      level: 'county',
      region: 'Wutongqiao District',
    });
  });

  it('reads an issuer named after a cross-provincial region as a central body', () => {
    expect(scope({ issuer: 'Office of the Leading Group for the Yangtze River Delta' })).toEqual({
      level: 'national',
    });
    expect(scope({ title: 'Plan for the Yangtze River Delta' })).toEqual({
      level: 'provincial',
      region: 'Yangtze River Delta',
    });
  });

  it('takes a name as spelt or in capitals, not a lower-case description', () => {
    expect(
      scope({
        headline: 'Hefei development zone sets goals',
        opening: 'The Hefei Economic Development Zone released',
      }),
    ).toEqual({ level: 'county', region: 'Hefei Economic Development Zone' });
  });

  it('reads the opening lines last: the earlier of a place and national wording', () => {
    expect(
      scope({ opening: "SUZHOU, March 3 -- Suzhou in east China's Jiangsu Province" }),
    ).toEqual({ level: 'city', region: 'Suzhou' });
    expect(scope({ opening: 'Issued by the State Council. Shanghai and Jiangsu will' })).toEqual({
      level: 'national',
    });
    expect(scope({ opening: 'Nothing here names a place.' })).toEqual({});
  });
});

describe('periodOf', () => {
  it('reads a year range or a Five-Year Plan’s ordinal, whichever comes first', () => {
    const cases: [string, { start: number; end: number } | undefined][] = [
      ['Plan (2021-2025)', { start: 2021, end: 2025 }],
      ['Plan (2021–2035)', { start: 2021, end: 2035 }],
      ['from 2023 to 2025', { start: 2023, end: 2025 }],
      ['"14th Five-Year" Plan', { start: 2021, end: 2025 }],
      ['15th Five-Year Plan (2026–2030)', { start: 2026, end: 2030 }],
      ['the Fourteenth Five Year Plan', { start: 2021, end: 2025 }],
      ['13th five-year plan', { start: 2016, end: 2020 }],
      ['Plan (2025-2021)', undefined],
      ['the 14th plan and 2021-12-28', undefined],
      ['by 2025', undefined],
    ];
    expect(cases.map(([text]) => periodOf(text))).toEqual(cases.map(([, p]) => p));
  });
});

describe('level, region and period in plan.yaml', () => {
  const clean: CleanText = {
    file: 'plans/x/source.en.txt',
    body: [],
    chrome: { footer: [], contacts: [] },
    removals: [],
  };
  it('reads them and rejects a wrong level or an upside-down period', () => {
    const yaml = 'level: county\nregion: Lanxi County\nperiod: { start: 2021, end: 2025 }\n';
    expect(planMeta('x', yaml, 'plan.yaml', clean)).toMatchObject({
      level: 'county',
      region: 'Lanxi County',
      period: { start: 2021, end: 2025 },
    });
    const error = (text: string) => {
      try {
        planMeta('x', text, 'plan.yaml', clean);
      } catch (e) {
        expect(e).toBeInstanceOf(PlanInputError);
        return (e as PlanInputError).message.split('\n')[0];
      }
      return 'no error';
    };
    expect(error('level: town\n')).toContain(
      'plan.yaml:1: level must be one of national, provincial, city, county',
    );
    expect(error('\nperiod: { start: 2025, end: 2021 }\n')).toContain(
      'plan.yaml:2: period: the period ends (2021) before it starts (2025)',
    );
    expect(error('period: { start: 2021 }\n')).toContain('period lacks "end"');
  });
});

describe('level and region on the gold corpus', () => {
  it('agrees with the gold level and region (figure printed; a floor guards it)', () => {
    const root = process.cwd();
    // Scored as `npm run eval` scores it (level/region right), on the plans whose gold gives a level.
    const scores = corpusIds(root).map((id) => {
      const run = runPlan(join(CORPUS_DIR, id), root);
      return { id, ...matchLevelRegion(run.gold, run.view) };
    });
    const scored = scores.filter((s) => s.of > 0);
    const right = scored.reduce((n, s) => n + s.right, 0);
    console.log(`level/region right on the corpus: ${right} / ${scored.length}`);
    // Misreadings are listed in EVAL.md (level/region right); this floor stops a broad regression.
    // 5%: the session-6 blind set's three misreadings (a district, a zone, a regional plan) are fixed.
    const wrong = scored.flatMap((s) => s.wrong.map((w) => `${s.id}: ${w}`));
    expect(scored.length).toBeGreaterThan(20);
    expect(wrong.length, wrong.join('; ')).toBeLessThanOrEqual(Math.floor(scored.length * 0.05));
  }, 60_000);
});
