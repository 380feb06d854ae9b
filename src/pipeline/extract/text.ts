/** Small text helpers for the extract stage: sentences, clauses, slugs. */

/** A piece of a block's text with its offsets in that text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// Words whose final period does not end a sentence.
const ABBREVIATIONS =
  /(?:^|[\s(])(?:e\.g|i\.e|no|nos|mr|mrs|ms|dr|st|vs|approx|incl|fig|art|co|ltd|inc|u\.s)\.$/i;

/** Split text into sentences at ". ", "! ", "? " (also before a lowercase word, as machine
 *  translation often leaves one); abbreviations such as "e.g." do not end a sentence. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const boundary = /[.!?。！？]+["'”’)]?(?=\s|$)/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Split a span into clauses at ", " and "; " (a comma inside "26,000" does not split). */
export function clauses(span: Span): Span[] {
  const out: Span[] = [];
  const separator = /[,;，；]\s+/g;
  let start = 0;
  for (let match = separator.exec(span.text); match; match = separator.exec(span.text)) {
    pushTrimmed(out, span.text, start, match.index);
    start = match.index + match[0].length;
  }
  pushTrimmed(out, span.text, start, span.text.length);
  return out.map((clause) => ({
    ...clause,
    start: clause.start + span.start,
    end: clause.end + span.start,
  }));
}

/** The span among `spans` that contains offset `at`. */
export function spanAt<T extends Span>(spans: T[], at: number): T | undefined {
  return spans.find((span) => at >= span.start && at < span.end);
}

const SLUG_STOPWORDS = new Set(
  'a an the of and or in on at to for by with has have had been be is are was were will its their from as that this'.split(
    ' ',
  ),
);

/** Lowercase ASCII slug of `text`; with `maxWords`, stopwords are dropped first. */
export function slug(text: string, maxWords = Infinity): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9+\s-]/g, ' ')
    .replace(/\+/g, ' plus ')
    .split(/[\s-]+/)
    .filter(Boolean);
  const kept = maxWords === Infinity ? words : words.filter((word) => !SLUG_STOPWORDS.has(word));
  return (kept.length > 0 ? kept : words).slice(0, maxWords).join('-');
}

/** `base`, or `base-2`, `base-3`... whichever is not in `taken`; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'item';
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** Uppercase the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lowercased, with hyphens and runs of spaces as single spaces, no leading article, no
 *  trailing punctuation and no trailing "industry"/"industries": to compare a title to a name. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/[\s"“”'‘’]+/g, ' ')
    .trim()
    .replace(/[.:;,!?。：]+$/, '')
    .replace(/^(the|a|an) /, '')
    .replace(/ (?:(?:industrial|industry) )?clusters?$/, '')
    .replace(/ (industry|industries|sector|sectors)$/, '')
    .trim();
}
