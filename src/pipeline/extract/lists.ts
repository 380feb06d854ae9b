/** Every list of industries in a document, in text order: enumerations in sentences and the
 *  subsections of a section whose title is a category ("Key industries" → its subsections). */
import type { Editorial } from '../editorial/types.ts';
import type { Block, PlanDocument, Section } from '../types.ts';
import {
  categoryEndingAt,
  keyOf,
  lexicon,
  words,
  type Category,
  type Lexicon,
} from './categories.ts';
import { enumerations, wordView, type Enumeration, type WordView } from './enumerations.ts';
import { forward, item, NUMBER, type Item } from './list-items.ts';
import { listPatterns } from './list-patterns.ts';
import { industryNamer } from './context.ts';
import { industryHeads, readsLikeIndustries } from './heads.ts';
import { isModifierList } from './modifier-lists.ts';
import { definedBySegment, headingObject } from './segments.ts';
import { normaliseName, sentences, type Span } from './text.ts';

/** A list with the paragraph it stands in (none for a list of subsection titles). */
export interface FoundList extends Enumeration {
  blockId?: string;
  /** Section whose title items these are, for a list of subsection titles. */
  sectionIds?: string[];
}

/** A list before its caller decides its category and whether it stands. */
type ListDraft = Omit<FoundList, 'accepted'>;

/** A sentence's parts between semicolons: "the 5 are A, B; the 3 are C" speaks of two groups.
 *  A part that is one bare name ("namely A; B; C; and D") goes on with the part before. */
export function parts(sentence: Span, lex: Lexicon): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const piece of sentence.text.split(/(?<=[;；])/)) {
    const span = {
      start: sentence.start + start,
      end: sentence.start + start + piece.length,
      text: piece,
    };
    start += piece.length;
    const last = out.at(-1);
    if (last && bareName(piece, lex))
      out[out.length - 1] = { start: last.start, end: span.end, text: last.text + piece };
    else out.push(span);
  }
  return out;
}

/** A semicolon piece that is one name: no clause word, no comma, no count, at most eight
 *  words outside brackets ("fuel cell stacks (including A and B)"). */
