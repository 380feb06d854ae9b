/**
 * Which cross-plan pages an atlas has: a kind of page the atlas has nothing for (no industry,
 * measure or place shared by two plans) is not built, so the navigation, the home page and
 * every link leave it out (as site-lists.ts does for one plan). Pure.
 */

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
 * Static paths of a list page (a `[...list].astro` route, so that it can be left out): the one
 * page when the atlas has anything for the list, else none.
 */
export function atlasListPaths(
  counts: AtlasCounts,
  list: AtlasList,
): { params: { list: undefined } }[] {
  return hasAtlasList(counts, list) ? [{ params: { list: undefined } }] : [];
}
