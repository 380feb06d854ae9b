/**
 * A plan's short title for navigation, search filters and lists of plans: the title itself when
 * short, else the title without genre wording it can do without. Never cut: a name that ends in
 * "…" names no plan in a filter or a list of plans.
 */

/** Titles up to this long are their own short title; longer ones lose wording, down to this. */
export const MAX_SHORT_TITLE = 60;

/** Genre wording a long title can do without, dropped in this order while it is too long. */
const DROPS: [RegExp, string][] = [
  // "Plan for the (High-Quality) Development of the X" is the plan for the X.
  [/\bfor the (?:High[- ]Quality )?Development of (?=\S)/gi, 'for '],
  // A place's type word after its name: "Jiangsu Province", "Beijing Municipality" say "Jiangsu", "Beijing".
  [/\b([A-Z]\w*) (?:Province|Municipality|Autonomous Region|City)(?= )/g, '$1'],
];

/** A clause boundary a news headline used as a title may end at ("…, and made every effort"). */
const CLAUSE = /[,;:] /g;

/** The short title of `title`: whole words only, never an ellipsis. */
export function shortTitleOf(title: string): string {
  let short = title.trim();
  for (const [re, by] of DROPS) {
    if (short.length <= MAX_SHORT_TITLE) return short;
    short = short.replace(re, by);
  }
  if (short.length <= MAX_SHORT_TITLE) return short;
  // A headline of several clauses: its first clause names the plan.
  const first = [...short.matchAll(CLAUSE)].find((m) => m.index >= 20);
  return first ? short.slice(0, first.index) : short;
}
