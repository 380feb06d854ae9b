/** Plain-text helpers for frontmatter fields. */

/** Longest summary kept whole; longer sentences are cut at a word boundary. */
const MAX_SUMMARY = 300;

/** A sentence ends at . ! ? (and any closing quotes/brackets) followed by space or the end. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)/g;

/** Sentence boundaries in `text` as [start, end) offsets, whitespace between them excluded. */
export function sentences(text: string): [number, number][] {
  return [...sentenceSpans(text)];
}

/** The same, one at a time (a caller that wants one sentence of a long block stops early). */
function* sentenceSpans(text: string): Generator<[number, number]> {
  let start = text.length - text.trimStart().length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) yield [start, end];
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  const tail = text.trimEnd().length;
  if (tail > start) yield [start, tail];
}

/** The sentence of `text` that contains offset `at` (the first one by default), on one line. */
export function sentenceAt(text: string, at = 0): string {
  for (const [start, end] of sentenceSpans(text)) {
    if (at < end) return oneLine(text.slice(start, end));
  }
  return '';
}

/** Collapse whitespace and cut overlong text at a word boundary with an ellipsis. */
export function oneLine(text: string): string {
  // A long text is cut from a prefix that still collapses to more than the summary (whitespace
  // only shrinks), so a sentence of a whole list is not collapsed in full.
  const head = text.length > 4 * MAX_SUMMARY ? collapse(text.slice(0, 4 * MAX_SUMMARY)) : '';
  const flat = head.length > MAX_SUMMARY + 1 ? head : collapse(text);
  if (flat.length <= MAX_SUMMARY) return flat;
  const cut = flat.slice(0, MAX_SUMMARY);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
