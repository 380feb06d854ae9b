/** A heading's object defined by the paragraph below it: "Extending the midstream" over "The
 *  midstream covers A, B and C" makes A, B and C the members of the plan's category
 *  "midstream" (chain plans name their categories by segment, not by an industry noun). */
import type { Block } from '../types.ts';
import { keyOf, tidy, type Category } from './categories.ts';
import type { Enumeration } from './enumerations.ts';

/** "Consolidating the upstream", "Cultivating the supporting segment": a gerund, then its object. */
const GERUND_HEADING = /^\s*\p{L}+ing\s+(?:the\s+)?([\p{L}][\p{L}\s-]{1,60}?)\s*$/u;
/** What defines a category's members after its name: "covers", "consists of", "comprises". */
const DEFINES =
  /^\s*(?:the\s+)?(.+?)(?:\s+of\s+the\s+(?:industrial\s+|industry\s+)?chain)?\s+(?:covers?|consists?\s+of|comprises?|is\s+made\s+up\s+of|are\s+made\s+up\s+of)\s*$/i;
const MAX_OBJECT_WORDS = 4;

/** The heading's object, when the heading is a gerund and a short object. */
export function headingObject(title: string): string | undefined {
  const object = GERUND_HEADING.exec(title)?.[1];
  return object && object.split(/\s+/).length <= MAX_OBJECT_WORDS ? object : undefined;
}

/**
 * `list` accepted with the heading's object as its category, when the sentence of `block` that
 * holds it opens with that object and a defining verb ("The upstream of the chain consists of"),
 * or when it goes on from the `previous` such list in the same sentence.
 */
export function definedBySegment(
  list: Enumeration,
  block: Block,
  object: string,
  previous?: Enumeration,
): Enumeration | undefined {
  const first = list.items[0];
  if (list.category || list.items.length < 2 || !first) return undefined;
  // "..., as well as equipment such as A, B and C": the same sentence goes on listing members.
  const last = previous?.items.at(-1);
  if (previous?.category && last && !/[.;。；]/.test(block.text.slice(last.end, first.start)))
    return { ...list, category: previous.category, accepted: true };
  const before = block.text.slice(0, first.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), -1) + 1);
  const subject = DEFINES.exec(sentence)?.[1];
  if (!subject || keyOf(subject) !== keyOf(object)) return undefined;
  const start = before.length - sentence.length + sentence.search(/\S/);
  const category: Category = {
    label: tidy(object),
    key: keyOf(object),
    start,
    end: start + subject.length,
    from: start,
    strong: true,
    tier: true,
    other: false,
  };
  return { ...list, category, accepted: true };
}
