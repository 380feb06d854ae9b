/**
 * Load the editorial layer: shared data (content/editorial/*.yaml) plus a plan folder's own
 * editorial/*.yaml, validated entry by entry. Pure: takes file contents, not paths.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import {
  chromeRules,
  correctionData,
  dropEntry,
  industryData,
  noiseRule,
  placeData,
  structureRules,
  termData,
} from '../../schemas/editorial.ts';
import { closestId } from '../nearest.ts';
import {
  checkYaml,
  fail,
  lineOf,
  parseYaml,
  type YamlContext,
  type YamlFile,
} from '../yaml-check.ts';
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
  industries: { schema: industryData, what: 'industry', aliases: (e: IndustryData) => e.aliases },
  places: { schema: placeData, what: 'place', aliases: (e: PlaceData) => e.aliases },
  glossary: {
    schema: termData,
    what: 'term',
    aliases: (e: TermData) => [e.term, ...(e.aliases ?? [])],
  },
  corrections: {
    schema: correctionData,
    what: 'correction',
    aliases: (e: CorrectionData) => [e.find],
  },
  noise: { schema: noiseRule, what: 'noise rule', aliases: () => [] as string[] },
} as const;

const EMPTY_CHROME: ChromeRules = { breadcrumb: [], dateline: [], notice: [], footer: [] };
const EMPTY_STRUCTURE: StructureRules = {
  // The schema's defaults: no tier or list words.
  tiers: structureRules.shape.tiers.parse(undefined),
  industryLists: structureRules.shape.industryLists.parse(undefined),
  goalsHeading: [],
  layoutHeading: [],
  projectsHeading: [],
  goalSentence: [],
  periods: [],
};

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
  parsed: YamlFile,
  schema: z.ZodType,
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
  for (const [i, item] of (root.items as Node[]).entries()) {
    if (isDrop(item)) {
      if (!drops) {
        fail(
          ctx,
          item,
          `"drop" switches off a shared ${what}; the shared file cannot drop its own entries`,
          'delete the entry instead, or move the drop to a plan folder editorial/ file',
        );
      }
      const entry = checkYaml(parsed, [i], dropEntry, { style: 'key', what });
      if (entry.drop) drops.push({ id: entry.id, node: item });
      continue;
    }
    if (!isMap(item))
      fail(
        ctx,
        item,
        `each ${what} entry must be a mapping (key: value lines)`,
        'start the entry with "- id: ..." and indent its fields',
      );
    const entry = checkYaml(parsed, [i], schema, { style: 'key', what }) as T;
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
    const near = closestId(drop.id, [...sharedIds]);
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

function readRules<S extends z.ZodType>(parsed: YamlFile, schema: S, what: string): z.output<S> {
  const { ctx, root } = parsed;
  if (!isMap(root))
    fail(
      ctx,
      root,
      `${what} must be a mapping of rule lists`,
      `write keys: ${Object.keys((schema as unknown as z.ZodObject).shape).join(', ')}`,
    );
  return checkYaml(parsed, [], schema, { style: 'key', what });
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
  const parse = (name: string, scope: 'shared' | 'local'): YamlFile | undefined => {
    const text = (scope === 'shared' ? shared : local)[name];
    if (text === undefined) return undefined;
    const dir = files
      ? scope === 'shared'
        ? files.sharedDir
        : files.localDir
      : scope === 'local'
        ? 'editorial'
        : undefined;
    return parseYaml(fileName(name, dir), text);
  };
  const list = <K extends keyof typeof LISTS>(name: K) => {
    const { schema, what, aliases } = LISTS[name];
    const drops: Drop[] = [];
    const read = (parsed: YamlFile | undefined, scope: 'shared' | 'local') => {
      if (!parsed) return [];
      const aliasesOf = aliases as (e: { id: string }) => string[];
      return readList(parsed, schema, what, aliasesOf, scope === 'local' ? drops : undefined);
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
  const rules = <S extends z.ZodType>(
    name: 'chrome' | 'structure',
    schema: S,
    empty: z.output<S>,
  ) => {
    const parsed = parse(name, 'local') ?? parse(name, 'shared');
    return parsed
      ? ({
          ...(empty as object),
          ...(readRules(parsed, schema, `${name}.yaml`) as object),
        } as z.output<S>)
      : empty;
  };
  return {
    industries: list('industries') as IndustryData[],
    places: list('places') as PlaceData[],
    terms: list('glossary') as TermData[],
    corrections: list('corrections') as CorrectionData[],
    noise: list('noise') as NoiseRule[],
    chrome: rules('chrome', chromeRules, EMPTY_CHROME),
    structure: rules('structure', structureRules, EMPTY_STRUCTURE),
  };
}
