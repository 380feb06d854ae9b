/** Plain-text helpers for frontmatter fields. */

/** Longest summary kept whole; longer sentences are cut at a word boundary. */
const MAX_SUMMARY = 300;

/** A sentence ends at . ! ? (and any closing quotes/brackets) followed by space or the end. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)/g;

/** Sentence boundaries in `text` as [start, end) offsets, whitespace between them excluded. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = text.length - text.trimStart().length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  const tail = text.trimEnd().length;
  if (tail > start) out.push([start, tail]);
  return out;
}

/** The sentence of `text` that contains offset `at` (the first one by default), on one line. */
export function sentenceAt(text: string, at = 0): string {
  const found = sentences(text).find(([, end]) => at < end);
  return found ? oneLine(text.slice(found[0], found[1])) : '';
}

/** Collapse whitespace and cut overlong text at a word boundary with an ellipsis. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_SUMMARY) return flat;
  const cut = flat.slice(0, MAX_SUMMARY);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
