/** Whether a name reads like an industry's: the vocabulary knows it, or it ends in a head noun
 *  of industry names (the vocabulary's last words and structure.yaml's `heads`). */
import type { Editorial } from '../editorial/types.ts';

/** Last words too general to make a name an industry's ("key technologies", "new products"). */
const TOO_GENERAL = new Set(
  'industry industries sector sectors technology technologies economy system systems products product applications application development chain chains cluster clusters'.split(
    ' ',
  ),
);

/** A word without its plural ending: "batteries" → "battery", "devices" → "device". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The head nouns (singular) of the vocabulary's names and aliases and of the rules' `heads`. */
export function industryHeads(editorial: Editorial): Set<string> {
  const heads = new Set<string>();
  const add = (phrase: string) => {
    const last = phrase
      .trim()
      .split(/[\s-]+/)
      .at(-1);
    if (!last || /[A-Z0-9]/.test(last)) return;
    const head = singular(last);
    if (!TOO_GENERAL.has(head) && !TOO_GENERAL.has(last.toLowerCase())) heads.add(head);
  };
  for (const industry of editorial.industries) [industry.name, ...industry.aliases].forEach(add);
  for (const head of editorial.structure.industryLists.heads ?? []) heads.add(singular(head));
  return heads;
}

/** Whether `name` ends in one of `heads` (an acronym such as "AMOLED" or "TFT-LCD" counts:
 *  industries are named by them, tasks are not). */
export function headed(name: string, heads: Set<string>): boolean {
  // "the refuelling of hydrogen": an activity, not a name.
  if (/\sof\s/i.test(name)) return false;
  const last =
    name
      .trim()
      .split(/[\s-]+/)
      .at(-1) ?? '';
  if (/^[A-Z]{2,}$/.test(last) && name.trim().split(/\s+/).length <= 3) return true;
  return heads.has(singular(last));
}

/** Whether a list's names read like industries: two or more, and two in three known to the
 *  vocabulary or ending in a head noun (`lex.heads`). */
export function readsLikeIndustries(
  items: { name: string }[],
  lex: { heads?: Set<string> },
  known: (name: string) => boolean,
): boolean {
  const heads = lex.heads;
  if (!heads) return false;
  const like = items.filter((item) => known(item.name) || headed(item.name, heads)).length;
  return like >= 2 && like * 3 >= items.length * 2;
}

/** Nouns of things that are not industries ("key technologies such as", "projects such as"). */
const NOT_INDUSTRY = new Set(
  'technology component product project platform enterprise company institution facility infrastructure link scenario measure task mechanism'.split(
    ' ',
  ),
);

/** Whether a noun before a list says its items are no industries. */
export function notIndustry(noun: string): boolean {
  return NOT_INDUSTRY.has(singular(noun));
}
