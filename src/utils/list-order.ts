/**
 * The order each list page shows its entries in, as pure rules: pages cut a list into pages in
 * this order, and the links to an entry's anchor find its page by the same order (industries:
 * route-data/tiers.ts).
 */
import type { GoalKind } from '../pipeline/types.ts';

/** Goals as /goals/ lists them: plan-wide goals first, then each industry's, in the given order. */
export function goalsOverallFirst<T extends { data: { kind: GoalKind } }>(
  items: readonly T[],
): T[] {
  const rank = (g: T) => (g.data.kind === 'overall' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Glossary terms alphabetically (case and accents aside), then by id. */
export function termOrder<T extends { id: string; data: { term: string } }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Corrections in reading order of the first block they were applied to (`position` of a block
 * id, undefined when unknown), then by id; corrections applied nowhere come last.
 */
export function correctionOrder<T extends { id: string; data: { blockIds: string[] } }>(
  items: readonly T[],
  position: (blockId: string) => number | undefined,
): T[] {
  const at = (ids: string[]) => Math.min(...ids.map((id) => position(id) ?? Infinity));
  return [...items].sort(
    (a, b) => at(a.data.blockIds) - at(b.data.blockIds) || a.id.localeCompare(b.id),
  );
}

/**
 * Entries in reading order: by the position (`index`) of the paragraph that states them, then
 * where its text states them (`words`), then by id; an unknown paragraph or words not found in
 * it go last.
 */
export function readingOrder<T extends { id: string }>(
  items: readonly T[],
  paragraph: (item: T) => { index: number; text: string } | undefined,
  words: (item: T) => string,
): T[] {
  const last = Number.MAX_SAFE_INTEGER;
  const at = (item: T) => paragraph(item)?.index ?? last;
  const within = (item: T) => {
    const found = paragraph(item)?.text.indexOf(words(item)) ?? -1;
    return found === -1 ? last : found;
  };
  return [...items].sort(
    (a, b) => at(a) - at(b) || within(a) - within(b) || a.id.localeCompare(b.id),
  );
}
