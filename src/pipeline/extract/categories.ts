/** Category phrases: "the three pillar industries", '"9" key areas of strategic emerging
 *  industries', "other emerging industries", read from the words around a category noun. */
import type { ListRules, TierRules } from '../editorial/types.ts';

/** A word of a text with its offsets. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** A category phrase: its label as the text words it and the count it states. */
export interface Category {
  label: string;
  /** Lowercase, hyphens as spaces: the key that groups the same category. */
  key: string;
  count?: number;
  start: number;
  end: number;
  /** Where the phrase begins with its count and "other" / "these" ("other six key industries"). */
  from: number;
  /** Its noun names industries ("industries", "sectors", "clusters", or a counted "areas"). */
  strong: boolean;
  /** It is one of the plan's categories: a qualifier word or a count, no generic word. */
  tier: boolean;
  /** Preceded by "other" ("A, B and other key industries"): the list stands before it. */
  other: boolean;
  /** Its words say its members are not the plan's industries ("traditional industries"). */
  excluded?: boolean;
}

/** Compiled word lists. */
export interface Lexicon {
  nouns: string[][];
  countedNouns: string[][];
  /** Last words of the nouns: a word not among them ends no category (a cheap first test). */
  nounEnds: Set<string>;
  qualifiers: Set<string>;
  generic: Set<string>;
  excluded: Set<string>;
  clause: Set<string>;
  genericNames: Set<string>;
  prefixes: string[][];
  /** Head nouns of industry names (heads.ts); a list with no trigger needs them. */
  heads?: Set<string>;
}

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
/** Measure words a count may carry before its category's own words. */
const MEASURES = new Set(['big', 'major', 'large', 'great']);
/** Words that end a category phrase's modifiers, read backwards. */
const STOP = new Set(
  'the a an of and or for in on at to with as from by into such other these those its their our this that'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|["“”'‘’]?[0-9]+["“”'‘’]?|["“”][A-Z]["“”]/gu;

const split = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

/** The word lists of structure.yaml, ready to use. */
export function lexicon(tiers: TierRules, lists: ListRules): Lexicon {
  const byLength = (phrases: string[]) =>
    phrases.map(split).sort((a, b) => b.length - a.length || a.join().localeCompare(b.join()));
  return {
    nouns: byLength(tiers.nouns),
    countedNouns: byLength(tiers.countedNouns),
    nounEnds: new Set([...tiers.nouns, ...tiers.countedNouns].map((n) => split(n).at(-1) ?? '')),
    qualifiers: new Set(tiers.qualifiers.flatMap(split)),
    generic: new Set(tiers.generic.flatMap(split)),
    excluded: new Set((lists.excluded ?? []).flatMap(split)),
    clause: new Set(lists.clauseWords.flatMap(split)),
    genericNames: new Set(lists.generic.map((w) => w.toLowerCase())),
    prefixes: byLength(lists.prefixes),
  };
}

/** The words of `text` (quoted numbers and quoted letters such as "9" and "X" are words). */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}

/** Whether `ws[at...]` spells `phrase` (lowercase words; hyphenated words compare by parts). */
export function spells(ws: Word[], at: number, phrase: string[]): number {
  const parts: string[] = [];
  let used = 0;
  for (let i = at; i < ws.length && parts.length < phrase.length; i++, used++)
    parts.push(...ws[i].lower.split('-'));
  return parts.length === phrase.length && parts.every((p, k) => p === phrase[k]) ? used : 0;
}

/** A count word: 3, "three", "9" (quoted key), or a quoted letter key ("X": no count). */
function countOf(word: Word): { count?: number } | undefined {
  const bare = word.lower.replace(/["“”'‘’]/g, '');
  if (/^[0-9]+$/.test(bare)) return { count: Number(bare) };
  if (bare in NUMBERS) return { count: NUMBERS[bare] };
  if (/^["“”][a-z]["“”]$/.test(word.lower)) return {};
  return undefined;
}

/** The category phrase whose noun ends at word `at` (inclusive), if any. `text` is the text
 *  the words come from (for the label as written). */
export function categoryEndingAt(
  text: string,
  ws: Word[],
  at: number,
  lex: Lexicon,
  offset = 0,
): Category | undefined {
  const lower = ws[at].lower;
  if (!lex.nounEnds.has(lower.slice(lower.lastIndexOf('-') + 1))) return undefined;
  const noun = nounEndingAt(ws, at, lex);
  if (!noun) return undefined;
  let first = at - noun.length + 1;
  let i = first - 1;
  const modifiers: Word[] = [];
  while (i >= 0 && modifiers.length < 4) {
    const w = ws[i];
    if (STOP.has(w.lower) || lex.clause.has(w.lower) || countOf(w)) break;
    if (/^[0-9]/.test(w.lower)) break;
    modifiers.unshift(w);
    i--;
  }
  first = i + 1;
  // Words before the first qualifier belong to what precedes ("brain-like intelligence future
  // industries"), unless a count, "other" or "the" shows the phrase starts there ("the marine
  // emerging industries").
  const q = modifiers.findIndex(
    (m) => m.lower.split('-').some((p) => lex.qualifiers.has(p)) || lex.qualifiers.has(m.lower),
  );
  const lead =
    ws[i] && (countOf(ws[i]) || ['other', 'these', 'those', 'the'].includes(ws[i].lower));
  if (q > 0 && !lead) {
    modifiers.splice(0, q);
    i = ws.indexOf(modifiers[0]) - 1;
    first = i + 1;
  }
  // "5 big pillar industries": a count's measure word (大 in machine translation) is no part
  // of the label.
  if (ws[i] && countOf(ws[i]) && modifiers.length > 1 && MEASURES.has(modifiers[0].lower))
    modifiers.shift();
  let count: number | undefined;
  let keyed = false;
  const before = ws[i];
  if (before && countOf(before)) {
    count = countOf(before)!.count;
    keyed = true;
    i--;
  }
  // '"9" key areas of strategic emerging industries': the counted phrase before "of" is the category.
  const head = ws[i];
  if (head?.lower === 'of' && i >= 1) {
    const outer = categoryEndingAt(text, ws, i - 1, lex, offset);
    if (outer && outer.count !== undefined && !outer.other) {
      const start = outer.start;
      const label = text.slice(start - offset, ws[at].end - offset);
      return { ...outer, label: tidy(label), key: keyOf(label), end: ws[at].end };
    }
  }
  // "and other key industries", "these emerging industries": the list stands before the phrase.
  const other = ['other', 'these', 'those'].includes(ws[i]?.lower ?? '');
  const words = modifiers.map((w) => w.lower.split('-')).flat();
  const generic = words.some((w) => lex.generic.has(w));
  const strongNoun = noun.kind === 'noun' || count !== undefined;
  const qualified =
    words.some((w) => lex.qualifiers.has(w)) || modifiers.some((m) => lex.qualifiers.has(m.lower));
  const start = (modifiers[0] ?? ws[first]).start;
  const from = other ? ws[i].start : keyed ? ws[i + 1].start : start;
  const label = text.slice(start - offset, ws[at].end - offset);
  if (modifiers.length === 0 && !keyed) {
    // A bare "industries such as" names no category and weighs like "fields such as".
    const strong = noun.kind === 'noun' && ws[at].lower.includes('-');
    return { label, key: keyOf(label), start, end: ws[at].end, from, strong, tier: false, other };
  }
  const excluded = words.some((w) => lex.excluded.has(w));
  return {
    label: tidy(label),
    key: keyOf(label),
    ...(count !== undefined ? { count } : {}),
    ...(excluded ? { excluded } : {}),
    start,
    end: ws[at].end,
    from,
    strong: strongNoun,
    tier: strongNoun && modifiers.length > 0 && !generic && (qualified || keyed),
    other,
  };
}

/** The category noun (or counted noun) whose last word is `ws[at]`. */
function nounEndingAt(
  ws: Word[],
  at: number,
  lex: Lexicon,
): { length: number; kind: 'noun' | 'counted' } | undefined {
  for (const [list, kind] of [
    [lex.nouns, 'noun'],
    [lex.countedNouns, 'counted'],
  ] as const) {
    for (const phrase of list) {
      for (let n = 1; n <= phrase.length && at - n + 1 >= 0; n++) {
        // "areas" is a category only with a count: the caller's `strong` says so.
        if (spells(ws, at - n + 1, phrase) === n) return { length: n, kind };
        // "bio-industries": a one-word noun at the end of a hyphenated word.
        if (n === 1 && phrase.length === 1 && ws[at].lower.split('-').at(-1) === phrase[0])
          return { length: 1, kind };
      }
    }
  }
  return undefined;
}

/** A label as shown: a sentence-initial capital lowered ("Core digital industries" → "core
 *  digital industries"), acronyms kept. */
export function tidy(label: string): string {
  let clean = label.replace(/\s+/g, ' ').trim();
  // A title's "Key Industries" reads "key industries".
  if (/^(?:[A-Z][a-z-]*\s*)+$/.test(clean)) clean = clean.toLowerCase();
  return /^[A-Z][a-z]/.test(clean) ? clean.charAt(0).toLowerCase() + clean.slice(1) : clean;
}

/** The grouping key of a label: lowercase, hyphens and runs of spaces as one space. */
export function keyOf(label: string): string {
  return label
    .toLowerCase()
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
