/** Goals: a found statement contains the gold text (case and spaces ignored) and the years agree. */
import type { Gold } from './gold-types.ts';
import { scored } from './match-names.ts';
import { textKey } from './normalise.ts';
import { oneToOne } from './one-to-one.ts';
import type { KindScore } from './score-types.ts';
import type { ModelView } from './view-types.ts';

const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const withYear = (text: string, year?: number) => `${text} (${year ?? 'no year'})`;

export function matchGoals(gold: Gold, view: ModelView): KindScore {
  const statements = view.goals.map((g) => textKey(g.statement));
  const pairs = oneToOne(
    gold.goals,
    view.goals.map((g, j) => ({ ...g, key: statements[j]! })),
    (g, f) => f.key.includes(textKey(g.text)) && g.year === f.year,
  );
  return scored(
    pairs,
    gold.goals.map((g) => withYear(g.text, g.year)),
    view.goals.map((g) => withYear(short(g.statement), g.year)),
  );
}
