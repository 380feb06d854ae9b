/**
 * Field specs of the editorial YAML files and a checker that turns a parsed YAML node into a
 * typed value or a PlanInputError pointing at the offending line.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { status } from '../../schemas/common.ts';
import { PlanInputError } from '../types.ts';

/** What a field may hold. `regex` is a regular expression source that must compile. */
export type FieldType =
  | 'string'
  | 'text'
  | 'strings'
  | 'regex'
  | 'regexes'
  | 'flags'
  | 'year'
  | 'status'
  | 'boolean'
  | { list: Spec }
  | { map: Spec };

export interface Spec {
  [key: string]: { type: FieldType; required?: boolean };
}

/** Where a node came from, to report errors at the right line. */
export interface YamlContext {
  file: string;
  lines: LineCounter;
}

const ENUMS: Record<string, readonly string[]> = { status: status.options };

/** 1-based line of a node (1 when the node has no position). */
export function lineOf(ctx: YamlContext, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : Math.max(1, ctx.lines.linePos(offset).line);
}

/** Throw a PlanInputError at `node`. */
export function fail(
  ctx: YamlContext,
  node: Node | null | undefined,
  message: string,
  hint: string,
): never {
  throw new PlanInputError(ctx.file, lineOf(ctx, node), message, hint);
}

/** Check that `source` compiles as a regular expression (flags "i" unless given). */
export function checkRegex(ctx: YamlContext, node: Node, source: string, flags = 'i'): void {
  try {
    new RegExp(source, flags);
  } catch (error) {
    fail(
      ctx,
      node,
      `invalid regular expression /${source}/${flags}: ${(error as Error).message}`,
      'fix the pattern (YAML single quotes keep backslashes as written)',
    );
  }
}

function scalarString(ctx: YamlContext, node: Node | null, key: string): string {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    const value = isScalar(node) ? typeof node.value : isSeq(node) ? 'list' : 'mapping';
    fail(ctx, node, `"${key}" must be a non-empty string, not ${value}`, `write ${key}: some text`);
  }
  return node.value as string;
}

function stringList(ctx: YamlContext, node: Node | null, key: string): string[] {
  if (!isSeq(node))
    fail(ctx, node, `"${key}" must be a list of strings`, `write ${key}: [first, second]`);
  if (node.items.length === 0)
    fail(ctx, node, `"${key}" is empty`, `give at least one value or remove "${key}"`);
  return node.items.map((item) => scalarString(ctx, item as Node, key));
}

function checkValue(ctx: YamlContext, node: Node | null, key: string, type: FieldType): unknown {
  if (typeof type === 'object' && 'map' in type) return checkEntry(ctx, node, type.map, key);
  if (typeof type === 'object') {
    if (!isSeq(node))
      fail(ctx, node, `"${key}" must be a list`, `write ${key}: followed by "- " entries`);
    return node.items.map((item) => checkEntry(ctx, item as Node, type.list, key));
  }
  switch (type) {
    case 'string':
      return scalarString(ctx, node, key);
    case 'text':
      if (!isScalar(node) || typeof node.value !== 'string') {
        fail(ctx, node, `"${key}" must be a string`, `quote the value: ${key}: '...'`);
      }
      return node.value;
    case 'strings':
      return stringList(ctx, node, key);
    case 'regex': {
      const source = scalarString(ctx, node, key);
      checkRegex(ctx, node as Node, source);
      return source;
    }
    case 'regexes': {
      const sources = stringList(ctx, node, key);
      for (const [i, source] of sources.entries())
        checkRegex(ctx, (node as { items: Node[] }).items[i], source);
      return sources;
    }
    case 'flags': {
      const flags = scalarString(ctx, node, key);
      if (!/^[dgimsuvy]*$/.test(flags) || new Set(flags).size !== flags.length) {
        fail(
          ctx,
          node,
          `"${key}" has invalid regular expression flags "${flags}"`,
          'use letters from d, g, i, m, s, u, v, y, each once',
        );
      }
      return flags;
    }
    case 'boolean':
      if (!isScalar(node) || typeof node.value !== 'boolean') {
        fail(ctx, node, `"${key}" must be true or false`, `write ${key}: true`);
      }
      return node.value;
    case 'year': {
      if (
        !isScalar(node) ||
        typeof node.value !== 'number' ||
        !Number.isInteger(node.value) ||
        node.value < 1900 ||
        node.value > 2200
      ) {
        fail(ctx, node, `"${key}" must be a year such as 2025`, `write ${key}: 2025`);
      }
      return node.value;
    }
    default: {
      const value = scalarString(ctx, node, key);
      if (!ENUMS[type].includes(value)) {
        fail(
          ctx,
          node,
          `"${key}" must be one of ${ENUMS[type].join(', ')}, not "${value}"`,
          `write ${key}: ${ENUMS[type][0]}`,
        );
      }
      return value;
    }
  }
}

