/**
 * Load the editorial layer: shared data (content/editorial/*.yaml) plus a plan folder's own
 * editorial/*.yaml, validated entry by entry. Pure: takes file contents, not paths.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type {
  ChromeRules,
  CorrectionData,
  Editorial,
  IndustryData,
  NoiseRule,
  PlaceData,
  StructureRules,
  TermData,
} from './types.ts';
import {
  CHROME,
  CORRECTION,
  DROP,
  INDUSTRY,
  NOISE,
  PLACE,
  STRUCTURE,
  TERM,
  checkEntry,
  checkRegex,
  fail,
  lineOf,
  type Spec,
  type YamlContext,
} from './schema.ts';
import { PlanInputError } from '../types.ts';

/** YAML file contents keyed by base name ("industries", "places", ...); undefined = no file. */
export type EditorialSources = Record<string, string | undefined>;

/** Base names of the editorial files, in the order they are read. */
export const EDITORIAL_FILES = [
  'industries',
  'places',
  'glossary',
  'corrections',
  'noise',
  'chrome',
  'structure',
] as const;

const LISTS = {
  industries: { spec: INDUSTRY, what: 'industry', aliases: (e: IndustryData) => e.aliases },
  places: { spec: PLACE, what: 'place', aliases: (e: PlaceData) => e.aliases },
  glossary: { spec: TERM, what: 'term', aliases: (e: TermData) => [e.term, ...(e.aliases ?? [])] },
  corrections: { spec: CORRECTION, what: 'correction', aliases: (e: CorrectionData) => [e.find] },
  noise: { spec: NOISE, what: 'noise rule', aliases: () => [] as string[] },
} as const;

const EMPTY_CHROME: ChromeRules = { breadcrumb: [], dateline: [], notice: [], footer: [] };
const EMPTY_STRUCTURE: StructureRules = {
  tiers: { nouns: [], countedNouns: [], qualifiers: [], generic: [] },
  industryLists: {
    triggers: [],
    afterCategory: [],
    reverse: [],
    anaphora: [],
    prefixes: [],
    clauseWords: [],
    generic: [],
    contextBefore: [],
    contextAfter: [],
  },
  goalsHeading: [],
  layoutHeading: [],
  projectsHeading: [],
  goalSentence: [],
  periods: [],
};

interface Parsed {
  ctx: YamlContext;
  root: Node | null;
}

function parseSource(file: string, text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const ctx = { file, lines };
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? 1;
    throw new PlanInputError(
      file,
      line,
      `invalid YAML: ${error.message.split('\n')[0]}`,
      'check indentation, quotes and colons on this line',
    );
  }
  return { ctx, root: (doc.contents as Node | null) ?? null };
}

/** A plan folder's `- { id: x, drop: true }`: switch the shared entry x off. */
interface Drop {
  id: string;
  node: Node;
}

/** Whether a list item is a drop entry (it has a `drop` key). */
function isDrop(item: Node): boolean {
  return isMap(item) && item.items.some((pair) => isScalar(pair.key) && pair.key.value === 'drop');
}

/** Entries of a list file, each checked against `spec`; ids unique; aliases unique. With
 *  `drops`, drop entries are allowed and collected there (plan folders only). */
function readList<T extends { id: string }>(
  parsed: Parsed,
  spec: Spec,
  what: string,
  aliasesOf: (entry: T) => string[],
  drops?: Drop[],
): T[] {
  const { ctx, root } = parsed;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root))
    fail(
      ctx,
      root,
      `the file must be a list of ${what} entries`,
      'start each entry with "- id: ..."',
    );
  const ids = new Map<string, number>();
  const aliases = new Map<string, string>();
  const entries: T[] = [];
  for (const item of root.items as Node[]) {
    if (isDrop(item)) {
      if (!drops) {
        fail(
          ctx,
          item,
          `"drop" switches off a shared ${what}; the shared file cannot drop its own entries`,
          'delete the entry instead, or move the drop to a plan folder editorial/ file',
        );
      }
      const entry = checkEntry(ctx, item, DROP, what) as { id: string; drop: boolean };
      if (entry.drop) drops.push({ id: entry.id, node: item });
      continue;
    }
    const entry = checkEntry(ctx, item as Node, spec, what) as unknown as T;
    const line = lineOf(ctx, item as Node);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) {
      fail(
        ctx,
        item as Node,
        `${what} id "${entry.id}" is not a slug`,
        'use lowercase letters, digits and single hyphens, e.g. "new-materials"',
      );
    }
    if (ids.has(entry.id)) {
      fail(
        ctx,
        item as Node,
        `duplicate ${what} id "${entry.id}" (first at line ${ids.get(entry.id)})`,
        'ids must be unique in a file; rename or merge the entries',
      );
    }
    ids.set(entry.id, line);
    for (const alias of aliasesOf(entry)) {
      const key = alias.toLowerCase();
      const owner = aliases.get(key);
      if (owner !== undefined && owner !== entry.id) {
        fail(
          ctx,
          item as Node,
          `"${alias}" names two ${what} entries: "${owner}" and "${entry.id}"`,
          'a spelling may name only one entry of a kind; remove it from one of them',
        );
      }
      aliases.set(key, entry.id);
    }
    entries.push(entry);
  }
  return entries;
}

/** The shared list with local entries replacing shared ones of the same id, new ones appended,
 *  and dropped ids removed; a drop of an id the shared file does not have is an error. */
