/** Lists with no trigger word: after a verb of development ("develop A, B and C", "lay out A
 *  and B") and before its passive ("A, B and C will be developed"); "take A and B as the
 *  leading industry" names its category after "as". The caller keeps a list only when its
 *  names read like industries (heads.ts). */
import { categoryEndingAt, words, type Category, type Lexicon, type Word } from './categories.ts';
import { backward, forward, type Item } from './list-items.ts';
import type { ListPatterns } from './list-patterns.ts';
import type { Span } from './text.ts';

export interface VerbList {
  items: Item[];
  category?: Category;
}

/** The verb-led and passive lists of one sentence part (`ws`: its words). */
export function verbLists(
  text: string,
  ws: Word[],
  part: Span,
  lex: Lexicon,
  pat: ListPatterns,
  known: (name: string) => boolean,
  endOf: (from: number) => number,
): VerbList[] {
  const out: VerbList[] = [];
  // A list needs two names (a comma or an "and") or one and its category after "as" (a cheap
  // test first).
  if (!/[,，、]|\b(?:and|as)\b/.test(part.text)) return out;
  for (let i = 0; i < ws.length; i++) {
    const n = verbAt(ws, i, pat.verbs);
    const ing = n === 0 && gerund(ws[i].lower, pat.verbs);
    if (n === 0 && !ing) continue;
    const from = ws[i + Math.max(n, 1) - 1].end;
    const { items } = forward(text, from, endOf(from), lex, known);
    if (items.length === 0) continue;
    const category = asCategory(text, items[items.length - 1].end, part.end, lex);
    // "in developing A as a characteristic industry": one name is a list when the text gives
    // its category; otherwise a list needs two, after the verb itself.
    if (category && items.length === 1) out.push({ items, category });
    else if (items.length >= 2 && !ing) out.push(category ? { items, category } : { items });
  }
  // "... will be developed": "be" after a modal, then (an adverb and) a participle.
  for (let i = 1; i + 1 < ws.length; i++) {
    if (ws[i].lower !== 'be' || !MODALS.has(ws[i - 1].lower === 'to' ? 'to' : ws[i - 1].lower))
      continue;
    const next = /ly$/.test(ws[i + 1].lower) ? ws[i + 2] : ws[i + 1];
    if (!next || !pat.participles.has(next.lower)) continue;
    const modal = ws[i - 1].lower === 'to' && i >= 2 ? ws[i - 2] : ws[i - 1];
    const items = backward(text, part.start, modal.start, lex, known);
    if (items.length >= 2) out.push({ items });
  }
  return out;
}

const MODALS = new Set(['will', 'shall', 'should', 'must', 'to']);

/** Whether a word is the -ing form of a one-word lead verb ("developing", "cultivating"). */
function gerund(word: string, verbs: Map<string, string[][]>): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`].some((verb) => verbs.get(verb)?.some((phrase) => phrase.length === 1));
}

/** How many words of a lead verb phrase start at `ws[i]` (0: none). */
function verbAt(ws: Word[], i: number, verbs: Map<string, string[][]>): number {
  let best = 0;
  for (const phrase of verbs.get(ws[i].lower) ?? []) {
    if (phrase.length <= best) continue;
    if (phrase.every((p, k) => ws[i + k]?.lower === p)) best = phrase.length;
  }
  return best;
}

/** "... as the leading industry": a category right after the list. */
function asCategory(text: string, from: number, to: number, lex: Lexicon): Category | undefined {
  const m = /^\s*as\s+(?:the\s+|our\s+|its\s+)?/i.exec(text.slice(from, to));
  if (!m) return undefined;
  const ws = words(text.slice(from + m[0].length, to), from + m[0].length).slice(0, 6);
  for (let i = 0; i < ws.length; i++) {
    const category = categoryEndingAt(text, ws, i, lex);
    if (category?.tier) return category;
  }
  return undefined;
}
