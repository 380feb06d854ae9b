import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { emit } from '../../src/pipeline/emit/index.ts';
import { toMdx } from '../../src/pipeline/emit/serialise.ts';
import { list, listItem, paragraph } from '../../src/pipeline/emit/mdast.ts';
import { arabic } from '../../src/pipeline/emit/lists.ts';
import type { Inline } from '../../src/pipeline/types.ts';
import { smallModel } from '../fixtures/model/small-model.ts';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';

const root = resolve(import.meta.dirname, '../..');

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const ALLOWED = new Set(['root', 'paragraph', 'list', 'listItem', 'text']);
const ALLOWED_JSX = new Set(['EntityLink', 'PlanLink', 'Correction', 'ins', 'del']);

/** Node types in a parsed tree that are not allowed in generated bodies. */
function forbidden(node: Nodes): string[] {
  const own =
    node.type === 'mdxJsxTextElement'
      ? ALLOWED_JSX.has(node.name ?? '')
        ? []
        : [`jsx:${node.name}`]
      : ALLOWED.has(node.type)
        ? []
        : [node.type];
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  return [...own, ...children.flatMap(forbidden)];
}

/** Concatenated text of a tree (inside <del> when `del`, else outside it). */
function textOf(node: Nodes, del = false, inDel = false): string {
  if (node.type === 'text') return inDel === del ? node.value : '';
  const here = inDel || (node.type === 'mdxJsxTextElement' && node.name === 'del');
  const skip = node.type === 'mdxJsxTextElement' && node.name === 'ins' && del;
  if (skip || !('children' in node)) return '';
  return (node.children as Nodes[]).map((child) => textOf(child, del, here)).join('');
}

describe('emit: attribute values are only ids', () => {
  it('rejects a mention id that is not an id', () => {
    const model = smallModel();
    model.sections[1]!.blocks[0]!.inlines[0] = {
      type: 'mention',
      kind: 'industry',
      id: 'x" onclick="alert(1)',
      text: 'Widgets matter. We will build them near ',
    };
    expect(() => emit(model)).toThrow(/EntityLink id "x\\" onclick=\\"alert\(1\)" is not an id/);
  });

  it('rejects a correction status and an entity kind outside the enums shape', () => {
    expect(() =>
      toMdx({
        type: 'root',
        children: [
          paragraph([{ type: 'mention', kind: 'Industry' as 'industry', id: 'a', text: 'a' }]),
        ],
      }),
    ).toThrow(/EntityLink kind "Industry" is not an id/);
  });

  it('rejects a file id that could escape its folder', () => {
    const model = smallModel();
    model.industries[1]!.id = '../evil';
    expect(() => emit(model)).toThrow(/industry id "..\/evil" is not an id/);
  });
});

