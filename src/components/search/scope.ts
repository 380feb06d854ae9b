/**
 * Which indexes a search in an atlas reads. Each plan has its own Pagefind index, and the atlas
 * layer (its pages across plans) one more, listed in `<atlas>search/indexes.json`. A search reads
 * the index of the page it starts on, and Pagefind's `mergeIndex` adds others only when the
 * reader's scope needs them: every plan ("all"), or the plans a plan, level or region filter
 * names. An index once merged stays merged, so the scope is also always stated as filters.
 */
import type { PagefindFilters } from './engine.ts';
import { pagefindFilters, type Filters } from './state.ts';

/** One index: its bundle's URL path and the pages it holds. */
export interface IndexInfo {
  bundle: string;
  pages: number;
}

/** A plan's index, with the values its pages carry as the plan, level and region filters. */
export interface PlanIndex extends IndexInfo {
  id: string;
  title: string;
  level?: string;
  region?: string;
}

/** `<atlas>search/indexes.json`, written by the atlas build (src/atlas/build/search-indexes.ts). */
export interface SearchManifest {
  /** Searching every index costs little enough to be the default. */
  eager: boolean;
  atlas: IndexInfo;
  plans: PlanIndex[];
}

/** The filter keys that choose plans. */
export const PLAN_KEYS = ['plan', 'level', 'region'] as const;

/** What a search reads: the bundles to merge into the page's own, and the filters to apply. */
export interface Scope {
  bundles: string[];
  filters: PagefindFilters;
  /** Filters that keep to the page's own index once others are merged (by an earlier search);
   *  needless before, when they would only cost a filter chunk's download. */
  narrow?: PagefindFilters;
  /** Pagefind's `indexWeight` of a merged bundle, when not 1. */
  weights?: Record<string, number>;
}

/**
 * How much more a page of the atlas layer weighs than a plan's page: an industry, measure or
 * place across plans answers a query asked of every plan before any one plan's page does.
 */
export const ATLAS_WEIGHT = 2;

/** The plans the reader's plan, level and region filters choose (every plan when none is set). */
export function chosenPlans(manifest: SearchManifest, filters: Filters): PlanIndex[] {
  const allows = (key: (typeof PLAN_KEYS)[number], value: string | undefined) =>
    !filters[key]?.length || (value !== undefined && filters[key].includes(value));
  return manifest.plans.filter(
    (p) => allows('plan', p.title) && allows('level', p.level) && allows('region', p.region),
  );
}

/**
 * The scope of a search started on a plan's page (`plan`: its short title) or on the atlas
 * layer's (`plan` undefined). With `all`, every index; with plan filters, the plans they choose;
 * otherwise the page's own plan, or the atlas layer's pages (those of no plan).
 */
export function scopeOf(
  manifest: SearchManifest,
  plan: string | undefined,
  all: boolean,
  filters: Filters,
): Scope {
  const chosen = PLAN_KEYS.some((key) => filters[key]?.length);
  const asked = pagefindFilters(filters);
  if (all || chosen) {
    const plans = all ? manifest.plans : chosenPlans(manifest, filters);
    const atlas = all ? [manifest.atlas.bundle] : [];
    // The atlas layer's index is merged on a plan's page, and is the page's own on its own.
    const weights: Record<string, number> =
      plan === undefined
        ? Object.fromEntries(plans.map((p) => [p.bundle, 1 / ATLAS_WEIGHT]))
        : { [manifest.atlas.bundle]: ATLAS_WEIGHT };
    return { bundles: [...atlas, ...plans.map((p) => p.bundle)], filters: asked, weights };
  }
  if (plan !== undefined) return { bundles: [], filters: asked, narrow: { plan: { any: [plan] } } };
  // The atlas layer's pages carry no plan: leave out any plan merged by an earlier search.
  return {
    bundles: [],
    filters: asked,
    narrow: { plan: { none: manifest.plans.map((p) => p.title) } },
  };
}

/** Pages per plan, level and region, for the filters shown before any plan's index is read. */
export function manifestCounts(manifest: SearchManifest): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = { plan: {}, level: {}, region: {} };
  const add = (key: string, value: string | undefined, pages: number) => {
    if (value !== undefined) counts[key][value] = (counts[key][value] ?? 0) + pages;
  };
  for (const p of manifest.plans) {
    add('plan', p.title, p.pages);
    add('level', p.level, p.pages);
    add('region', p.region, p.pages);
  }
  return counts;
}

/** Loads the atlas's list of indexes (once per URL); undefined outside an atlas. */
const loaded = new Map<string, Promise<SearchManifest>>();
export function loadManifest(url: string | undefined): Promise<SearchManifest> | undefined {
  if (!url) return undefined;
  let manifest = loaded.get(url);
  if (!manifest) {
    manifest = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<SearchManifest>;
    });
    manifest.catch(() => loaded.delete(url)); // a failed load may be retried
    loaded.set(url, manifest);
  }
  return manifest;
}
