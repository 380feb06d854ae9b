/** Enumerations of industries in a sentence: after "such as", "including", "namely", a colon or
 *  "are" after a category; before "and other key industries"; before "have been selected as";
 *  after "Among them,". Each list keeps its items as written and the category it names. */
import type { ListRules } from '../editorial/types.ts';
import { categoryEndingAt, words, type Category, type Lexicon, type Word } from './categories.ts';
import { notIndustry, readsLikeIndustries } from './heads.ts';
import type { Span } from './text.ts';
import { verbLists } from './verb-lists.ts';

/** One item of a list: where it stands and the name it gives. */
export interface Item {
  start: number;
  end: number;
  /** As written, without a leading article or "the development of". */
  text: string;
  /** Without a trailing "industry" and a bracketed abbreviation. */
  name: string;
  /** "VR" in "virtual reality (VR)". */
  abbreviation?: string;
}

/** Whether a name is the vocabulary's. */
type Known = (name: string) => boolean;

export interface Enumeration {
  items: Item[];
  category?: Category;
  /** A list of industries: named by an industry noun, or mostly of known industries. */
  accepted: boolean;
  /** Led by a verb of development, with no trigger word ("develop A, B and C"). */
  verbLed?: boolean;
}

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

const FILLERS = new Set(['mainly', 'especially', 'particularly', 'namely', 'chiefly', 'primarily']);
const NOT_NAME_START = new Set(
  'not no never still very too quite rather relatively less'.split(' '),
);
const PREPOSITIONS = new Set(
  'in on at for with from to by of around about into within across among'.split(' '),
);
/** Words after which an item's name has ended ("service robots for medical care", "materials
 *  in advance", "A and B as the leading industry"). */
const CUT = new Set(
  'in at for with from toward towards into across along through during under on as ahead via while'.split(
    ' ',
  ),
);
/** "in vitro diagnostics": a Latin phrase, not a preposition. */
const LATIN = new Set(['vitro', 'vivo', 'situ']);
const ENDS = new Set('the a an of and or for in on at with from as such'.split(' '));

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

/** The words of a span of `text` and the category ending at each, worked out once when first
 *  asked (every rule of `enumerations` asks, most for each word). */
export interface WordView {
  ws: Word[];
  categoryAt(i: number): Category | undefined;
}

export function wordView(text: string, span: Span, lex: Lexicon): WordView {
  const ws = words(span.text, span.start);
  const categories: (Category | null)[] = [];
  return {
    ws,
    categoryAt(i) {
      if (categories[i] === undefined) categories[i] = categoryEndingAt(text, ws, i, lex) ?? null;
      return categories[i] ?? undefined;
    },
  };
}

/** The lists in one sentence part (`part` offsets are those of the block text `text`); `view`
 *  is the part's, when the caller has it. */
