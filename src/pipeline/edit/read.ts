/**
 * Read a plan folder's editorial/edits.yaml into checked edit operations: each entry adds,
 * changes or drops one fact by id, says why, and every value has the type its field needs.
 * Whether the ids exist is checked when the edits are applied (they depend on the text).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { fail, lineOf, parseYaml, type YamlContext } from '../yaml-check.ts';
import { aKind, EDIT_KINDS, FIXED_FIELDS, KINDS, type EditKind, type FieldType } from './kinds.ts';

export const EDIT_OPS = ['add', 'change', 'drop'] as const;
export type EditOpName = (typeof EDIT_OPS)[number];

/** A field's new value (null: remove the field) and the line it is on. */
export interface FieldEdit {
  value: unknown;
  line: number;
}

export interface EditOp {
  op: EditOpName;
  kind: EditKind;
  id: string;
  /** The editor's reason, shown beside the fact on the site. */
  why: string;
  /** Fields to set, in the order written. */
  fields: Record<string, FieldEdit>;
  file: string;
  line: number;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEXT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The edits of `text` (the file `file`); an empty file has none. */
export function readEdits(file: string, text: string): EditOp[] {
  const { ctx, root } = parseYaml(file, text);
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root))
    fail(ctx, root, 'edits.yaml must be a list of edits', 'start each edit with "- add: <kind>"');
  return root.items.map((item) => readOp(ctx, item as Node));
}

function readOp(ctx: YamlContext, node: Node): EditOp {
  if (!isMap(node))
    fail(
      ctx,
      node,
      'each edit must be a mapping (key: value lines)',
      'write "- drop: industry" and indent "id:" and "why:" under it',
    );
  const keys = new Map<string, Node>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    keys.set(key, (pair.value ?? pair.key) as Node);
  }
  const ops = EDIT_OPS.filter((op) => keys.has(op));
  if (ops.length !== 1)
    fail(
      ctx,
      node,
      ops.length === 0
        ? 'the edit says neither add, change nor drop'
        : `the edit says both ${ops.join(' and ')}`,
      `start it with exactly one of "add: <kind>", "change: <kind>", "drop: <kind>" (kinds: ${EDIT_KINDS.join(', ')})`,
    );
  const op = ops[0]!;
  const kind = word(ctx, keys.get(op)!, op, EDIT_KINDS) as EditKind;
  const idNode = keys.get('id');
  if (!idNode) fail(ctx, node, `the edit lacks "id"`, `name the ${kind} to ${op} with "id:"`);
  const id = text(ctx, idNode, 'id');
  if (!SLUG.test(id))
    fail(
      ctx,
      idNode,
      `${kind} id "${id}" is not a slug`,
      'use lowercase letters, digits and single hyphens, e.g. "new-materials"',
    );
  const whyNode = keys.get('why');
  if (!whyNode)
    fail(ctx, node, 'the edit lacks "why"', 'say in a sentence why; the site shows it to readers');
  const why = text(ctx, whyNode, 'why');
  const fields: Record<string, FieldEdit> = {};
  for (const [key, valueNode] of keys) {
    if (key === op || key === 'id' || key === 'why') continue;
    const allowed = Object.keys(KINDS[kind].fields).join(', ');
    if (op === 'drop')
      fail(ctx, valueNode, `"${key}" in a drop`, 'a drop takes only "id" and "why"');
    if (FIXED_FIELDS.has(key) || EDIT_OPS.includes(key as EditOpName))
      fail(ctx, valueNode, `"${key}" cannot be edited`, `fields of ${aKind(kind)}: ${allowed}`);
    const spec = KINDS[kind].fields[key];
    if (!spec && op === 'add')
      fail(
        ctx,
        valueNode,
        `unknown ${kind} field "${key}"`,
        `fields of ${aKind(kind)}: ${allowed}`,
      );
    // Null removes a field: only a field that may be absent, in a change.
    const removable = op === 'change' && !spec?.required;
    const value = fieldValue(ctx, valueNode, key, spec?.type, removable);
    fields[key] = { value, line: lineOf(ctx, valueNode) };
  }
  if (op === 'change' && Object.keys(fields).length === 0)
    fail(ctx, node, 'the change sets no field', `give the fields to change, e.g. "name: ..."`);
  if (op === 'add') {
    for (const [key, spec] of Object.entries(KINDS[kind].fields)) {
      if (spec.required && !(key in fields))
        fail(ctx, node, `an added ${kind} needs "${key}"`, `add "${key}:" to this edit`);
    }
  }
  return { op, kind, id, why, fields, file: ctx.file, line: lineOf(ctx, node) };
}

