/** Typed reads from a YAML map node that record problems with the node's line instead of throwing. */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { GoldProblem } from './gold-error.ts';

export class GoldReader {
  readonly problems: GoldProblem[] = [];
  private readonly lines: LineCounter;
  constructor(lines: LineCounter) {
    this.lines = lines;
  }

  /** 1-based line where a node starts (1 when unknown). */
  line(node: unknown): number {
    const range = (node as Node | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  problem(node: unknown, message: string, hint: string): void {
    this.problems.push({ line: this.line(node), message, hint });
  }

  /** The map at `node`, or a problem. */
  map(node: unknown, what: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.problem(node, `${what} must be a mapping`, `write ${what} as { key: value, ... }`);
    return undefined;
  }

  /** Report keys of `map` that are not in `allowed`. */
  keys(map: YAMLMap, allowed: readonly string[], what: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!allowed.includes(key))
        this.problem(
          pair.key,
          `unknown key "${key}" in ${what}`,
          `use one of: ${allowed.join(', ')}`,
        );
    }
  }

  private node(map: YAMLMap, key: string): unknown {
    return map.get(key, true);
  }

  str(map: YAMLMap, key: string, what: string, required = false): string | undefined {
    const node = this.node(map, key);
    if (node === undefined) {
      if (required) this.problem(map, `${what} has no ${key}`, `add ${key}: <text>`);
      return undefined;
    }
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    this.problem(node, `${what}: ${key} must be a non-empty text`, `write ${key}: <text>`);
    return undefined;
  }

  num(map: YAMLMap, key: string, what: string, required = false): number | undefined {
    const node = this.node(map, key);
    if (node === undefined) {
      if (required) this.problem(map, `${what} has no ${key}`, `add ${key}: <number>`);
      return undefined;
    }
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problem(
      node,
      `${what}: ${key} must be a number`,
      `write ${key}: 12.5 (no unit, no quotes)`,
    );
    return undefined;
  }

  year(map: YAMLMap, key: string, what: string): number | undefined {
    const value = this.num(map, key, what);
    if (value === undefined || (Number.isInteger(value) && value >= 1949 && value <= 2100))
      return value;
    this.problem(
      this.node(map, key),
      `${what}: ${key} ${value} is not a year`,
      'write a year such as 2025',
    );
    return undefined;
  }

  oneOf<T extends string>(
    map: YAMLMap,
    key: string,
    options: readonly T[],
    what: string,
    required = false,
  ): T | undefined {
    const value = this.str(map, key, what, required);
    if (value === undefined || (options as readonly string[]).includes(value)) return value as T;
    this.problem(
      this.node(map, key),
      `${what}: ${key} "${value}" is not known`,
      `use one of: ${options.join(', ')}`,
    );
    return undefined;
  }

  /** A list of texts (a single text is a list of one). */
  strList(map: YAMLMap, key: string, what: string): string[] {
    const node = this.node(map, key);
    if (node === undefined) return [];
    if (isScalar(node) && typeof node.value === 'string') return [node.value.trim()];
    if (!isSeq(node)) {
      this.problem(node, `${what}: ${key} must be a list of texts`, `write ${key}: [a, b]`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value === 'string' && value.trim() !== '') out.push(value.trim());
      else if (typeof value === 'number') out.push(String(value));
      else
        this.problem(
          item,
          `${what}: every entry of ${key} must be a text`,
          'write each spelling as text',
        );
    }
    return out;
  }

  /** The mappings of a list under `key` (absent: none). */
  entries(map: YAMLMap, key: string): YAMLMap[] {
    const node = this.node(map, key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.problem(node, `${key} must be a list`, `write ${key}: followed by "- { ... }" lines`);
      return [];
    }
    return node.items.flatMap((item) => {
      const entry = this.map(item, `an entry of ${key}`);
      return entry ? [entry] : [];
    });
  }
}
