/** Enumerations of industries in a sentence: after "such as", "including", "namely", a colon or
 *  "are" after a category; before "and other key industries"; before "have been selected as";
 *  after "Among them,". Each list keeps its items as written and the category it names. */
import { categoryEndingAt, words, type Category, type Lexicon, type Word } from './categories.ts';
import { notIndustry, readsLikeIndustries } from './heads.ts';
import { backward, COUNTS, forward, NUMBER, type Item } from './list-items.ts';
import type { ListPatterns } from './list-patterns.ts';
import type { Span } from './text.ts';
import { verbLists } from './verb-lists.ts';

export interface Enumeration {
  items: Item[];
  category?: Category;
  /** A list of industries: named by an industry noun, or mostly of known industries. */
  accepted: boolean;
  /** Led by a verb of development, with no trigger word ("develop A, B and C"). */
  verbLed?: boolean;
}

const FILLERS = new Set(['mainly', 'especially', 'particularly', 'namely', 'chiefly', 'primarily']);

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
 *  is the part's, when the caller has it. `about`: the part speaks of one of the plan's
 *  industries, so its lists name that industry's parts whatever their head nouns: any list
 *  when the sentence's subject names it ("Semiconductor industry ..., focus on A, B"), a
 *  verb-led one when its item's lead-in does ("(2) Battery materials. Develop A, B and C"). */
export function enumerations(
  text: string,
  part: Span,
  lex: Lexicon,
  pat: ListPatterns,
  known: (name: string) => boolean,
  previous?: Category,
  view: WordView = wordView(text, part, lex),
  about?: 'lead' | 'subject',
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
    // A lead-in's verb-led list ("Develop A, B and C"): two names after an article are one
    // object ("expand the testing and certification capacity"), not a list.
    const article = /\b(?:the|a|an|its|their)\s+$/i.test(text.slice(0, first));
    const lead = about === 'lead' && weak && (items.length >= 3 || !article);
    const like = about === 'subject' || lead || readsLikeIndustries(items, lex, known);
    if (weak && !category?.strong && !like) return;
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
      strong || weak || (hits >= 2 && hits * 3 >= items.length * 2) || (likeOk && like);
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
  // "Industries to be developed jointly include A, B": the part's subject is an industry noun
  // (with a participle phrase after it), so the list after its verb names industries.
  const subjectNoun = (at: number) => {
    let k = ws.findIndex((w) => w.start >= at) - 1;
    if (k === -2) k = ws.length - 1;
    while (k >= 0 && /ly$/.test(ws[k].lower)) k--;
    if (k >= 0 && pat.participles.has(ws[k].lower)) {
      k--;
      if (ws[k]?.lower === 'be' && ws[k - 1]?.lower === 'to') k -= 2;
    }
    const noun = k >= 0 ? categoryAt(k) : undefined;
    if (!noun || noun.other) return false;
    const lead = ws.filter((w) => w.end <= noun.start);
    return lead.every((w) => w.lower === 'the');
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
      const named = !category && (topic() || subjectNoun(at));
      add(items, category, min, named, false, !notIndustry(noun));
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
    add(list.items, list.category, list.items.length === 1 ? 1 : 2, false, true);
  found.push(...bracketed(text, part, triggers, found, lex, known));
  return found.sort((a, b) => a.items[0].start - b.items[0].start);
}

/** "A (including B and C), D": a bracket opened by a trigger on an item of a list of industries
 *  names kinds of that item; they are industries too, in no category of the plan's. */
function bracketed(
  text: string,
  part: Span,
  triggers: RegExpExecArray[],
  lists: Enumeration[],
  lex: Lexicon,
  known: (name: string) => boolean,
): Enumeration[] {
  const out: Enumeration[] = [];
  for (const m of triggers) {
    if (!inBrackets(part.text, m.index)) continue;
    const at = part.start + m.index;
    const outer = lists.some((list) => {
      const last = list.items[list.items.length - 1];
      const within = list.items[0].start <= at && at <= last.end;
      return list.accepted && (within || /^\s*[(（]\s*$/.test(text.slice(last.end, at)));
    });
    if (!outer) continue;
    const from = at + m[0].length;
    const close = text.slice(from, part.end).search(/[)）]/);
    if (close <= 0) continue;
    const { items } = forward(text, from, from + close, lex, known);
    if (items.length > 0) out.push({ items, accepted: true });
  }
  return out;
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