/** A non-empty string scalar. */
function text(ctx: YamlContext, node: Node, key: string): string {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '')
    fail(
      ctx,
      node,
      `"${key}" must be some text`,
      `write ${key}: followed by the text (quote it if it has a colon)`,
    );
  return node.value;
}

function word(ctx: YamlContext, node: Node, key: string, words: readonly string[]): string {
  const value = isScalar(node) ? String(node.value) : '';
  if (!words.includes(value))
    fail(
      ctx,
      node,
      `"${key}" must be one of ${words.join(', ')}, not "${value}"`,
      `write ${key}: ${words[0]}`,
    );
  return value;
}

/** The value of a field, checked against its type (or, for fields without one, any scalar). */
function fieldValue(
  ctx: YamlContext,
  node: Node,
  key: string,
  type: FieldType | undefined,
  removable: boolean,
): unknown {
  if (isScalar(node) && node.value === null) {
    if (!removable)
      fail(ctx, node, `"${key}" has no value`, `give "${key}" a value or remove the line`);
    return null;
  }
  if (type === undefined) {
    if (!isScalar(node) || !['string', 'number', 'boolean'].includes(typeof node.value))
      fail(ctx, node, `"${key}" must be text, a number or true/false`, `write ${key}: <value>`);
    return node.value;
  }
  if (typeof type === 'object' && 'oneOf' in type) return word(ctx, node, key, type.oneOf);
  if (typeof type === 'object' && 'ref' in type) return id(ctx, node, key, SLUG);
  if (type === 'strings' || (typeof type === 'object' && 'refs' in type)) {
    if (!isSeq(node)) fail(ctx, node, `"${key}" must be a list`, `write ${key}: [first, second]`);
    const items = node.items.map((item) =>
      type === 'strings' ? text(ctx, item as Node, key) : id(ctx, item as Node, key, SLUG),
    );
    if (type === 'strings' && items.length === 0)
      fail(ctx, node, `"${key}" is empty`, `give at least one value, or write ${key}: null`);
    return items;
  }
  switch (type) {
    case 'string':
      return text(ctx, node, key);
    case 'block':
    case 'section':
      return id(ctx, node, key, TEXT_ID);
    default:
      return number(ctx, node, key, type);
  }
}

function id(ctx: YamlContext, node: Node, key: string, pattern: RegExp): string {
  const value = text(ctx, node, key);
  if (!pattern.test(value))
    fail(ctx, node, `"${value}" is not an id`, `copy the id from data/plan.json or a ¶ link`);
  return value;
}

function number(ctx: YamlContext, node: Node, key: string, type: 'number' | 'count' | 'year') {
  const value = isScalar(node) ? node.value : undefined;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (type === 'number' ||
      (Number.isInteger(value) &&
        (type === 'count' ? value >= 0 : value >= 1900 && value <= 2200)));
  if (!ok) {
    const what = { number: 'a number', count: 'a whole number', year: 'a year such as 2025' }[type];
    fail(
      ctx,
      node,
      `"${key}" must be ${what}`,
      `write ${key}: ${type === 'year' ? 2025 : 12} (no quotes)`,
    );
  }
  return value as number;
}
