/**
 * Check a YAML file against a Zod schema of the model (src/schemas/) and turn the first problem
 * into a PlanInputError: the file, the line of the offending node and what to do.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { closestKey } from './nearest.ts';
import { fieldMeta, shapeAt, type FieldMeta, type Path } from './schema-path.ts';
import { PlanInputError } from './types.ts';

/** Where a node came from, to report errors at the right line. */
export interface YamlContext {
  file: string;
  lines: LineCounter;
}

/** A parsed YAML file: its document, its contents as plain data, and how to name lines. */
export interface YamlFile {
  ctx: YamlContext;
  doc: Document;
  root: Node | null;
  data: unknown;
}

export type { Path };

/** How messages name a field: editorial files by its key ("name"), plan.yaml by its path
 *  (documentNumber.status); `what` names an entry ("industry") or the file ("plan.yaml"). */
export interface Naming {
  style: 'key' | 'path';
  what: string;
}

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

/** Parse `text`; syntax errors, unknown tags and alias bombs are PlanInputErrors at their line. */
export function parseYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const ctx = { file, lines };
  const [error] = doc.errors;
  if (error) {
    throw new PlanInputError(
      file,
      error.linePos?.[0]?.line ?? 1,
      `invalid YAML: ${error.message.split('\n')[0]}`,
      'check indentation, quotes and colons on this line; quote values that contain ": ", " #", quotes or a leading special character',
    );
  }
  // An unknown tag (!foo, !!js/function) would be dropped silently, keeping only the value.
  const unresolved = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unresolved) {
    throw new PlanInputError(
      file,
      unresolved.linePos?.[0]?.line ?? 1,
      `unknown YAML tag: ${unresolved.message.split(' at line ')[0]}`,
      'remove the tag (the word starting with "!") or quote the whole value',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The YAML library refuses alias "bombs" (aliases that expand to huge values).
    throw new PlanInputError(
      file,
      1,
      `invalid YAML: ${(error as Error).message}`,
      'write the values out instead of repeating anchors and aliases (&name, *name)',
    );
  }
  return { ctx, doc, root: (doc.contents as Node | null) ?? null, data: data ?? null };
}

/** The value at `at` (a path into the file, [] for the whole file) checked against `schema`. */
export function checkYaml<S extends z.ZodType>(
  file: YamlFile,
  at: Path,
  schema: S,
  naming: Naming,
): z.output<S> {
  const value = valueAt(file.data, at);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    issue,
    missing: isMissing(value, issue),
    line: lineAt(file, [...at, ...issue.path.map(key)]),
  }));
  issues.sort((a, b) => Number(a.missing) - Number(b.missing) || a.line - b.line);
  const { issue, missing } = issues[0];
  const report = describe(issue as Issue, value, schema, naming, missing);
  const path = [...at, ...(missing ? issue.path.slice(0, -1) : issue.path).map(key)];
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]);
  throw new PlanInputError(file.ctx.file, lineAt(file, path), report.message, report.hint);
}

type Issue = z.core.$ZodIssue & { params?: FieldMeta };

const key = (k: PropertyKey): string | number => (typeof k === 'number' ? k : String(k));

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const k of path) value = (value as Record<string | number, unknown> | null)?.[k];
  return value;
}

/** A required field that is absent (not null: a key without a value is reported as such). */
function isMissing(value: unknown, issue: z.core.$ZodIssue): boolean {
  if (issue.path.length === 0 || issue.code === 'unrecognized_keys') return false;
  const parent = valueAt(value, issue.path.slice(0, -1).map(key));
  return typeof parent === 'object' && parent !== null && !(key(issue.path.at(-1)!) in parent);
}

