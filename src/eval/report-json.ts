/** EVAL.json: the figures of every plan and the corpus total (counts and rounded scores, no lists). */
import type { CorpusScores } from './corpus.ts';
import { KINDS, SHARES, TALLIES, type PlanScores } from './score-types.ts';

const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export interface PlanFigures {
  [kind: string]: Record<string, number | null>;
}

/** The figures of one plan, keyed by kind. */
export function planFigures(p: PlanScores): PlanFigures {
  const out: PlanFigures = {};
  for (const k of KINDS) {
    const s = p[k];
    out[k] = {
      precision: round(s.precision),
      recall: round(s.recall),
      f1: round(s.f1),
      found: s.found,
      gold: s.gold,
      right: s.tp,
    };
  }
  for (const k of SHARES) out[k] = { share: round(p[k].share), right: p[k].right, of: p[k].of };
  for (const k of TALLIES) out[k] = { count: p[k].count };
  return out;
}

/** EVAL.json text: plans sorted by id, then the total; stable key order, trailing newline. */
export function evalJson(scores: CorpusScores): string {
  const plans = Object.fromEntries(
    [...scores.plans]
      .sort((a, b) => a.plan.localeCompare(b.plan))
      .map((p) => [p.plan, planFigures(p)]),
  );
  return `${JSON.stringify({ plans, total: planFigures(scores.total) }, null, 2)}\n`;
}
