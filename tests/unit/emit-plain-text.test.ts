import { describe, expect, it } from 'vitest';
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMdx } from '../../src/pipeline/emit/serialise.ts';

/** The same serialisation with the library's own text handler only. */
function reference(root: Root): string {
  return toMarkdown(root, {
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
    unsafe: [
      { atBreak: true, character: 'e', after: 'xport\\b' },
      { atBreak: true, character: 'i', after: 'mport\\b' },
    ],
    bullet: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
  });
}

const link = (text: string): PhrasingContent => ({
  type: 'mdxJsxTextElement',
  name: 'EntityLink',
  attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }],
  children: [{ type: 'text', value: text }],
});

const TEXTS = [
  'Plain words, with commas and a full stop.',
  'export const x = 1',
  'import the chips',
  '  export this',
  '# not a heading',
  '1. not a list',
  '2) nor this',
  '- nor this',
  '+ or this',
  '> quote',
  'a * b _c_ `d` ~e~ [f] <g> {h} | i',
  'mail me@example.com or www.example.com or https://example.com',
  'a\\b \\* c\\',
  'line one\nline two\n  indented',
  'trailing space ',
  ' leading space',
  'AT&T &amp; &#65;',
  '3.5% of GDP, 1.2 trillion yuan (2025)',
  'snake_case and a__b',
  'ends with a backslash \\',
  '',
];

describe('emit: the text fast path', () => {
  it('serialises every text exactly as the library does, alone and between links', () => {
    for (const text of TEXTS) {
      const trees: Root[] = [
        {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
        },
        {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [{ type: 'text', value: text }, link(text), { type: 'text', value: text }],
            },
          ],
        },
        {
          type: 'root',
          children: [
            {
              type: 'list',
              ordered: true,
              start: 1,
              children: [
                {
                  type: 'listItem',
                  children: [
                    { type: 'paragraph', children: [link(text), { type: 'text', value: text }] },
                  ],
                },
              ],
            },
          ],
        },
      ];
      for (const tree of trees) expect(toMdx(tree), JSON.stringify(text)).toBe(reference(tree));
    }
  });

  it('escapes what would be code or markup', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'export a <b> {c}' }] }],
    };
    expect(toMdx(tree)).toBe('&#x65;xport a \\<b> \\{c}\n');
  });
});
