/**
 * Which cross-plan pages an atlas has: a kind of page the atlas has nothing for (no industry,
 * measure or place shared by two plans) is not built, so the navigation, the home page and
 * every link leave it out (as site-lists.ts does for one plan). Pure.
 */
import { listPage, listPageParams, pagedHead } from '../paging.ts';

/** The atlas's lists, in the order the navigation shows them. */
export const ATLAS_LISTS = ['industries', 'compare', 'places'] as const;
export type AtlasList = (typeof ATLAS_LISTS)[number];

/** How many shared industries, compared measures and shared places the atlas has. */
export interface AtlasCounts {
  industries: number;
  measures: number;
  places: number;
}

const LABELS: Record<AtlasList, string> = {
  industries: 'Industries',
  compare: 'Targets compared',
  places: 'Places',
};

/** A list's page title (its h1): "Industries across plans". */
const TITLES: Record<AtlasList, string> = {
  industries: 'Industries across plans',
  compare: 'Targets compared',
  places: 'Places across plans',
};

const COUNT: Record<AtlasList, keyof AtlasCounts> = {
  industries: 'industries',
  compare: 'measures',
  places: 'places',
};

/** A list's name as the navigation and its page's title say it. */
export function atlasListLabel(list: AtlasList): string {
  return LABELS[list];
}

/** Whether the atlas has anything for the list page `list`. */
export function hasAtlasList(counts: AtlasCounts, list: AtlasList): boolean {
  return counts[COUNT[list]] > 0;
}

/** Main navigation of the atlas: its plans (the home), then the lists it has. */
export function atlasNavItems(counts: AtlasCounts): { label: string; path: string }[] {
  return [
    { label: 'Plans', path: '' },
    ...ATLAS_LISTS.filter((list) => hasAtlasList(counts, list)).map((list) => ({
      label: atlasListLabel(list),
      path: `${list}/`,
    })),
  ];
}

/**
 * Entries one page of each list holds. Measured on an atlas of 50 synthetic plans (10x): 1,771
 * shared industries made a 47 KB (gzip) industries/ page, about 2.7 KB per 100 entries.
 */
export const ATLAS_PER_PAGE: Record<AtlasList, number> = {
  industries: 100,
  compare: 100,
  places: 100,
};

/**
 * Static paths of a list's pages (a `[...page].astro` route): none when the atlas has nothing
 * for the list, else page 1 at `list/` and later ones at `list/2/` ...; `ids` are the entries'
 * own page ids, which must not take a list page's address.
 */
export function atlasListPaths(counts: AtlasCounts, list: AtlasList, ids: readonly string[]) {
  return hasAtlasList(counts, list)
    ? listPageParams(list, counts[COUNT[list]], ATLAS_PER_PAGE[list], ids)
    : [];
}

/** Page `page` of a list: its entries, the page count, the positions it covers, and its head. */
export function atlasListPage<T>(
  list: AtlasList,
  items: readonly T[],
  page: number,
  description: string,
) {
  const at = listPage(items, page, ATLAS_PER_PAGE[list]);
  const head = pagedHead(LABELS[list], list, page, at.count, description);
  const title = pagedHead(TITLES[list], list, page, at.count, description).title;
  return { ...at, head: { ...head, title, heading: title } };
}