export function enumerations(
  text: string,
  part: Span,
  lex: Lexicon,
  pat: ListPatterns,
  known: (name: string) => boolean,
  previous?: Category,
  view: WordView = wordView(text, part, lex),
): Enumeration[] {
  const { ws, categoryAt } = view;
  const found: Enumeration[] = [];
  const used: [number, number][] = [];
  const free = (start: number, end: number) => !used.some(([a, b]) => start < b && a < end);
  const add = (
    items: Item[],
    category: Category | undefined,
    min = 1,
    named = false,
    weak = false,
    likeOk = true,
  ) => {
    if (items.length < min) return;
    const first = items[0].start;
    const last = items[items.length - 1].end;
    if (!free(first, last)) return;
    // A list with no trigger word stands only when its names read like industries.
    if (weak && !category?.strong && !readsLikeIndustries(items, lex, known)) return;
    used.push([first, last]);
    if (category?.excluded) {
      used.push([first, last]);
      return;
    }
    // "four industrial chains: A, B, C and D": a counted phrase with no qualifier is one of the
    // plan's categories when exactly that many names follow it.
    if (
      category &&
      !category.tier &&
      category.strong &&
      !category.other &&
      category.count === items.length &&
      category.key.includes(' ')
    )
      category = { ...category, tier: true };
    const hits = items.filter((item) => known(item.name)).length;
    const strong = category?.strong === true || named;
    const accepted =
      strong ||
      weak ||
      (hits >= 2 && hits * 3 >= items.length * 2) ||
      (likeOk && readsLikeIndustries(items, lex, known));
    found.push({
      items,
      ...(category ? { category } : {}),
      accepted,
      ...(weak ? { verbLed: true } : {}),
    });
  };
  const wordIndexBefore = (at: number) => {
    let i = ws.findIndex((w) => w.start >= at) - 1;
    if (i === -2) i = ws.length - 1;
    while (i >= 0 && FILLERS.has(ws[i].lower)) i--;
    return i;
  };
  const categoryBefore = (at: number) => {
    const i = wordIndexBefore(at);
    return (i >= 0 ? categoryAt(i) : undefined) ?? quotedKey(text, part, at);
  };
  // "12 key sectors have been selected for management, including A, B": a counted category
  // earlier in the same part, with no list between.
  const countedBefore = (at: number) => {
    let found: Category | undefined;
    for (let i = 0; i < ws.length && ws[i].end <= at; i++) {
      const category = categoryAt(i);
      if (category?.tier && category.count !== undefined) found = category;
    }
    return found && free(found.end, at) ? found : undefined;
  };
  // "In high-tech industries, it will focus on A, B": a part opening on an industry noun names
  // industries in the list after it, though no category of the plan's (the opening is a topic).
  const topic = () => {
    const lead = /^\s*(?:in|within|among)\s+[^,，]{1,60}[,，]/iu.exec(part.text);
    if (!lead) return false;
    const i = wordIndexBefore(part.start + lead[0].trimEnd().length - 1);
    return i >= 0 && categoryAt(i)?.strong === true;
  };
  // A list ends where the next one starts ("focuses on key areas such as A, B").
  const starts: number[] = [];
  const triggers = matches(pat.triggers, part.text);
  for (const m of triggers) if (!inBrackets(part.text, m.index)) starts.push(part.start + m.index);
  const endOf = (from: number) => starts.find((at) => at > from) ?? part.end;
  // After a trigger: "pillar industries such as A, B and C".
  for (const [list, needsCategory, min] of [
    [triggers, false, 1],
    [matches(pat.afterCategory, part.text), true, 2],
  ] as const) {
    for (const m of list) {
      // "A (including B) and C": the bracket is an aside inside another list.
      if (inBrackets(part.text, m.index)) continue;
      const at = part.start + m.index;
      const direct = categoryBefore(at);
      if (needsCategory && !direct?.strong) continue;
      // "the pillar industries are the backbone of ...": a predicate, not a list.
      if (needsCategory && /^\s*(?:the|a|an)\s/i.test(text.slice(at + m[0].length, part.end)))
        continue;
      const intro = direct ?? countedBefore(at);
      let from = at + m[0].length;
      // "include: A, B": the colon after a trigger belongs to it.
      const rest = text.slice(from, part.end);
      from += rest.length - rest.replace(/^\s*[:：]/, '').length;
      const { items, closing } = forward(text, from, endOf(from), lex, known);
      const category = choose(intro, closing);
      // "key technologies such as A, B": what the noun before the trigger names is no industry.
      const noun = ws[wordIndexBefore(at)]?.lower ?? '';
      add(items, category, min, !category && topic(), false, !notIndustry(noun));
    }
  }
  // Before "have been selected as key industries".
  pat.reverse.lastIndex = 0;
  for (let m = pat.reverse.exec(part.text); m; m = pat.reverse.exec(part.text)) {
    const at = part.start + m.index;
    const after = ws.findIndex((w) => w.start >= at + m![0].length);
    let category: Category | undefined;
    for (let i = after; i >= 0 && i < ws.length && i < after + 8 && !category; i++)
      category = categoryAt(i);
    add(backward(text, part.start, at, lex, known), category, 2);
  }
  // Before "and other key industries" / "these emerging industries" / "two advantage industries".
  for (let i = 0; i < ws.length; i++) {
    const category = categoryAt(i);
    if (!category || !(category.other || category.tier)) continue;
    // Back over "other" / "these", the count, and an "and" before them.
    const head = ws.findIndex((w) => w.start >= category.from);
    const start = ws[head - 1]?.lower === 'and' ? ws[head - 1].start : category.from;
    const items = backward(text, part.start, start, lex, known);
    // "A and other key industries" names one; a bare "A, B future industries" needs two.
    if (category.other) add(items, category, 1);
    else if (items.every((entry) => known(entry.name))) add(items, category, 2);
  }
  // "the integrated circuit, new display and smart hardware industries": the noun is shared.
  for (let i = 0; i < ws.length; i++) {
    const category = categoryAt(i);
    if (!category || category.other || category.tier || !category.strong) continue;
    if (category.count !== undefined || category.start === ws[i].start) continue;
    const items = backward(text, part.start, ws[i].start, lex, known);
    // Names only ("scale of the integrated circuit industry" is no list), three or all known.
    const plain = items.every((entry) => !/\b(?:of|among|them)\b/i.test(entry.text));
    const enough = items.length >= 3 || items.every((entry) => known(entry.name));
    // "A, B and C industries" joins its last item with "and"; "A, B, light industry" does not.
    const joined =
      items.length >= 2 &&
      /\b(?:and|or)\b|&/i.test(text.slice(items.at(-2)!.end, items.at(-1)!.start));
    if (plain && enough && joined && items.at(-1)!.end <= ws[i].start)
      add(items, undefined, 2, true);
  }
  // "four advantageous industries (A, B and C)": the list in brackets after a category.
  for (let i = 0; i < ws.length; i++) {
    const category = categoryAt(i);
    const open = category && /^\s*[(（]/.exec(text.slice(category.end, part.end));
    if (!category || !open) continue;
    const from = category.end + open[0].length;
    const close = text.slice(from, part.end).search(/[)）]/);
    if (close <= 0) continue;
    // One name in brackets is an aside ("(hereinafter the Plan)") unless the vocabulary knows it.
    const items = forward(text, from, from + close, lex, known).items;
    if (items.length > 1 || (items.length === 1 && known(items[0].name))) add(items, category, 1);
  }
  // "two pillar industries, A and B; one leading industry, C": a counted category and, after a
  // comma or dash, exactly that many names.
  for (let i = 0; i < ws.length; i++) {
    const category = categoryAt(i);
    if (!category?.tier || category.count === undefined || category.other) continue;
    const gap = /^\s*(?:[,，:：]|[—–-]{1,2})\s*/.exec(text.slice(category.end, part.end));
    if (!gap) continue;
    const from = category.end + gap[0].length;
    const items = forward(text, from, endOf(from), lex, known).items;
    if (items.length === category.count) add(items, category, 1);
  }
  // "Among them, A, B and C will be built into ...": the previous sentence's category.
  const lead = pat.anaphora.exec(part.text);
  if (lead && previous && found.length === 0) {
    const from = part.start + lead[0].length;
    add(forward(text, from, part.end, lex, known).items, previous, 2);
  }
  // "Develop A, B and C", "A, B and C will be developed": no trigger word (verb-lists.ts).
  for (const list of verbLists(text, ws, part, lex, pat, known, endOf))
    add(list.items, list.category, 2, false, true);
  return found.sort((a, b) => a.items[0].start - b.items[0].start);
}