function mergeById<T extends { id: string }>(
  shared: T[],
  local: T[],
  drops: Drop[] = [],
  where?: { ctx: YamlContext; what: string; sharedFile: string },
): T[] {
  const sharedIds = new Set(shared.map((entry) => entry.id));
  for (const drop of drops) {
    if (sharedIds.has(drop.id) || !where) continue;
    const near = closest(drop.id, [...sharedIds]);
    fail(
      where.ctx,
      drop.node,
      `no shared ${where.what} has the id "${drop.id}", so there is nothing to drop`,
      near
        ? `did you mean "${near}"? ids are those of ${where.sharedFile}`
        : `use an id from ${where.sharedFile}`,
    );
  }
  const dropped = new Set(drops.map((drop) => drop.id));
  const byId = new Map(local.map((entry) => [entry.id, entry]));
  const merged = shared
    .filter((entry) => !dropped.has(entry.id))
    .map((entry) => byId.get(entry.id) ?? entry);
  return [...merged, ...local.filter((entry) => !sharedIds.has(entry.id))];
}

/** A spelling a plan folder's entry lists is that entry's alone: shared entries of other ids
 *  lose it ("hydrogen energy" may name a plan's own "hydrogen energy and storage"). */
function claimAliases<T extends { id: string }>(merged: T[], local: T[]): T[] {
  const claimed = new Map<string, string>();
  for (const entry of local) {
    const aliases = (entry as { aliases?: string[] }).aliases ?? [];
    for (const alias of aliases) claimed.set(alias.toLowerCase(), entry.id);
  }
  if (claimed.size === 0) return merged;
  return merged.map((entry) => {
    const aliases = (entry as { aliases?: string[] }).aliases;
    if (!aliases) return entry;
    const kept = aliases.filter(
      (alias) => (claimed.get(alias.toLowerCase()) ?? entry.id) === entry.id,
    );
    return kept.length === aliases.length ? entry : { ...entry, aliases: kept };
  });
}

/** The id among `ids` nearest to `id` (fewest edits, at most a third of its length), if any. */
function closest(id: string, ids: string[]): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const other of ids) {
    const cost = editDistance(id, other);
    if (cost <= Math.max(2, Math.floor(id.length / 3)) && (!best || cost < best.cost))
      best = { id: other, cost };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function readRules<T>(parsed: Parsed, spec: Spec, what: string): T {
  const { ctx, root } = parsed;
  if (!isMap(root))
    fail(
      ctx,
      root,
      `${what} must be a mapping of rule lists`,
      `write keys: ${Object.keys(spec).join(', ')}`,
    );
  return checkEntry(ctx, root, spec, what) as T;
}

function checkNoise(parsed: Parsed, rules: NoiseRule[]): void {
  const root = parsed.root;
  rules.forEach((rule, i) => {
    const node = isSeq(root) ? (root.items[i] as Node) : root;
    if (node) checkRegex(parsed.ctx, node, rule.pattern, rule.flags ?? 'g');
  });
}

function fileName(name: string, dir: string | undefined): string {
  return dir ? `${dir.replace(/\/+$/, '')}/${name}.yaml` : `${name}.yaml`;
}

/** Parse and validate the editorial layer; local (plan folder) entries override shared ones by id. */
export function loadEditorial(
  shared: EditorialSources,
  local: EditorialSources,
  files?: { sharedDir: string; localDir: string },
): Editorial {
  const parse = (name: string, scope: 'shared' | 'local'): Parsed | undefined => {
    const text = (scope === 'shared' ? shared : local)[name];
    if (text === undefined) return undefined;
    const dir = files
      ? scope === 'shared'
        ? files.sharedDir
        : files.localDir
      : scope === 'local'
        ? 'editorial'
        : undefined;
    return parseSource(fileName(name, dir), text);
  };
  const list = <K extends keyof typeof LISTS>(name: K) => {
    const { spec, what, aliases } = LISTS[name];
    const drops: Drop[] = [];
    const read = (parsed: Parsed | undefined, scope: 'shared' | 'local') => {
      if (!parsed) return [];
      const aliasesOf = aliases as (e: { id: string }) => string[];
      const entries = readList(
        parsed,
        spec,
        what,
        aliasesOf,
        scope === 'local' ? drops : undefined,
      );
      if (name === 'noise') checkNoise(parsed, entries as unknown as NoiseRule[]);
      return entries;
    };
    const shared = parse(name, 'shared');
    const local = parse(name, 'local');
    const where = local && {
      ctx: local.ctx,
      what,
      sharedFile: shared?.ctx.file ?? fileName(name, files?.sharedDir),
    };
    const localEntries = read(local, 'local');
    return claimAliases(
      mergeById(read(shared, 'shared'), localEntries, drops, where),
      localEntries,
    );
  };
  const rules = <T>(name: 'chrome' | 'structure', spec: Spec, empty: T): T => {
    const parsed = parse(name, 'local') ?? parse(name, 'shared');
    return parsed ? { ...empty, ...readRules<T>(parsed, spec, `${name}.yaml`) } : empty;
  };
  return {
    industries: list('industries') as IndustryData[],
    places: list('places') as PlaceData[],
    terms: list('glossary') as TermData[],
    corrections: list('corrections') as CorrectionData[],
    noise: list('noise') as NoiseRule[],
    chrome: rules('chrome', CHROME, EMPTY_CHROME),
    structure: rules('structure', STRUCTURE, EMPTY_STRUCTURE),
  };
}
