/** What `npm run eval` prints: a table per plan (kinds, shares, tallies), the corpus total, details on request. */
import type { CorpusScores } from './corpus.ts';
import { planProblems } from './problems.ts';
import { HEADER, planRows, textTable } from './rows.ts';
import type { PlanScores } from './score-types.ts';

function planBlock(p: PlanScores, title: string): string[] {
  return [title, ...textTable(HEADER, planRows(p)), ''];
}

/** Console lines: every plan's table, then the corpus total; `detail` adds each plan's problems. */
export function textReport(scores: CorpusScores, detail = false): string[] {
  const out: string[] = [];
  for (const p of scores.plans) {
    out.push(...planBlock(p, `== ${p.plan}`));
    if (detail) {
      for (const list of planProblems(p)) {
        out.push(`${list.label} (${list.items.length}):`, ...list.items.map((i) => `  - ${i}`));
      }
      out.push('');
    }
  }
  if (scores.plans.length > 1)
    out.push(...planBlock(scores.total, `== corpus total (${scores.plans.length} plans, micro)`));
  return out;
}