describe('emit: no input text becomes code or markup', () => {
  const cases = [
    'export const x = 1',
    'import the chips',
    'import{a}from"b"',
    'export\nconst y = 2',
    '{1+1}',
    '<script>alert(1)</script>',
    '<b>x</b>',
    '<!-- c -->',
    '[a](javascript:alert(1))',
    '![i](javascript:alert(1))',
    '[x]: javascript:alert(1)',
    '[^1]: note',
    'a\n---\nb',
    '---',
    'x\n===',
    '***',
    '# not a heading',
    '> quote',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    '```',
    '```js\nalert(1)\n```',
    '~~~',
    '&lt;',
    '&#123;',
    '{/* c */}',
    '*emph*',
    '__strong__',
    '~~gone~~',
    '`code`',
    '\\',
    '\\\\',
    'a\\\nb',
    'a  \nb',
    'a\n\nb',
    '1. item',
    '2) item',
    '- item',
    '+ item',
    '- [ ] task',
  ];
  const contexts: [string, (s: string) => Nodes][] = [
    ['a paragraph start', (s) => paragraph([{ type: 'text', text: s }])],
    ['mid-paragraph', (s) => paragraph([{ type: 'text', text: `Text ${s}` }])],
    ['an item label', (s) => list([listItem([{ type: 'text', text: s }])], true, 1)],
    ['a bullet item', (s) => list([listItem([{ type: 'text', text: s }])], false)],
  ];

  for (const [where, make] of contexts) {
    it.each(cases)(`keeps %j as text at ${where}`, (input) => {
      const node = make(input);
      const out = toMdx({ type: 'root', children: [node as never] });
      const tree = mdx.parse(out) as Nodes;
      expect(forbidden(tree)).toEqual([]);
      expect(textOf(tree)).toBe(where === 'mid-paragraph' ? `Text ${input}` : input);
    });
  }

  it.each(cases)('keeps %j as text inside links and corrections', (input) => {
    const runs: Inline[] = [
      { type: 'mention', kind: 'industry', id: 'a', text: input },
      { type: 'text', text: ' and ' },
      { type: 'correction', id: 'c', status: 'verified', original: input, text: `${input}!` },
    ];
    const tree = mdx.parse(toMdx({ type: 'root', children: [paragraph(runs)] })) as Nodes;
    expect(forbidden(tree)).toEqual([]);
    expect(textOf(tree)).toBe(`${input} and ${input}!`);
    expect(textOf(tree, true)).toBe(input);
  });

  it('encodes the first letter of a leading import/export', () => {
    const out = (s: string) =>
      toMdx({ type: 'root', children: [paragraph([{ type: 'text', text: s }])] });
    expect(out('export const x = 1')).toBe('&#x65;xport const x = 1\n');
    expect(out('import the chips')).toBe('&#x69;mport the chips\n');
    expect(out('exporters and importers')).toBe('exporters and importers\n');
  });

  // GFM autolink literals are found in decoded text, so no escape stops them
  // (remarkjs/remark-gfm#33). Without GFM a bare address stays text; with it, the only links
  // it can make are http(s) and mailto, never script.
  it.each([
    'https://x.example/a',
    'www.x.example',
    'mail@x.example',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
  ])('keeps the bare address %j as text without GFM, and harmless with it', (input) => {
    const out = toMdx({
      type: 'root',
      children: [paragraph([{ type: 'text', text: `See ${input} now` }])],
    });
    const plain = unified().use(remarkParse).use(remarkMdx).parse(out) as Nodes;
    expect(forbidden(plain)).toEqual([]);
    expect(textOf(plain)).toBe(`See ${input} now`);
    const gfm = mdx.parse(out) as Nodes;
    const urls: string[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'link') urls.push(node.url);
      if ('children' in node) (node.children as Nodes[]).forEach(visit);
    };
    visit(gfm);
    expect(urls.every((url) => /^(https?:\/\/|mailto:)/.test(url))).toBe(true);
    expect(textOf(gfm)).toBe(`See ${input} now`);
  });
});

describe('emit: real plans', () => {
  /** Text of a node as the source has it: corrections give their original (<del>) wording. */
  const sourceOf = (node: Nodes): string =>
    node.type === 'text'
      ? node.value
      : node.type === 'mdxJsxTextElement' && node.name === 'ins'
        ? ''
        : 'children' in node
          ? (node.children as Nodes[]).map(sourceOf).join('')
          : '';
  const plans = [
    'content/plans/shanghai-sei-2021',
    ...readdirSync(join(root, 'tests/fixtures/plans')).map(
      (name) => `tests/fixtures/plans/${name}`,
    ),
  ];

  it.each(plans)('%s: bodies parse to allowed nodes and give back the block texts', (plan) => {
    const model = buildModel(loadPlanInput(plan, root));
    const files = emit(model);
    const blocks = new Map(
      [...model.preamble, ...model.sections.flatMap((s) => s.blocks)].map((b) => [b.id, b]),
    );
    for (const industry of model.industries) {
      const file = files.get(`industries/${industry.id}.mdx`)!;
      const tree = mdx.parse(file.replace(/^---\n[\s\S]*?\n---\n/, '')) as Nodes;
      expect(forbidden(tree), industry.id).toEqual([]);
      const focus = new Set(industry.focusAreas.map((a) => a.blockId));
      const section = model.sections.find((s) => s.id === industry.sectionId);
      const items = industry.focusAreas.map((a) => blocks.get(a.blockId)!);
      const numbers = items.map((b) => arabic(b.number));
      const counting = numbers.every((n, i) => n !== undefined && n === numbers[0]! + i);
      const expected = [
        ...(section?.blocks.filter((b) => !focus.has(b.id)).map((b) => b.text) ?? []),
        ...items.map((b) => (!counting && b.number ? `${b.number} ${b.text}` : b.text)),
      ];
      const got = (tree.type === 'root' ? tree.children : []).flatMap((child) =>
        child.type === 'list' ? child.children.map(sourceOf) : [sourceOf(child)],
      );
      expect(got, industry.id).toEqual(expected);
    }
    for (const goal of model.goals) {
      const file = files.get(`goals/${goal.id}.mdx`)!;
      const tree = mdx.parse(file.replace(/^---\n[\s\S]*?\n---\n/, '')) as Nodes;
      expect(forbidden(tree), goal.id).toEqual([]);
      expect(sourceOf(tree), goal.id).toBe(goal.statement);
    }
  });
});