function bareName(piece: string, lex: Lexicon): boolean {
  const plain = piece.replace(/[(（][^()（）]*[)）]/g, ' ');
  if (/[,，:：]/.test(plain)) return false;
  const ws = words(plain.replace(/^\s*(?:and|or)\s+/i, ''));
  return (
    ws.length > 0 &&
    ws.length <= 8 &&
    !ws.some((w) => lex.clause.has(w.lower) || /^["“”]?[0-9]/.test(w.text) || w.lower in NUMBER)
  );
}

/** The last counted category of a sentence ("16 advanced manufacturing clusters"), for a
 *  following "Among them, ...". */
function countedCategory({ ws, categoryAt }: WordView): Category | undefined {
  let last: Category | undefined;
  for (let i = 0; i < ws.length; i++) {
    const category = categoryAt(i);
    if (category?.tier && category.count !== undefined) last = category;
  }
  return last;
}

/** A heading's category without its count ("the pillar chains") as the plan counted it. */
function knownCount(
  category: Category | undefined,
  counted: Map<string, Category>,
): Category | undefined {
  const seen = category && !category.strong && counted.get(category.key);
  return seen ? { ...category, strong: true, tier: true, count: seen.count } : category;
}

/** The lead-ins of a section's items as one list, when every item has a lead-in that names a
 *  thing (two items or more; a lead-in with a verb or a number makes it no list). */
export function labelledItems(blocks: Block[], lex: Lexicon): ListDraft | undefined {
  // Paragraphs may open or close the items ("Growing the rising chains is expected to ..."),
  // never stand between them.
  const first = blocks.findIndex((block) => block.kind !== 'paragraph');
  const last = blocks.findLastIndex((block) => block.kind !== 'paragraph');
  const items = blocks.slice(first, last + 1);
  if (items.length < 2 || items.some((block) => block.kind === 'paragraph')) return undefined;
  const found = items.map((block) =>
    block.label ? item(block.label, words(block.label), lex) : undefined,
  );
  if (found.some((entry) => entry === undefined)) return undefined;
  return { items: found as NonNullable<(typeof found)[number]>[], blockId: items[0].id };
}

/** "Develop A, B, C and D, and build ...": the verb-led list of three or more known names that
 *  opens the first paragraph under a category heading, when no trigger word makes it a list. */
export function leadList(
  block: Block | undefined,
  lex: Lexicon,
  pat: ReturnType<typeof listPatterns>,
  known: (name: string) => boolean,
  category?: Category,
): ListDraft | undefined {
  // Its first part: a clause after a semicolon is another statement ("A will be developed in
  // the park in X; B and C will be upgraded").
  const sentence = block && sentences(block.text)[0];
  const first = sentence && parts(sentence, lex)[0];
  if (!block || !first) return undefined;
  // A list of three or more the sentence already makes, with no category of its own, is the
  // heading's when verb-led, or when the sentence names the heading's category again
  // ("Focusing on A, B and C, the county will transform its traditional industries").
  const made = enumerations(block.text, first, lex, pat, known);
  const again = category !== undefined && keyOf(first.text).includes(category.key);
  if (made.length > 0)
    return made[0].accepted &&
      (made[0].verbLed || again) &&
      !made[0].category &&
      made[0].items.length >= 3
      ? { items: made[0].items, blockId: block.id }
      : undefined;
  const comma = first.text.search(/[,，、]/);
  if (comma < 0) return undefined;
  // The list starts after the last clause word (the verb) before its first comma.
  const verb = words(first.text.slice(0, comma), first.start)
    .filter((w) => lex.clause.has(w.lower))
    .at(-1);
  if (!verb) return undefined;
  const { items } = forward(block.text, verb.end, first.end, lex, known);
  // No trigger word says it is a list: only names the vocabulary knows make one.
  const sure = items.length >= 3 && items.every((entry) => known(entry.name));
  return sure ? { items, blockId: block.id } : undefined;
}

/** The titles of subsections as items, but for one that is itself a category ("2.1 Strategic
 *  pillar industrial clusters"). */
function titledItems(children: Section[], lex: Lexicon): { found: Item; id: string }[] {
  return children.flatMap((child) => {
    const cws = words(child.title);
    if (cws.length > 0 && categoryEndingAt(child.title, cws, cws.length - 1, lex)?.strong)
      return [];
    const found = item(child.title, cws, lex);
    return found ? [{ found, id: child.id }] : [];
  });
}

/** "Semiconductor industry layout in A, focus on B, C": a sentence whose subject is one of the
 *  plan's industries, named with "industry" or "sector" after it. */
function subjectIndustry(sentence: string, isIndustry: (name: string) => boolean): boolean {
  const m =
    /^\s*(?:the\s+)?([\p{L}][\p{L}\p{N} -]{1,50}?)\s+(?:industry|industries|sector)\b/iu.exec(
      sentence,
    );
  return m !== null && isIndustry(m[1]);
}

/** A plan's title ("Plan for the Development of the New Materials Industry") or a heading that
 *  names one industry ("New materials industry"): its subsections are its parts, not members. */
function oneIndustryTitle(title: string, category: Category, known: (name: string) => boolean) {
  if (/\b(plan|five-year|outline|programme|program)\b/i.test(title)) return true;
  const name = category.label.replace(/\s+(industry|sector)$/i, '');
  return name !== category.label && known(name);
}

/** All lists of the document in text order. */
export function findLists(doc: PlanDocument, editorial: Editorial): FoundList[] {
  const { tiers, industryLists } = editorial.structure;
  const lex = { ...lexicon(tiers, industryLists), heads: industryHeads(editorial) };
  const pat = listPatterns(industryLists);
  const named = industryNamer(editorial);
  const known = (name: string) => named(name) !== undefined;
  const out: FoundList[] = [];
  // Names of the plan's industries so far: the vocabulary's and its lists' items.
  const listed = new Set<string>();
  const isIndustry = (name: string) => known(name) || listed.has(normaliseName(name));
  let previous: Category | undefined;
  // Categories the plan has counted so far ("5 pillar chains"), by key: a later heading that
  // names one without its count ("Consolidating the pillar chains") is that category.
  const counted = new Map<string, Category>();
  const visit = (block: Block) => {
    // "(2) Battery materials. Develop A, B, C and D": an item whose lead-in is one of the plan's
    // industries lists its parts.
    const lead = block.label !== undefined && isIndustry(block.label);
    for (const sentence of sentences(block.text)) {
      // A sentence without semicolons is its one part: both read the same words.
      const view = wordView(block.text, sentence, lex);
      const split = parts(sentence, lex);
      const about = subjectIndustry(sentence.text, isIndustry)
        ? 'subject'
        : lead
          ? 'lead'
          : undefined;
      for (const part of split) {
        const own = split.length === 1 ? view : undefined;
        for (const found of enumerations(block.text, part, lex, pat, known, previous, own, about)) {
          const modifiers = !found.category && isModifierList(block.text, found.items, known);
          const list = modifiers ? { ...found, accepted: false } : found;
          out.push({ ...list, blockId: block.id });
          if (list.accepted) for (const entry of list.items) listed.add(normaliseName(entry.name));
        }
      }
      previous = countedCategory(view);
      for (let i = 0; i < view.ws.length; i++) {
        const category = view.categoryAt(i);
        if (category?.tier && category.count !== undefined && !category.other)
          counted.set(category.key, category);
      }
    }
  };
  doc.preamble.forEach(visit);
  for (const section of doc.sections) {
    const children = doc.sections.filter((s) => s.parentId === section.id);
    const ws = words(section.title);
    const category = knownCount(
      ws.length > 0 ? categoryEndingAt(section.title, ws, ws.length - 1, lex) : undefined,
      counted,
    );
    if (
      category?.strong &&
      children.length > 0 &&
      !oneIndustryTitle(section.title, category, known)
    ) {
      const items = titledItems(children, lex);
      const first = section.blocks[0];
      if (items.length > 0)
        out.push({
          items: items.map((entry) => entry.found),
          category,
          accepted: true,
          sectionIds: items.map((entry) => entry.id),
          ...(first ? { blockId: first.id } : {}),
        });
    } else if (!category && children.length >= 2) {
      // "II. Focus direction" over "(1) Innovative drug", "(2) High-end medical device": with no
      // category, subsections whose titles read like industries' names are the plan's.
      const items = titledItems(children, lex);
      const found = items.map((entry) => entry.found);
      if (items.length >= 2 && readsLikeIndustries(found, lex, known))
        out.push({ items: found, accepted: true, sectionIds: items.map((entry) => entry.id) });
    } else if (category?.tier && children.length === 0) {
      // "Four Characteristic Industries" over "Article 9 Integrated circuits. ...": the lead-ins
      // of its numbered items are the category's members.
      const labelled = labelledItems(section.blocks, lex);
      const lead = labelled ? undefined : leadList(section.blocks[0], lex, pat, known, category);
      const made = labelled ?? lead;
      if (made) out.push({ ...made, category, accepted: true });
      // Its members lead their items: "1. Textiles. We will develop A, B and C" lists their parts.
      for (const entry of made?.items ?? []) listed.add(normaliseName(entry.name));
    }
    const mark = out.length;
    section.blocks.forEach(visit);
    // "Extending the midstream" over "The midstream covers A, B and C".
    const object = headingObject(section.title);
    const first = section.blocks[0];
    let defined: FoundList | undefined;
    for (let k = mark; object && first && k < out.length && out[k].blockId === first.id; k++) {
      const found = definedBySegment(out[k], first, object, defined);
      if (found) out[k] = defined = { ...out[k], ...found };
    }
  }
  return out;
}
