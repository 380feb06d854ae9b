/**
 * What every list route (industries/, goals/, targets/, places/, projects/) builds the same way:
 * its static paths and, for one page, its entries, positions and head.
 */
import { getGoals, getIndustries, getPlaces, getPlan, getProjects, getTargets } from '../data.ts';
import { listPage, listPageParams, pagedHead, PER_PAGE } from '../paging.ts';
import { listLabel, pathsIfAny } from '../site-lists.ts';

const LISTS = {
  industries: getIndustries,
  goals: getGoals,
  places: getPlaces,
  projects: getProjects,
  targets: getTargets,
};
/** Lists whose entries have pages of their own beside the list's ("industries/<id>/"). */
const WITH_DETAIL = new Set(['industries', 'goals', 'places']);

export type PagedList = keyof typeof LISTS;

/** What each list holds, for its pages' descriptions. */
const DESCRIPTIONS: Record<PagedList, string> = {
  industries:
    "The Plan's industries by the Plan's own categories, each with its focus areas, goals, targets, places and mentions.",
  goals: 'Every goal the Plan sets, with its targets, industries, places and source paragraph.',
  places:
    'Places the Plan names, with their right English and Chinese names and the spellings the translation uses.',
  projects: "The Plan's major projects with their industries, places and source paragraphs.",
  targets:
    'Every numeric target in the Plan with its unit, scope, qualifier, year and source paragraph.',
};

/**
 * Static paths of a list route: none when the plan has nothing for it (nothing links to one),
 * else one per page; throws when an entry's own page would take a list page's address.
 */
export async function listPaths(list: PagedList) {
  const [items, plan] = await Promise.all([LISTS[list](), getPlan()]);
  return pathsIfAny(plan.counts, list, () =>
    listPageParams(
      list,
      items.length,
      PER_PAGE[list],
      WITH_DETAIL.has(list) ? items.map((i) => i.id) : [],
    ),
  );
}

/** Page `page` of a list: its entries, the page count, the positions it covers, and its head. */
export function listRoute<T>(list: PagedList, items: readonly T[], page: number) {
  const at = listPage(items, page, PER_PAGE[list]);
  return { ...at, head: pagedHead(listLabel(list), list, page, at.count, DESCRIPTIONS[list]) };
}