/** Check one mapping against `spec`: required fields, types, no unknown keys. */
export function checkEntry(
  ctx: YamlContext,
  node: Node | null,
  spec: Spec,
  what: string,
): Record<string, unknown> {
  if (!isMap(node))
    fail(
      ctx,
      node,
      `each ${what} entry must be a mapping (key: value lines)`,
      'start the entry with "- id: ..." and indent its fields',
    );
  const out: Record<string, unknown> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!(key in spec)) {
      fail(
        ctx,
        keyNode,
        `unknown key "${key}" in ${what}`,
        `allowed keys: ${Object.keys(spec).join(', ')}`,
      );
    }
    const valueNode = (pair.value ?? keyNode) as Node;
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      fail(ctx, valueNode, `"${key}" has no value`, `give "${key}" a value or remove the line`);
    }
    out[key] = checkValue(ctx, pair.value as Node, key, spec[key].type);
  }
  for (const [key, field] of Object.entries(spec)) {
    if (field.required && !(key in out)) {
      fail(ctx, node, `${what} entry lacks "${key}"`, `add "${key}:" to this entry`);
    }
  }
  return out;
}

// ── the specs ─────────────────────────────────────────────────────────────

export const INDUSTRY: Spec = {
  id: { type: 'string', required: true },
  name: { type: 'string', required: true },
  aliases: { type: 'strings', required: true },
  zh: { type: 'string' },
};

export const PLACE: Spec = {
  id: { type: 'string', required: true },
  name: { type: 'string', required: true },
  aliases: { type: 'strings', required: true },
  zh: { type: 'string' },
  kind: { type: 'string' },
  district: { type: 'string' },
  status: { type: 'status', required: true },
  note: { type: 'string' },
};

export const TERM: Spec = {
  id: { type: 'string', required: true },
  term: { type: 'string', required: true },
  aliases: { type: 'strings' },
  zh: { type: 'string' },
  expansion: { type: 'string' },
  definition: { type: 'string' },
};

export const CORRECTION: Spec = {
  id: { type: 'string', required: true },
  find: { type: 'string', required: true },
  replace: { type: 'string', required: true },
  status: { type: 'status', required: true },
  note: { type: 'string' },
  zh: { type: 'string' },
};

export const NOISE: Spec = {
  id: { type: 'string', required: true },
  pattern: { type: 'string', required: true },
  flags: { type: 'flags' },
  replace: { type: 'text' },
  note: { type: 'string' },
};

export const CHROME: Spec = {
  breadcrumb: { type: 'regexes', required: true },
  dateline: { type: 'regexes', required: true },
  notice: { type: 'regexes', required: true },
  footer: { type: 'regexes', required: true },
  byline: { type: 'regexes' },
  documentNumber: { type: 'regexes' },
  planTitle: { type: 'regexes' },
  planIssued: { type: 'regexes' },
  storyLead: { type: 'regexes' },
};

/** A plan folder's entry that switches a shared entry off: `- { id: x, drop: true }`. */
export const DROP: Spec = {
  id: { type: 'string', required: true },
  drop: { type: 'boolean', required: true },
  note: { type: 'string' },
};

const TIERS: Spec = {
  nouns: { type: 'strings', required: true },
  countedNouns: { type: 'strings', required: true },
  qualifiers: { type: 'strings', required: true },
  generic: { type: 'strings', required: true },
};

const INDUSTRY_LISTS: Spec = {
  triggers: { type: 'strings', required: true },
  afterCategory: { type: 'strings', required: true },
  reverse: { type: 'strings', required: true },
  anaphora: { type: 'strings', required: true },
  prefixes: { type: 'strings', required: true },
  clauseWords: { type: 'strings', required: true },
  generic: { type: 'strings', required: true },
  contextBefore: { type: 'strings', required: true },
  contextAfter: { type: 'strings', required: true },
  excluded: { type: 'strings' },
};

export const STRUCTURE: Spec = {
  tiers: { type: { map: TIERS } },
  industryLists: { type: { map: INDUSTRY_LISTS } },
  goalsHeading: { type: 'regexes', required: true },
  layoutHeading: { type: 'regexes', required: true },
  projectsHeading: { type: 'regexes', required: true },
  goalSentence: { type: 'regexes', required: true },
  goalIntent: { type: 'regexes' },
  goalFuture: { type: 'regexes' },
  goalNot: { type: 'regexes' },
  periods: {
    type: {
      list: { pattern: { type: 'regex', required: true }, year: { type: 'year', required: true } },
    },
    required: true,
  },
  countUnits: { type: 'regexes' },
  projectLead: { type: 'regexes' },
};