/** Line of the node at `path` (the key's line for a map entry), else of the nearest parent. */
function lineAt(file: YamlFile, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const parent = n <= 1 ? file.doc.contents : file.doc.getIn(path.slice(0, n - 1), true);
    const k = path[n - 1];
    let node: unknown = n === 0 ? file.doc.contents : undefined;
    if (n > 0 && isMap(parent)) {
      node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === k)?.key;
    } else if (n > 0 && isSeq(parent) && typeof k === 'number') {
      node = parent.items[k];
    }
    const offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
    if (offset !== undefined) return Math.max(1, file.ctx.lines.linePos(offset).line);
  }
  return 1;
}

/** Message and hint for one Zod issue, in the words of the YAML file. */
function describe(
  issue: Issue,
  root: unknown,
  schema: z.ZodType,
  naming: Naming,
  missing: boolean,
): { message: string; hint: string } {
  const path = issue.path.map(key);
  const label = nameOf(path, naming);
  const input = valueAt(root, path);
  const meta: FieldMeta = { ...fieldMeta(schema, path), ...issue.params };
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(shapeAt(schema, path) ?? {});
    const k = issue.keys[0];
    const near = closestKey(k, allowed);
    const where = naming.style === 'key' ? ` in ${naming.what}` : path.length ? ` in ${label}` : '';
    const known = `allowed keys: ${allowed.join(', ')}`;
    return {
      message: `unknown key "${k}"${where}`,
      hint: near ? `did you mean "${near}"? ${known}` : known,
    };
  }
  if (missing) {
    const k = path.at(-1)!;
    const parent = path.slice(0, -1);
    const owner =
      naming.style === 'key' && parent.filter((p) => typeof p === 'string').length === 0
        ? `${naming.what} entry`
        : nameOf(parent, naming);
    const what = meta.what ?? expected(issue);
    return {
      message: `${owner} lacks "${k}"`,
      hint: `add "${k}:" to this entry${what ? ` (${what})` : ''}`,
    };
  }
  if (input === null)
    return { message: `${label} has no value`, hint: `give ${label} a value or remove the line` };
  if (issue.code === 'too_small' && Array.isArray(input) && input.length === 0)
    return { message: `${label} is empty`, hint: `give at least one value or remove ${label}` };
  if (meta.sentence)
    return { message: `${label}: ${meta.sentence}`, hint: meta.hint ?? `fix ${label}` };
  const what = meta.what ?? expected(issue) ?? issue.message;
  const k = path.at(-1) ?? naming.what;
  return {
    message: `${label} must be ${what}${input === undefined ? '' : `, not ${shown(input)}`}`,
    hint: meta.hint ?? defaultHint(issue, k, input, shapeAt(schema, path), what),
  };
}

/** "name" (key style) or documentNumber.status / sourceChain[0] (path style). */
function nameOf(path: Path, naming: Naming): string {
  if (naming.style === 'key') {
    const last = path.findLast((p) => typeof p === 'string');
    return last === undefined ? naming.what : `"${last}"`;
  }
  const name = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
  return name.replace(/^\./, '') || naming.what;
}

/** What the schema wanted, in words, from the issue alone. */
function expected(issue: Issue): string | undefined {
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  if (issue.code !== 'invalid_type') return undefined;
  const words: Record<string, string> = {
    string: 'a non-empty string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
  };
  return words[issue.expected] ?? issue.expected;
}

function defaultHint(
  issue: Issue,
  k: string | number,
  input: unknown,
  shape: Record<string, unknown> | undefined,
  what: string,
): string {
  if (issue.code === 'invalid_value') return `write ${k}: ${String(issue.values[0])}`;
  if (issue.code === 'invalid_type' && issue.expected === 'object' && shape)
    return `write its fields (${Object.keys(shape).join(', ')}) indented below it`;
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return `write ${k}: [first, second], or one "- " entry a line below it`;
  if (issue.code === 'invalid_type' && issue.expected === 'string' && input !== undefined)
    return typeof input === 'object'
      ? `write ${k}: some text`
      : 'quote the value if YAML reads it as a number, date or boolean';
  return `write ${k}: ${what}`;
}

/** A value as messages show it: "text", the number 12, true, list, mapping. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'object' && value !== null) return 'mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'number' ? `the number ${value}` : String(value);
}
