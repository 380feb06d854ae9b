/** Reads the content collections in the orders pages need; every page goes through here. */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { BlockData } from '../schemas/text.ts';
import { titleText } from './inlines.ts';
import { readingOrder } from './list-order.ts';
import { memoise } from './memo.ts';

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

// Everything read here is memoised (memo.ts): pages ask for the same collections thousands of
// times, and rebuilding them per page made the build quadratic.

/** The plan's single entry (metadata, provenance, counts); read once. */
export const getPlan: () => Promise<PlanData> = memoise(async () => {
  const entry = await getEntry('plan', 'plan');
  if (!entry)
    throw new Error('data/plan.json has no entry with id "plan": run `npm run generate`.');
  return entry.data;
});

/** Collections a plan may leave empty, with the key of their size in the plan's counts. */
const COUNTED = ['industries', 'goals', 'targets', 'places', 'projects', 'terms', 'corrections'];

/**
 * A collection's entries in Astro's order, read once. Astro warns on every read of a collection
 * with no entries (it cannot tell "empty" from "missing"), so collections the plan's counts say
 * are empty are not read at all: a plan without goals or places builds quietly.
 */
function all<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return allOf(collection) as Promise<CollectionEntry<C>[]>;
}

const allOf = memoise(async (collection: CollectionKey): Promise<unknown[]> => {
  if (COUNTED.includes(collection) && (await getPlan()).counts[collection] === 0) return [];
  return getCollection(collection);
});

/** A collection's entries, optionally filtered (a new array: callers may sort it). */
export async function entries<C extends CollectionKey>(
  collection: C,
  filter?: (entry: CollectionEntry<C>) => boolean,
): Promise<CollectionEntry<C>[]> {
  const list = await all(collection);
  return filter ? list.filter(filter) : [...list];
}

/** Entries and their place in Astro's order, by id; built once per collection. */
function positions<C extends CollectionKey>(
  collection: C,
): Promise<Map<string, { entry: CollectionEntry<C>; at: number }>> {
  return positionsOf(collection) as Promise<Map<string, { entry: CollectionEntry<C>; at: number }>>;
}

const positionsOf = memoise(async (collection: CollectionKey) => {
  const list = await all(collection);
  return new Map(list.map((entry, at) => [entry.id, { entry, at }]));
});

/**
 * The entries with these ids, in Astro's order (as `entries(c, (e) => ids.includes(e.id))`
 * gives them), without scanning the collection; unknown ids are skipped.
 */
export async function entriesById<C extends CollectionKey>(
  collection: C,
  ids: readonly string[],
): Promise<CollectionEntry<C>[]> {
  const index = await positions(collection);
  return [...new Set(ids)]
    .flatMap((id) => index.get(id) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((hit) => hit.entry);
}

/** Projects and goals that name a place, by place id, in Astro's order; built once. */
const atPlaces = memoise(async () => {
  const [projects, goals] = await Promise.all([all('projects'), all('goals')]);
  const group = <E>(list: E[], places: (e: E) => { id: string }[]) => {
    const byPlace = new Map<string, E[]>();
    for (const e of list) {
      for (const id of new Set(places(e).map((r) => r.id))) {
        const those = byPlace.get(id);
        if (those) those.push(e);
        else byPlace.set(id, [e]);
      }
    }
    return byPlace;
  };
  return {
    projects: group(projects, (p) => p.data.placeIds),
    goals: group(goals, (g) => g.data.places),
  };
});

/** Projects that name the place, in Astro's order. */
export async function projectsAt(placeId: string): Promise<ProjectEntry[]> {
  return [...((await atPlaces()).projects.get(placeId) ?? [])];
}

/** Goals that name the place, in Astro's order. */
export async function goalsAt(placeId: string): Promise<GoalEntry[]> {
  return [...((await atPlaces()).goals.get(placeId) ?? [])];
}

const inOrder = memoise(async (collection: 'sections' | 'industries' | 'goals') =>
  (await entries(collection)).sort(byOrder),
);

/** Sections in reading order. */
export async function getSections(): Promise<SectionEntry[]> {
  return [...((await inOrder('sections')) as SectionEntry[])];
}

/** Industries in the generator's order. */
export async function getIndustries(): Promise<IndustryEntry[]> {
  return [...((await inOrder('industries')) as IndustryEntry[])];
}

/** Goals in the generator's order. */
export async function getGoals(): Promise<GoalEntry[]> {
  return [...((await inOrder('goals')) as GoalEntry[])];
}

/** Targets in reading order of their source block, then in the order its text states them. */
export function getTargets(): Promise<TargetEntry[]> {
  return inReadingOrder(entries('targets'), (t) => t.data.display);
}

/** Places by name. */
export async function getPlaces(): Promise<PlaceEntry[]> {
  return (await entries('places')).sort(
    (a, b) => a.data.name.localeCompare(b.data.name, 'en') || byId(a, b),
  );
}

/** Projects in reading order: by source block, then where the block names them. */
export function getProjects(): Promise<ProjectEntry[]> {
  return inReadingOrder(entries('projects'), (p) => p.data.name);
}

/** Entries stated in one paragraph each, in reading order (list-order.ts `readingOrder`). */
async function inReadingOrder<E extends { id: string; data: { blockId: string } }>(
  list: Promise<E[]>,
  words: (entry: E) => string,
): Promise<E[]> {
  const [entries, blocks] = await Promise.all([list, getBlockIndex()]);
  const paragraph = (entry: E) => {
    const ref = blocks.get(entry.data.blockId);
    return ref && { index: ref.index, text: ref.block.text };
  };
  return readingOrder(entries, paragraph, words);
}

/** Every block by id, with its section; built once. */
export const getBlockIndex: () => Promise<Map<string, BlockRef>> = memoise(() =>
  getSections().then(blockIndexOf),
);

function blockIndexOf(sections: SectionEntry[]): Map<string, BlockRef> {
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
}

/** Blocks for ids, in reading order, skipping unknown ids (the integrity check reports them). */
export async function blocksFor(ids: readonly string[]): Promise<BlockRef[]> {
  const index = await getBlockIndex();
  return [...new Set(ids)].flatMap((id) => index.get(id) ?? []).sort((a, b) => a.index - b.index);
}

/**
 * Display names of entities by id, for labels of references (section titles as corrected); built
 * once, so callers must not change the maps.
 */
export const getNames = memoise(names);

async function names() {
  const [industries, goals, places, sections] = await Promise.all([
    all('industries'),
    all('goals'),
    all('places'),
    all('sections'),
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
