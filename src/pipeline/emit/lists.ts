/** Numbered items as Markdown lists, keeping each item's own number. */
import type { List } from 'mdast';
import type { Inline, LinkedBlock } from '../types.ts';
import { list, listItem } from './mdast.ts';

/** "3", "3.", "(3)", "3)" → 3; anything else (e.g. "iii") → undefined. */
export function arabic(number: string | undefined): number | undefined {
  const match = number?.match(/^\(?(\d{1,9})[.)]?$/);
  return match ? Number(match[1]) : undefined;
}

/**
 * Blocks as one list. Arabic numbers counting up by one give an ordered list starting at the
 * first number; any other numbering gives a bullet list with the number as written in front.
 */
export function numberedList(blocks: readonly LinkedBlock[]): List {
  const numbers = blocks.map((block) => arabic(block.number));
  const first = numbers[0];
  const counting = first !== undefined && numbers.every((n, index) => n === first + index);
  if (counting)
    return list(
      blocks.map((block) => listItem(block.inlines)),
      true,
      first,
    );
  return list(
    blocks.map((block) => listItem(withNumber(block))),
    false,
  );
}

/** A block's runs with its number as written in front (as text), if it has one. */
function withNumber(block: LinkedBlock): Inline[] {
  return block.number
    ? [{ type: 'text', text: `${block.number} ` }, ...block.inlines]
    : block.inlines;
}
