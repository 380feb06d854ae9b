/**
 * mdast builders for generated MDX bodies. Input text only ever becomes `text` nodes;
 * JSX elements carry generator-made ids and enums as literal attribute values.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Inline } from '../types.ts';
import { attributeValue } from './ids.ts';

/** A text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** A JSX text element with literal attributes (checked to be ids/enums). */
export function jsx(
  name: string,
  attributes: Record<string, string>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value: attributeValue(value, `${name} ${key}`),
  }));
  return { type: 'mdxJsxTextElement', name, attributes: attrs, children };
}

/** `<EntityLink kind id>text</EntityLink>`. */
export function entityLink(kind: string, id: string, value: string): MdxJsxTextElement {
  return jsx('EntityLink', { kind, id }, value ? [text(value)] : []);
}

/** `<PlanLink block>text</PlanLink>`. */
export function planLink(block: string, value: string): MdxJsxTextElement {
  return jsx('PlanLink', { block }, value ? [text(value)] : []);
}

/** `<Correction id status><ins>corrected</ins><del>original</del></Correction>`; with a `ref`,
 *  the corrected wording links to the entity: `<ins><EntityLink …>corrected</EntityLink></ins>`. */
export function correction(
  id: string,
  status: string,
  corrected: string,
  original: string,
  ref?: { kind: string; id: string },
): MdxJsxTextElement {
  const fixed = corrected ? [text(corrected)] : [];
  return jsx('Correction', { id, status }, [
    jsx(
      'ins',
      {},
      ref && corrected ? [jsx('EntityLink', { kind: ref.kind, id: ref.id }, fixed)] : fixed,
    ),
    jsx('del', {}, original ? [text(original)] : []),
  ]);
}

/** Phrasing content for a block's inline runs; empty text runs are dropped. */
export function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const run of inlines) {
    if (run.type === 'text') {
      if (run.text) out.push(text(run.text));
    } else if (run.type === 'mention') {
      out.push(entityLink(run.kind, run.id, run.text));
    } else {
      out.push(correction(run.id, run.status, run.text, run.original, run.ref));
    }
  }
  return out;
}

/** A paragraph of inline runs. */
export function paragraph(inlines: readonly Inline[]): Paragraph {
  return { type: 'paragraph', children: phrasing(inlines) };
}

/** A list item holding one paragraph. */
export function listItem(inlines: readonly Inline[]): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(inlines)] };
}

/** A tight list; ordered lists start at `start` and count up by one. */
export function list(items: ListItem[], ordered: boolean, start?: number): List {
  return ordered
    ? { type: 'list', ordered: true, start: start ?? 1, spread: false, children: items }
    : { type: 'list', ordered: false, spread: false, children: items };
}
