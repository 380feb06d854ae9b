/** Coordinated modifiers that read like a list: "a safe, green and intelligent aviation
 *  industry system", "electric, hybrid-electric and hydrogen-powered aircraft" describe one
 *  thing; their bare adjectives are no industries. */
import type { Item } from './list-items.ts';
import { tag } from './quantities/counts.ts';

/**
 * Whether every item but the last is one adjective (wink-nlp's tag in its sentence) and the last
 * is longer, the words it shares with them: and no item is a name the vocabulary knows.
 */
export function isModifierList(
  text: string,
  items: Item[],
  known: (name: string) => boolean,
): boolean {
  const last = items.at(-1);
  if (!last || items.length < 2 || !/\s/.test(last.name)) return false;
  const leading = items.slice(0, -1);
  if (leading.some((entry) => /\s/.test(entry.name))) return false;
  if (items.some((entry) => known(entry.name))) return false;
  const from = items[0].start;
  const pos = new Map(tag(text.slice(from, last.end)).map((t) => [from + t.start, t.pos]));
  return leading.every((entry) => pos.get(entry.start) === 'ADJ');
}
