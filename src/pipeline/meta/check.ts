/**
 * Checks for plan.yaml fields that report the line of the offending node, so an editor can go
 * straight to it.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { isoDate } from './date.ts';
import { PlanInputError } from '../types.ts';

/** Keys and list indexes from the top of the document to a node. */
export type Path = (string | number)[];

/** Field checks that report the line of the offending node. */
export class Checker {
  private readonly doc: Document;
  private readonly lines: LineCounter;
  private readonly file: string;
  constructor(doc: Document, lines: LineCounter, file: string) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }

  fail(path: Path, message: string, hint: string): never {
    throw new PlanInputError(this.file, this.line(path), message, hint);
  }

  text(path: Path, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(
        path,
        `${name(path)} must be a non-empty string`,
        'quote the value if YAML reads it as a number, date or boolean',
      );
    }
    return value;
  }

  matches(path: Path, value: unknown, re: RegExp, what: string): string {
    const text = this.text(path, value);
    if (!re.test(text))
      this.fail(
        path,
        `${name(path)} must be ${what}, not ${JSON.stringify(text)}`,
        `write ${what}`,
      );
    return text;
  }

  date(path: Path, value: unknown): string {
    const text = this.matches(path, value, /^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
    if (isoDate(text) !== text)
      this.fail(path, `${name(path)}: ${text} is not a calendar date`, 'check the month and day');
    return text;
  }

  oneOf<T extends string>(path: Path, value: unknown, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) {
      this.fail(
        path,
        `${name(path)} must be one of ${allowed.join(', ')}`,
        `write one of: ${allowed.join(', ')}`,
      );
    }
    return value as T;
  }

  object(path: Path, value: unknown, known: string[]): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(
        path,
        `${name(path)} must be a mapping`,
        `write its fields (${known.join(', ')}) indented below it`,
      );
    }
    const record = value as Record<string, unknown>;
    this.keys(path, record, known);
    return record;
  }

  keys(path: Path, record: Record<string, unknown>, known: string[]): void {
    for (const key of Object.keys(record)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      const where = path.length ? ` in ${name(path)}` : '';
      this.fail(
        [...path, key],
        `unknown key "${key}"${where}`,
        near
          ? `did you mean "${near}"? Known keys: ${known.join(', ')}`
          : `known keys: ${known.join(', ')}`,
      );
    }
  }

  /** Line of the node at `path` (the key's line for a map entry), else of the nearest parent. */
  private line(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const parent = n <= 1 ? this.doc.contents : this.doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      let node: unknown = n === 0 ? this.doc.contents : undefined;
      if (n > 0 && isMap(parent)) {
        node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
      } else if (n > 0 && isSeq(parent) && typeof key === 'number') {
        node = parent.items[key];
      }
      const offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
      if (offset !== undefined) return Math.max(1, this.lines.linePos(offset).line);
    }
    return 1;
  }
}

function name(path: Path): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : p))
      .join('.')
      .replace(/\.\[/g, '[') || 'plan.yaml'
  );
}

/** The known key within edit distance 2 of `key`, if any (for "did you mean"). */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    // "title" and "issuer" should find "titleEn" and "issuerZh".
    const bare = k.replace(/(En|Zh)$/, '').toLowerCase();
    const d = Math.min(
      distance(key.toLowerCase(), k.toLowerCase()),
      distance(key.toLowerCase(), bare),
    );
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length];
}
