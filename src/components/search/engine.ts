/**
 * Pagefind's JS API, loaded once from the bundle the build wrote: `pagefind.js` starts its
 * Web Worker and fetches the WebAssembly, metadata and index chunks a query needs.
 */
import type { PagefindData } from './results.ts';
import { HIGHLIGHT_PARAM } from './params.ts';

/** Selected values per filter key, as Pagefind takes them: any of the values matches (or, for
 *  `none`, no value does). */
export type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

/** Counts per filter key and value ("kind" → "Goal" → 8). */
export type FilterCounts = Record<string, Record<string, number>>;

/** One hit; its data (URL, excerpt, sub-results) loads on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

/** What a search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts of each filter value among the results, with the current filters applied. */
  filters?: FilterCounts;
}

/** The part of pagefind.js the UI uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
  mergeIndex(bundle: string, options: Record<string, unknown>): Promise<void>;
}

/** Options for Pagefind: result links carry the highlight parameter; kind is not ranked. */
export const SEARCH_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 24,
  ranking: {
    metaWeights: {
      title: 5,
      // An entity's one-word other names ("chips", "EVs", 集成电路) are matched whole by a
      // one-word query, where a title word may be one of a longer name ("Photonic chips and
      // devices"): the industry of chips outranks that page at 10, not at 8. Longer other names
      // ("new energy automobiles") weigh less than a title, or "automobile" would find the
      // industry of new energy vehicles before the industry called Automobiles.
      aliasWord: 10,
      aliasPhrase: 2,
      // Every page of a kind (of a plan) carries its label (the plan's title) as metadata; a word
      // like "goal" (or "Shanghai") should not rank a page on it.
      kind: 0,
      plan: 0,
    },
  },
};

/** How many plans the index holds: the values of its "plan" filter (0 in an older index). */
export function planCount(counts: FilterCounts): number {
  return Object.keys(counts.plan ?? {}).length;
}

/**
 * The filters with a "plan" key, matching every page when the reader chose no plan: Pagefind
 * then loads the plan filter's chunk (a few hundred bytes: each plan's pages are one run) and
 * counts the results per plan, so every search says whether the index holds several plans.
 */
export function countingPlans(filters: PagefindFilters): PagefindFilters {
  return 'plan' in filters ? filters : { ...filters, plan: { none: [] } };
}

let loading: Promise<Pagefind> | undefined;
/** The bundle loaded: its index is the primary one, never merged into itself. */
let primary: string | undefined;
/** Bundles merged into the loaded instance (by mergeIndexes), each once. */
const merging = new Map<string, Promise<void>>();

/** Loads and initialises pagefind.js from `bundle` (once; a failed load may be retried). */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  primary ??= bundle;
  // A URL only known at run time: the bundler leaves this import() alone.
  loading ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
    async (pagefind: Pagefind) => {
      await pagefind.options(SEARCH_OPTIONS);
      await pagefind.init();
      return pagefind;
    },
    (error: unknown) => {
      loading = undefined;
      primary = undefined;
      throw error;
    },
  );
  return loading;
}

/** True once another index has been merged into the loaded one. */
export function hasMerged(): boolean {
  return merging.size > 0;
}

/**
 * Merges the indexes at `bundles` into the loaded Pagefind (once each, in parallel), with the
 * same ranking, each weighed as `weights` says (default 1): a search then reads them all
 * (Pagefind's multisite search). A merge that failed
 * is retried by the next search. True when an index was merged by this call.
 */
export async function mergeIndexes(
  pagefind: Pagefind,
  bundles: readonly string[],
  weights: Record<string, number> = {},
): Promise<boolean> {
  const fresh = bundles.filter((bundle) => bundle !== primary && !merging.has(bundle));
  await Promise.all(
    bundles
      .filter((bundle) => bundle !== primary)
      .map((bundle) => {
        let merged = merging.get(bundle);
        if (!merged) {
          merged = pagefind.mergeIndex(bundle, {
            ...SEARCH_OPTIONS,
            ...(weights[bundle] === undefined ? {} : { indexWeight: weights[bundle] }),
          });
          merged.catch(() => merging.delete(bundle));
          merging.set(bundle, merged);
        }
        return merged;
      }),
  );
  return fresh.length > 0;
}
