/** Goals: a found statement contains the gold text (case and spaces ignored) and the years agree. */
import type { Gold } from './gold-types.ts';
import { scored } from './match-names.ts';
import { textKey } from './normalise.ts';
import { oneToOne } from './one-to-one.ts';
import type { KindScore } from './score-types.ts';
import type { ModelView } from './view-types.ts';

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const withYear = (text: string, year?: number, note = '') =>
  `${text} (${year ?? 'no year'}${note})`;

export function matchGoals(gold: Gold, view: ModelView): KindScore {
  const statements = view.goals.map((g) => textKey(g.statement));
  const pairs = oneToOne(
    gold.goals,
    view.goals.map((g, j) => ({ ...g, key: statements[j]! })),
    (g, f) => f.key.includes(textKey(g.text)) && g.year === f.year,
  );
  // A missed goal whose text an unmatched statement holds with another year says so.
  const used = new Set(pairs);
  const labels = gold.goals.map((g, i) => {
    const j = statements.findIndex((s, j) => !used.has(j) && s.includes(textKey(g.text)));
    if (pairs[i] !== -1 || j === -1) return withYear(g.text, g.year);
    return withYear(g.text, g.year, `; found with ${view.goals[j]!.year ?? 'no year'}`);
  });
  return scored(
    pairs,
    labels,
    view.goals.map((g) => withYear(short(g.statement), g.year)),
  );
}