/** "Wuyuan on dairy" in "X will focus on A, Wuyuan on dairy": a name and a preposition stand
 *  for the left-out verb. */
function gapped(ws: Word[]): boolean {
  return ws.length > 2 && /^\p{Lu}\p{Ll}/u.test(ws[0].text) && ws[1].lower === 'on';
}

/** Whether `at` lies inside an open bracket of `text`. */
function inBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/[(（]/g) ?? []).length > (before.match(/[)）]/g) ?? []).length;
}

/** Every match of a global pattern in `text`. */
function matches(regex: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push(m);
  return out;
}

const COUNTS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+';
const NUMBER: Record<string, number> = Object.fromEntries(
  COUNTS.split('|')
    .slice(0, 12)
    .map((word, k) => [word, k + 1]),
);

/** '"three verticals" are ...': a quoted count and its words name the category. */
function quotedKey(text: string, part: Span, at: number): Category | undefined {
  const before = text.slice(part.start, at);
  const m = new RegExp(
    `["“]\\s*(${COUNTS})\\s+([\\p{L}][\\p{L} -]{1,40}?)\\s*["”]\\s*$`,
    'iu',
  ).exec(before);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const count = NUMBER[word] ?? Number(word);
  const label = m[2].trim();
  // "one core and three belts": a slogan of several groups (a layout), not one category.
  if (new RegExp(`\\b(?:${COUNTS})\\b`, 'i').test(label)) return undefined;
  const start = part.start + m.index + m[0].indexOf(m[2]);
  return {
    label: label.toLowerCase(),
    key: label.toLowerCase(),
    count,
    start,
    end: start + label.length,
    from: part.start + m.index,
    strong: true,
    tier: true,
    other: false,
  };
}

