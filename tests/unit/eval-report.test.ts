import { describe, expect, it } from 'vitest';
import { planFigures, evalJson } from '../../src/eval/report-json.ts';
import { evalMarkdown } from '../../src/eval/report-md.ts';
import { textReport } from '../../src/eval/report-text.ts';
import { regressions } from '../../src/eval/regressions.ts';
import { corpusTotals, kindScore, share } from '../../src/eval/score.ts';
import type { PlanScores } from '../../src/eval/score-types.ts';

function plan(
  id: string,
  tp: number,
  gold: number,
  found: number,
  extra: Partial<PlanScores> = {},
): PlanScores {
  const k = kindScore(tp, gold, found);
  return {
    plan: id,
    title: kindScore(1, 1, 1),
    sections: k,
    industries: k,
    tierLabels: kindScore(0, 0, 0),
    places: k,
    goals: k,
    targets: k,
    tiersRight: share(1, 2),
    tierCountsRight: share(0, 0),
    baselinesPaired: share(0, 0),
    qualifiersRight: share(1, 1),
    scopesRight: share(1, 1),
    levelRegionRight: share(1, 1),
    tiersInvented: { count: 0, items: [] },
    foreign: { count: 0, items: [] },
    ...extra,
  };
}

describe('eval: scores', () => {
  it('computes P, R and F1 from counts, null where there is nothing to measure', () => {
    expect(kindScore(3, 4, 6)).toMatchObject({ precision: 0.5, recall: 0.75, f1: 0.6 });
    expect(kindScore(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
    expect(kindScore(0, 0, 2)).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(share(0, 0).share).toBeNull();
  });

  it('sums counts over plans for the corpus total (micro)', () => {
    const total = corpusTotals([
      plan('a', 1, 2, 2, { foreign: { count: 2, items: ['x', 'y'] } }),
      plan('b', 3, 4, 3),
    ]);
    expect(total.plan).toBe('corpus');
    expect(total.targets).toEqual(kindScore(4, 6, 5));
    expect(total.tiersRight).toEqual(share(2, 4));
    expect(total.foreign).toEqual({ count: 2, items: [] });
  });
});

describe('eval: reports', () => {
  const scores = {
    plans: [
      plan('b-plan', 1, 2, 2, {
        targets: kindScore(1, 2, 2, ['"10%" [percent 10, 2025]'], ['a | b']),
      }),
      plan('a-plan', 2, 2, 2),
    ],
    total: corpusTotals([]),
  };

  it('writes EVAL.json with plans sorted, rounded figures and no lists', () => {
    const json = JSON.parse(evalJson(scores));
    expect(Object.keys(json.plans)).toEqual(['a-plan', 'b-plan']);
    expect(json.plans['b-plan'].targets).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      found: 2,
      gold: 2,
      right: 1,
    });
    expect(json.plans['b-plan'].tiersRight).toEqual({ share: 0.5, right: 1, of: 2 });
    expect(json.plans['b-plan'].tiersInvented).toEqual({ count: 0 });
    expect(planFigures(plan('x', 1, 3, 3)).goals.f1).toBe(0.3333);
    expect(evalJson(scores)).toBe(evalJson(scores));
  });

  it('writes EVAL.md tables and each plan’s problems, with markup characters escaped', () => {
    const md = evalMarkdown(scores);
    expect(md).toContain(
      '| a-plan | 1.00 | 1.00 | 1.00 | – | 1.00 | 1.00 | 1.00 | 0.50 | – | 0 | – | 1.00 | 1.00 | 1.00 | 0 |',
    );
    expect(md).toContain('### b-plan');
    expect(md).toContain('- targets missed (1):\n  - "10%" \\[percent 10, 2025\\]');
    expect(md).toContain('- targets false hits (1):\n  - a \\| b');
    expect(md.indexOf('### a-plan')).toBeLessThan(md.indexOf('### b-plan'));
  });

  it('prints a table per plan and the misses in detail when asked', () => {
    const lines = textReport({ plans: [scores.plans[0]!], total: scores.total }, true);
    expect(lines.slice(0, 4)).toEqual([
      '== b-plan',
      'kind                   P     R    F1  found  gold  right',
      '------------------  ----  ----  ----  -----  ----  -----',
      'title               1.00  1.00  1.00      1     1      1',
    ]);
    expect(lines).toContain('targets missed (1):');
    expect(lines).toContain('  - "10%" [percent 10, 2025]');
  });
});

describe('eval: regressions against EVAL.json', () => {
  const figures = (f1: number | null, tiers: number | null, invented: number) => ({
    targets: { f1 },
    tiersRight: { share: tiers },
    baselinesPaired: { share: null },
    tiersInvented: { count: invented },
    foreign: { count: 0 },
  });

  it('names the plan and kind of every drop and rise, and plans missing on either side', () => {
    const committed = { plans: { a: figures(0.8, 0.5, 0), gone: figures(1, 1, 0) } };
    const current = { plans: { a: figures(0.79, 0.49, 1), fresh: figures(1, 1, 0) } };
    expect(regressions(committed, current)).toEqual([
      'fresh: no committed figures in EVAL.json (run npm run eval and commit EVAL.md and EVAL.json)',
      'a targets: F1 dropped from 0.800 to 0.790',
      'a tiersRight: dropped from 0.500 to 0.490',
      'a tiersInvented: rose from 0 to 1',
      'gone: in EVAL.json but not in tests/corpus (run npm run eval)',
    ]);
  });

  it('lets figures move within 0.005 and treats nothing to find as perfect', () => {
    const committed = { plans: { a: figures(0.8, 0.5, 1) } };
    expect(regressions(committed, { plans: { a: figures(0.796, 0.6, 0) } })).toEqual([]);
    expect(
      regressions({ plans: { a: figures(1, null, 0) } }, { plans: { a: figures(null, 0, 0) } }),
    ).toEqual([]);
  });
});
