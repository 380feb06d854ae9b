/** Precision, recall and F1 from counts, shares, and micro totals over plans. */
import {
  KINDS,
  SHARES,
  TALLIES,
  type KindScore,
  type PlanScores,
  type Share,
  type Tally,
} from './score-types.ts';

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** A KindScore from counts and the lists of misses and false hits. */
export function kindScore(
  tp: number,
  gold: number,
  found: number,
  misses: string[] = [],
  falseHits: string[] = [],
): KindScore {
  return {
    tp,
    gold,
    found,
    precision: ratio(tp, found),
    recall: ratio(tp, gold),
    f1: ratio(2 * tp, gold + found),
    misses,
    falseHits,
  };
}

export function share(right: number, of: number, wrong: string[] = []): Share {
  return { right, of, share: ratio(right, of), wrong };
}

/** Micro totals: counts summed over plans, figures computed from the sums (lists left empty). */
export function corpusTotals(plans: PlanScores[]): PlanScores {
  const total = { plan: 'corpus' } as PlanScores;
  const sum = (f: (p: PlanScores) => number) => plans.reduce((n, p) => n + f(p), 0);
  for (const k of KINDS)
    total[k] = kindScore(
      sum((p) => p[k].tp),
      sum((p) => p[k].gold),
      sum((p) => p[k].found),
    );
  for (const s of SHARES)
    total[s] = share(
      sum((p) => p[s].right),
      sum((p) => p[s].of),
    );
  for (const t of TALLIES) total[t] = { count: sum((p) => p[t].count), items: [] } satisfies Tally;
  return total;
}
