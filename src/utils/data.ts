/** Reads the content collections in the orders pages need; every page goes through here. */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { BlockData } from '../schemas/text.ts';
import { titleText } from './inlines.ts';

export type IndustryEntry = CollectionEntry<'industries'>;
export type GoalEntry = CollectionEntry<'goals'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type TargetEntry = CollectionEntry<'targets'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type PlanData = CollectionEntry<'plan'>['data'];

/** Where a block sits: the block, its section, and its position in reading order. */
export interface BlockRef {
  block: BlockData;
  /** `title` reads corrections as corrected; `original` is the title as written, when different. */
  section: { id: string; title: string; original?: string; synthetic: boolean };
  index: number;
}

const byOrder = (
  a: { id: string; data: { order: number } },
  b: { id: string; data: { order: number } },
) => a.data.order - b.data.order || a.id.localeCompare(b.id);
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

let plan: Promise<PlanData> | undefined;

/** The plan's single entry (metadata, provenance, counts); read once per build. */
export function getPlan(): Promise<PlanData> {
  plan ??= (async () => {
    const entry = await getEntry('plan', 'plan');
    if (!entry)
      throw new Error('data/plan.json has no entry with id "plan": run `npm run generate`.');
    return entry.data;
  })();
  return plan;
}

/** Collections a plan may leave empty, with the key of their size in the plan's counts. */
const COUNTED = ['industries', 'goals', 'targets', 'places', 'projects', 'terms', 'corrections'];

/**
 * A collection's entries, optionally filtered. Astro warns on every read of a collection with no
 * entries (it cannot tell "empty" from "missing"), so collections the plan's counts say are empty
 * are not read at all: a plan without goals or places builds quietly.
 */
export async function entries<C extends CollectionKey>(
  collection: C,
  filter?: (entry: CollectionEntry<C>) => boolean,
): Promise<CollectionEntry<C>[]> {
  if (COUNTED.includes(collection) && (await getPlan()).counts[collection] === 0) return [];
  return filter ? getCollection(collection, filter) : getCollection(collection);
}

/** Sections in reading order. */
export async function getSections(): Promise<SectionEntry[]> {
  return (await entries('sections')).sort(byOrder);
}

/** Industries in the generator's order. */
export async function getIndustries(): Promise<IndustryEntry[]> {
  return (await entries('industries')).sort(byOrder);
}

/** Goals in the generator's order. */
export async function getGoals(): Promise<GoalEntry[]> {
  return (await entries('goals')).sort(byOrder);
}

/** Targets in reading order of their source block, then by id. */
export async function getTargets(): Promise<TargetEntry[]> {
  const [targets, blocks] = await Promise.all([entries('targets'), getBlockIndex()]);
  const at = (t: TargetEntry) => blocks.get(t.data.blockId)?.index ?? Number.MAX_SAFE_INTEGER;
  // Within a paragraph, in the order the text states them.
  const within = (t: TargetEntry) => {
    const found = blocks.get(t.data.blockId)?.block.text.indexOf(t.data.display) ?? -1;
    return found === -1 ? Number.MAX_SAFE_INTEGER : found;
  };
  return targets.sort((a, b) => at(a) - at(b) || within(a) - within(b) || byId(a, b));
}

/** Places by name. */
export async function getPlaces(): Promise<PlaceEntry[]> {
  return (await entries('places')).sort(
    (a, b) => a.data.name.localeCompare(b.data.name, 'en') || byId(a, b),
  );
}

/** Projects in reading order: by source block, then where the block names them. */
export async function getProjects(): Promise<ProjectEntry[]> {
  const [projects, blocks] = await Promise.all([entries('projects'), getBlockIndex()]);
  const at = (p: ProjectEntry) => blocks.get(p.data.blockId)?.index ?? Number.MAX_SAFE_INTEGER;
  const within = (p: ProjectEntry) => {
    const found = blocks.get(p.data.blockId)?.block.text.indexOf(p.data.name) ?? -1;
    return found === -1 ? Number.MAX_SAFE_INTEGER : found;
  };
  return projects.sort((a, b) => at(a) - at(b) || within(a) - within(b) || byId(a, b));
}

let blockIndex: Promise<Map<string, BlockRef>> | undefined;

/** Every block by id, with its section; built once per build. */
export function getBlockIndex(): Promise<Map<string, BlockRef>> {
  blockIndex ??= getSections().then((sections) => {
    const index = new Map<string, BlockRef>();
    for (const s of sections) {
      const title = titleText(s.data.title, s.data.titleInlines);
      const section = {
        id: s.id,
        title: title.text,
        ...(title.original === undefined ? {} : { original: title.original }),
        synthetic: s.data.synthetic === true,
      };
      for (const block of s.data.blocks) index.set(block.id, { block, section, index: index.size });
    }
    return index;
  });
  return blockIndex;
}

/** Blocks for ids, in reading order, skipping unknown ids (the integrity check reports them). */
export async function blocksFor(ids: readonly string[]): Promise<BlockRef[]> {
  const index = await getBlockIndex();
  return [...new Set(ids)].flatMap((id) => index.get(id) ?? []).sort((a, b) => a.index - b.index);
}

/** Display names of entities by id, for labels of references (section titles as corrected). */
export async function getNames() {
  const [industries, goals, places, sections] = await Promise.all([
    entries('industries'),
    entries('goals'),
    entries('places'),
    entries('sections'),
  ]);
  return {
    industry: new Map(industries.map((e) => [e.id, e.data.name])),
    goal: new Map(goals.map((e) => [e.id, e.data.title])),
    place: new Map(places.map((e) => [e.id, e.data.name])),
    section: new Map(
      sections.map((e) => [e.id, titleText(e.data.title, e.data.titleInlines).text]),
    ),
  };
}
