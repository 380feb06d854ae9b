/**
 * The one place generated MDX is turned into text: mdast → MDX with the MDX and GFM
 * extensions, plus the escapes MDX needs beyond Markdown's.
 */
import type { Root } from 'mdast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { text } from './plain-text.ts';

/**
 * A line starting with lowercase `import ` or `export ` is parsed by MDX as JavaScript (ESM).
 * Encoding the first letter as a character reference (`&#x65;xport`) keeps it text.
 */
const esmUnsafe: Unsafe[] = [
  { atBreak: true, character: 'e', after: 'xport\\b' },
  { atBreak: true, character: 'i', after: 'mport\\b' },
];

/** Made once: to-markdown caches each unsafe pattern's compiled RegExp on the pattern object,
 *  so fresh extensions per file recompiled every pattern for every file. */
const extensions = [mdxToMarkdown(), gfmToMarkdown()];

/** Serialise an mdast tree to MDX text (ends with one newline; empty tree gives ""). */
export function toMdx(root: Root): string {
  if (root.children.length === 0) return '';
  return toMarkdown(root, {
    extensions,
    handlers: { text },
    unsafe: esmUnsafe,
    bullet: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
  });
}
