/** The list rules of structure.yaml as regular expressions and word lists: trigger words,
 *  words after a category, reverse phrases, anaphora and the verbs that lead a list. */
import type { ListRules } from '../editorial/types.ts';

/** Compiled list rules. */
export interface ListPatterns {
  triggers: RegExp;
  afterCategory: RegExp;
  reverse: RegExp;
  anaphora: RegExp;
  /** Verbs of development that lead a list with no trigger ("develop A, B and C"), as words,
   *  by their first word. */
  verbs: Map<string, string[][]>;
  /** Their participles ("A and B will be developed"). */
  participles: Set<string>;
}

const alternation = (phrases: string[]) =>
  phrases
    .filter((p) => p.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      /^\p{L}/u.test(p)
        ? `(?<![\\p{L}\\p{N}-])${p.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}-])`
        : escape(p.trim()),
    )
    .join('|') || '(?!)';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list rules as regular expressions. */
export function listPatterns(rules: ListRules): ListPatterns {
  const colon = rules.triggers.includes(':') ? ['：'] : [];
  return {
    triggers: new RegExp(alternation([...rules.triggers, ...colon]), 'giu'),
    afterCategory: new RegExp(alternation(rules.afterCategory), 'giu'),
    reverse: new RegExp(alternation(rules.reverse), 'giu'),
    anaphora: new RegExp(`^(?:${alternation(rules.anaphora)})\\s*,?\\s*`, 'iu'),
    verbs: byFirstWord(rules.leadVerbs ?? []),
    participles: new Set((rules.leadVerbs ?? []).map(participle)),
  };
}
/** Phrases as words, grouped by their first word. */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const ws = phrase.toLowerCase().trim().split(/\s+/);
    out.set(ws[0], [...(out.get(ws[0]) ?? []), ws]);
  }
  return out;
}

/** The passive participle of a verb phrase's verb: "develop" → "developed", "lay out" → "laid". */
function participle(phrase: string): string {
  const [verb] = phrase.toLowerCase().trim().split(/\s+/);
  const irregular: Record<string, string> = {
    build: 'built',
    grow: 'grown',
    lay: 'laid',
    make: 'made',
  };
  const done =
    irregular[verb] ??
    (verb.endsWith('e')
      ? `${verb}d`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ied`
        : `${verb}ed`);
  return done;
}
