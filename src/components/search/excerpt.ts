/**
 * Pagefind's excerpts are HTML: escaped text with the query terms in <mark>. They are never
 * given to innerHTML; this module turns them into plain text runs, marked or not, and the
 * renderer makes text nodes and <mark> elements from those, so no input text becomes markup.
 */

/** A run of excerpt text, inside <mark> or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Named character references Pagefind and HTML escapers emit. Others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** True for a code point a character reference may stand for (no NUL, no surrogates). */
function isScalar(code: number): boolean {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

/** Decodes character references (&amp; &lt; &#39; &#x27; …); anything unknown stays literal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, ref) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    return isScalar(code) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits an excerpt into text runs: `<mark>` and `</mark>` (as Pagefind writes them) only
 * switch marking on and off; every other character, a tag-like one included, is text.
 * References are decoded after the split, so an escaped "&lt;mark&gt;" stays text.
 */
export function parseExcerpt(html: string): Segment[] {
  const segments: Segment[] = [];
  let depth = 0;
  for (const part of html.split(/(<\/?mark>)/)) {
    if (part === '<mark>') depth++;
    else if (part === '</mark>') depth = Math.max(0, depth - 1);
    else if (part !== '') {
      const text = decodeEntities(part);
      const mark = depth > 0;
      const last = segments.at(-1);
      if (last?.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/** The part of a DOM element the renderer uses: a real element, or a test double. */
export interface TextParent<T> {
  append(...nodes: (string | T)[]): void;
}

/** Appends the excerpt to `parent`: strings become text nodes, marked runs <mark> elements. */
export function appendExcerpt<T extends TextParent<T>>(
  parent: T,
  html: string,
  createMark: () => T,
): void {
  for (const { text, mark } of parseExcerpt(html)) {
    if (!mark) {
      parent.append(text);
      continue;
    }
    const el = createMark();
    el.append(text);
    parent.append(el);
  }
}