/** The category of a list that has one before and one after it: the one after is a subgroup
 *  ("the 9 key areas include A, B and other three core industries"), unless it only repeats
 *  the one before ("future-oriented leading industries, focusing on A and other leading
 *  industries"). */
function choose(intro?: Category, closing?: Category): Category | undefined {
  if (!closing || (!closing.tier && !closing.strong)) return intro ?? closing;
  if (!intro) return closing;
  if (closing.count === undefined && intro.key.endsWith(closing.key)) return intro;
  return closing.tier ? closing : intro;
}

interface Piece {
  start: number;
  end: number;
}

/** Pieces of `text[from, to)` between commas and semicolons. */
function pieces(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  const sep = /\s*(?:[,;，；、]|\bas well as\b)\s*/g;
  const slice = text.slice(from, to);
  let start = 0;
  for (let m = sep.exec(slice); m; m = sep.exec(slice)) {
    // A comma inside brackets separates the bracket's own list, not this one.
    const before = slice.slice(start, m.index);
    if ((before.match(/[(（]/g) ?? []).length > (before.match(/[)）]/g) ?? []).length) continue;
    out.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  out.push({ start: from + start, end: to });
  return out;
}

/** Items after a trigger, up to the end of the list, and a closing "and other ..." category. */
export function forward(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  known?: Known,
): { items: Item[]; closing?: Category } {
  const items: Item[] = [];
  let closing: Category | undefined;
  let previous: Word[] | undefined;
  for (const piece of pieces(text, from, to)) {
    let ws = outsideBrackets(text, piece);
    let last = false;
    let oxford = false;
    if (ws.length > 0 && ['and', 'or'].includes(ws[0].lower) && items.length > 0) {
      ws = ws.slice(1);
      last = true;
      oxford = true;
    }
    // "around A, B": a preposition before the first item belongs to the sentence. Before a
    // later item it opens a clause ("A and B, and for the development of C"), unless a name
    // stands before it in a gapped list ("X on A, Y on B": the verb is left out).
    if (items.length === 0) while (ws.length > 1 && PREPOSITIONS.has(ws[0].lower)) ws = ws.slice(1);
    else if (gapped(ws)) ws = ws.slice(2);
    else if (ws.length > 0 && PREPOSITIONS.has(ws[0].lower) && !LATIN.has(ws[1]?.lower ?? ''))
      ws = [];
    // "... and other six key industries", "... and so on", "etc."
    const other = ws.findIndex(
      (w, k) => (w.lower === 'other' && ws[k - 1]?.lower === 'and') || w.lower === 'etc',
    );
    if (other >= 0) {
      const cut = ws[other].lower === 'etc' ? other : other - 1;
      for (let k = other + 1; k < ws.length && !closing; k++) {
        const category = categoryEndingAt(text, ws, k, lex);
        if (category?.other) closing = category;
      }
      ws = ws.slice(0, cut);
      last = true;
    }
    const so = ws.findIndex((w, k) => w.lower === 'so' && ws[k + 1]?.lower === 'on');
    if (so > 0) ws = ws.slice(0, so - (ws[so - 1].lower === 'and' ? 1 : 0));
    // ", and aims to lift ...": a clause after the list, not its last item; so is ", relying
    // on ..." (a verb in -ing and its preposition).
    if (oxford && ws.length > 0 && lex.clause.has(ws[0].lower)) ws = [];
    if (items.length > 0 && /ing$/.test(ws[0]?.lower ?? '') && CUT.has(ws[1]?.lower ?? '')) ws = [];
    const clause = ws.findIndex(
      (w, k) =>
        k > 0 &&
        (lex.clause.has(w.lower) ||
          // "... and Dengkou on B" keeps its gapped pair for the split at "and".
          (CUT.has(w.lower) && !(w.lower === 'on' && /^\p{Lu}\p{Ll}/u.test(ws[k - 1].text)))),
    );
    if (clause > 0) {
      ws = ws.slice(0, clause);
      last = true;
    }
    const split = (last || piece.end === to) && !oxford;
    let got = ws.length > 0 ? itemsOf(text, ws, lex, split, known) : [];
    // Too long for one name: two joined by "and" ("A and software and information services").
    if (got.length === 0 && !split && ws.length > 7) got = itemsOf(text, ws, lex, true, known);
    if (got.length === 0) {
      // The piece before was the last one after all: "A, B and C, and build ...".
      const again = previous && itemsOf(text, previous, lex, true, known);
      if (again && again.length > 1) items.splice(items.length - 1, 1, ...again);
      break;
    }
    items.push(...got);
    previous = got.length === 1 ? ws : undefined;
    if (last || got.length > 1) break;
  }
  return closing ? { items, closing } : { items };
}

/** The words of a piece that stand outside brackets ("artificial intelligence (AI)"). */
function outsideBrackets(text: string, piece: Piece): Word[] {
  const slice = text.slice(piece.start, piece.end);
  const inside: [number, number][] = [];
  for (const m of slice.matchAll(/[(（][^()（）]*[)）]/g))
    inside.push([piece.start + m.index, piece.start + m.index + m[0].length]);
  return words(slice, piece.start).filter(
    (w) => !inside.some(([a, b]) => w.start >= a && w.end <= b),
  );
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

/** Items before a position, back to the clause start: the first item loses its leading words
 *  up to the last verb or clause word ("Consolidate optical communication and LASER"). */
export function backward(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  known?: Known,
): Item[] {
  const all = pieces(text, from, to);
  const out: Item[][] = [];
  for (let k = all.length - 1; k >= 0; k--) {
    let ws = outsideBrackets(text, all[k]);
    if (ws.length > 0 && ws[0].lower === 'and' && k > 0) ws = ws.slice(1);
    while (ws.length > 0 && ['and', 'or'].includes(ws[ws.length - 1].lower)) ws = ws.slice(0, -1);
    // "maintain an advantage in A, B and other fields": the list starts after "in".
    // "the revenue of the A and B industries": the list starts after "of the".
    const clause = ws
      .map(
        (w, j) =>
          lex.clause.has(w.lower) ||
          CUT.has(w.lower) ||
          (w.lower === 'of' && ws[j + 1]?.lower === 'the'),
      )
      .lastIndexOf(true);
    const opens = clause >= 0 || k === 0;
    if (clause >= 0) ws = ws.slice(clause + 1);
    const got = itemsOf(text, ws, lex, k === all.length - 1, known);
    if (got.length === 0) break;
    out.unshift(got);
    if (opens) break;
  }
  return out.flat();
}

/** One piece as items: the last piece of a list splits at its last "and" ("C and D"). */
function itemsOf(text: string, ws: Word[], lex: Lexicon, last: boolean, known?: Known): Item[] {
  while (ws.length > 0 && ['and', 'or', 'the', 'a', 'an'].includes(ws[0].lower)) ws = ws.slice(1);
  for (const prefix of lex.prefixes) {
    if (ws.length > prefix.length && prefix.every((p, k) => ws[k].lower === p))
      ws = ws.slice(prefix.length);
  }
  if (ws.length === 0) return [];
  const whole = known?.(text.slice(ws[0].start, ws[ws.length - 1].end));
  const split = last && !whole ? splitAtAnd(text, ws, lex, known) : undefined;
  if (split) return split;
  const one = item(text, ws, lex);
  return one ? [one] : [];
}

/** The last piece's two items. With several "and"s ("new materials and food and beverages")
 *  the split whose sides the vocabulary knows wins; with no such hint, the last "and". */
function splitAtAnd(text: string, ws: Word[], lex: Lexicon, known?: Known): Item[] | undefined {
  let best: Item[] | undefined;
  let bestScore = -1;
  for (let k = ws.length - 2; k > 0; k--) {
    if (ws[k].lower !== 'and') continue;
    const left = item(text, ws.slice(0, k), lex);
    const tail = ws.slice(k + 1);
    const right = item(text, gapped(tail) ? tail.slice(2) : tail, lex);
    if (!left || !right) continue;
    const score = (known?.(left.name) ? 1 : 0) + (known?.(right.name) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [[left, right], score];
  }
  return best;
}

/** An item from its words, if it reads like a name. */
export function item(text: string, ws: Word[], lex: Lexicon): Item | undefined {
  while (ws.length > 1 && ['the', 'a', 'an'].includes(ws[0].lower)) ws = ws.slice(1);
  if (ws.length === 0 || ws.length > 7) return undefined;
  if (ws.some((w) => lex.clause.has(w.lower))) return undefined;
  // "the core industry is not strong": a predicate, and no name starts with these.
  if (NOT_NAME_START.has(ws[0].lower)) return undefined;
  // "relying on Nanjing": a clause that opens with a verb in -ing and its preposition.
  if (/ing$/.test(ws[0].lower) && ENDS.has(ws[1]?.lower ?? '')) return undefined;
  if (ENDS.has(ws[ws.length - 1].lower)) return undefined;
  if (ws.some((w) => /^["“”'‘’]?[0-9]/.test(w.text) && !/^[0-9]+[a-z]$/i.test(w.text)))
    return undefined;
  // A formula or a quotation ('"chip + software + server" servers') is no name.
  if (/[+"“”]/.test(text.slice(ws[0].start, ws[ws.length - 1].end))) return undefined;
  // "the three horizontals": a counted group, not one of its members.
  if (ws.length > 1 && ws[0].lower in NUMBER) return undefined;
  const start = ws[0].start;
  let end = ws[ws.length - 1].end;
  const after = text.slice(end).match(/^\s*\(([^()]{1,40})\)/);
  let abbreviation: string | undefined;
  if (after) {
    if (/^[A-Z][A-Za-z0-9/+&-]*[A-Z0-9]s?$/.test(after[1])) abbreviation = after[1];
  }
  // "four advantageous industries" is a category, not one of its members.
  const category = categoryEndingAt(text, ws, ws.length - 1, lex);
  if (category?.count !== undefined && category.strong) return undefined;
  const written = text.slice(start, end);
  const name = written
    .replace(/\s+(?:industry|industries|sector|sectors)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '' || lex.clause.has(name.toLowerCase())) return undefined;
  if (abbreviation && after) end += after[0].length;
  return { start, end, text: written, name, ...(abbreviation ? { abbreviation } : {}) };
}
