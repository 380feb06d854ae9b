/**
 * The plain text of a generated MDX body, as the translation words it: enough to tell whether a
 * goal's statement is its whole source paragraph. Only for generator-made MDX (see src/pipeline/emit):
 * components wrap text, corrections carry <ins>corrected</ins><del>original</del>, and text is
 * escaped with backslashes and character references.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of `mdx` with corrections read in their original wording and whitespace collapsed. */
export function mdxOriginalText(mdx: string): string {
  return (
    mdx
      // List markers first: an escaped "1\." at a line start is text.
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      // An escaped "\<" is text, not a tag.
      .replace(/(?<!\\)<ins>[\s\S]*?<\/ins>/g, '')
      .replace(/(?<!\\)<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => NAMED[name]!)
      .replace(/\s+/g, ' ')
      .trim()
  );
}
