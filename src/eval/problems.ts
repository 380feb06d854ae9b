/** What to fix in one plan: misses, false hits, wrong tiers and attributes, inventions, as labelled lists. */
import { KIND_NAMES, SHARE_NAMES, TALLY_NAMES } from './rows.ts';
import { KINDS, SHARES, TALLIES, type PlanScores } from './score-types.ts';

export interface ProblemList {
  label: string;
  items: string[];
}

/** Every non-empty list of one plan, in a fixed order. */
export function planProblems(p: PlanScores): ProblemList[] {
  const lists: ProblemList[] = [];
  for (const k of KINDS) {
    lists.push({ label: `${KIND_NAMES[k]} missed`, items: p[k].misses });
    lists.push({ label: `${KIND_NAMES[k]} false hits`, items: p[k].falseHits });
  }
  for (const k of SHARES) lists.push({ label: `${SHARE_NAMES[k]}: not`, items: p[k].wrong });
  for (const k of TALLIES) lists.push({ label: TALLY_NAMES[k], items: p[k].items });
  return lists.filter((l) => l.items.length > 0);
}

/** At most `max` items, then "… and N more". */
export function capped(items: string[], max: number): string[] {
  return items.length <= max ? items : [...items.slice(0, max), `… and ${items.length - max} more`];
}
