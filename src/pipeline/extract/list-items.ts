/** The items of a list: its pieces between commas, read forward after a trigger or backward
 *  before a category, each as a name ("artificial intelligence (AI)" → name and abbreviation). */
import { categoryEndingAt, words, type Category, type Lexicon, type Word } from './categories.ts';
import { tag } from './quantities/counts.ts';

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
/** A dash between words that sets off an apposition ("X -- A, B and C --"), not a hyphen. */
const DASH = /\s(?:-{2}|[—–]{1,2})\s|—/;
/** "in vitro diagnostics": a Latin phrase, not a preposition. */
const LATIN = new Set(['vitro', 'vivo', 'situ']);
const ENDS = new Set('the a an of and or for in on at with from as such'.split(' '));

/** "Wuyuan on dairy" in "X will focus on A, Wuyuan on dairy": a name and a preposition stand
 *  for the left-out verb. */
function gapped(ws: Word[]): boolean {
  return ws.length > 2 && /^\p{Lu}\p{Ll}/u.test(ws[0].text) && ws[1].lower === 'on';
}

export const COUNTS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+';
export const NUMBER: Record<string, number> = Object.fromEntries(
  COUNTS.split('|')
    .slice(0, 12)
    .map((word, k) => [word, k + 1]),
);

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
  let apart = false;
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
    else if (gapped(ws)) {
      // "X on A and B, Y on C": each place's share is its own list, so "A and B" are two.
      ws = ws.slice(2);
      apart = true;
      const again = previous && itemsOf(text, previous, lex, true, known);
      if (again && again.length > 1) items.splice(items.length - 1, 1, ...again);
    } else if (ws.length > 0 && PREPOSITIONS.has(ws[0].lower) && !LATIN.has(ws[1]?.lower ?? ''))
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
      // "A from B; C; and D": a preposition before a semicolon ends the item, not the list.
      const semicolon = /^\s*[;；]/.test(text.slice(piece.end));
      last = !(semicolon && CUT.has(ws[clause].lower) && !lex.clause.has(ws[clause].lower));
      ws = ws.slice(0, clause);
    }
    const split = (last || piece.end === to || apart) && !oxford;
    // "Focusing on A, B and C, the city will ...": after a piece joined by "and", a clause
    // (a piece with a clause word) is the sentence going on, not one more item; so is one
    // after ", and" ("such as A and B, and C with ..."), unless the vocabulary knows the piece
    // before as one name ("iron and steel, and D into ...").
    const joined = previous?.some((w, k) => k > 0 && w.lower === 'and');
    const whole = previous && known?.(text.slice(previous[0].start, previous.at(-1)!.end));
    const ended = clause > 0 && joined && !(oxford && whole);
    let got = ws.length > 0 && !ended ? itemsOf(text, ws, lex, split, known) : [];
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
    // "A, B, C and so on several characteristic industries": the list ends before "and so on".
    const so = ws.findIndex((w, j) => w.lower === 'so' && ws[j + 1]?.lower === 'on');
    if (so >= 0 && k === all.length - 1) ws = ws.slice(0, so);
    while (ws.length > 0 && ['and', 'or'].includes(ws[ws.length - 1].lower)) ws = ws.slice(0, -1);
    // "maintain an advantage in A, B and other fields": the list starts after "in".
    // "the revenue of the A and B industries": the list starts after "of the".
    // "Supporting equipment -- A, B and C -- will be upgraded": after a dash (an apposition).
    const clause = ws
      .map(
        (w, j) =>
          lex.clause.has(w.lower) ||
          CUT.has(w.lower) ||
          (w.lower === 'of' && ws[j + 1]?.lower === 'the') ||
          (j + 1 < ws.length && DASH.test(text.slice(w.end, ws[j + 1].start))),
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
 *  the split whose sides the vocabulary knows wins; then one whose left side ends in a plural
 *  noun, a name's head ("large LNG carriers | and deep-sea oil and gas equipment": "oil and
 *  gas" join two modifiers of one head); with no such hint, the last "and". */
function splitAtAnd(text: string, ws: Word[], lex: Lexicon, known?: Known): Item[] | undefined {
  let best: Item[] | undefined;
  let bestScore = -1;
  const ands = ws.filter((w, k) => k > 0 && w.lower === 'and').length;
  const plural = ands > 1 ? pluralNouns(text, ws) : new Set<number>();
  for (let k = ws.length - 2; k > 0; k--) {
    if (ws[k].lower !== 'and') continue;
    const left = item(text, ws.slice(0, k), lex);
    const tail = ws.slice(k + 1);
    const right = item(text, gapped(tail) ? tail.slice(2) : tail, lex);
    if (!left || !right) continue;
    const score =
      (known?.(left.name) ? 2 : 0) +
      (known?.(right.name) ? 2 : 0) +
      (plural.has(ws[k - 1].start) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [[left, right], score];
  }
  return best;
}

/** Where the plural nouns among `ws` start, by wink-nlp's tags and lemmas. */
function pluralNouns(text: string, ws: Word[]): Set<number> {
  const from = ws[0].start;
  const out = new Set<number>();
  for (const token of tag(text.slice(from, ws[ws.length - 1].end)))
    if (token.pos === 'NOUN' && token.lemma !== token.lower) out.add(from + token.start);
  return out;
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
    .replace(/\s+(?:(?:industrial|industry)\s+)?clusters?$/i, '')
    .replace(/\s+(?:industry|industries|sector|sectors)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '' || lex.clause.has(name.toLowerCase())) return undefined;
  // "Digital Transformation of Industries": without its noun, a phrase that ends in "of".
  if (ENDS.has(name.split(' ').at(-1)!.toLowerCase())) return undefined;
  if (abbreviation && after) end += after[0].length;
  return { start, end, text: written, name, ...(abbreviation ? { abbreviation } : {}) };
}
