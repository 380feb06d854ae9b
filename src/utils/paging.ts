/**
 * How a long list is cut into numbered pages, as legislation.gov.uk and eCFR lists are: a list of
 * at most one page's worth stays one page at its own address ("industries/"); a longer one
 * continues on "industries/2/", "industries/3/" ... Pure rules, no Astro.
 */

/**
 * Entries one page of each list holds. Measured on the synthetic 100x plan, the heaviest full page
 * of each list weighs (HTML + CSS, gzip) 12.6 KB with 100 industry cards, 11.2 KB with 100 place
 * rows, 11.5 KB with 100 goals, 14.0 KB with 50 targets (table and charts), 10.0 KB with 25
 * projects (with their source paragraphs) and 9.3 KB with 50 terms: under the 20 KB budget, with
 * room for wordier real text. Every list of the Shanghai plan fits on one page, as before.
 */
export const PER_PAGE = {
  industries: 100,
  places: 100,
  goals: 100,
  projects: 25,
  targets: 50,
  terms: 50,
  corrections: 50,
} as const;

/** Industries the home page names per tier before it links the full list. */
export const HOME_PER_TIER = 12;

/** Mentions quoted with their paragraph on an entity page; later ones are links only (a name
 *  in hundreds of paragraphs made a 400 KB page). */
export const MENTIONS_QUOTED = 25;

/**
 * Mentions one page of an entity's mentions lists; past them the list continues on
 * "industries/<id>/2/" ... An industry named in 1,899 paragraphs of the synthetic 100x plan made a
 * 35 KB (gzip) page; 400 links weigh about 6 KB. No entity of Shanghai or 10x has as many.
 */
export const MENTIONS_PER_PAGE = 400;

/** Static paths of the later pages of each entry's mentions: "<id>/2/", "<id>/3/" ... */
export function mentionPageParams<E extends { id: string; data: { mentions: readonly string[] } }>(
  entries: readonly E[],
  perPage: number = MENTIONS_PER_PAGE,
): { params: { id: string; page: string }; props: { entry: E; page: number } }[] {
  return entries.flatMap((entry) =>
    Array.from({ length: pageCount(entry.data.mentions.length, perPage) - 1 }, (_, i) => ({
      params: { id: entry.id, page: String(i + 2) },
      props: { entry, page: i + 2 },
    })),
  );
}

/** Rows of the noise-removal table and warnings /about/ shows before it points to the data. */
export const ABOUT_ROWS = 100;

/** Number of pages a list of `total` entries takes; an empty list is still one page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The page (from 1) that holds the entry at `index` (from 0). */
export function pageOfIndex(index: number, perPage: number): number {
  return Math.floor(index / perPage) + 1;
}

/** The entries on page `page` (from 1). */
export function pageItems<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** Positions (from 1) of the first and last entry on a page: page 2 of 250 by 100 → [101, 200]. */
export function pageRange(page: number, perPage: number, total: number): [number, number] {
  return [Math.min(total, (page - 1) * perPage + 1), Math.min(total, page * perPage)];
}

/** One page of a list: its entries, the page count, and the positions (from 1) it covers. */
export function listPage<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): { items: T[]; count: number; first: number; last: number } {
  const [first, last] = pageRange(page, perPage, items.length);
  return {
    items: pageItems(items, page, perPage),
    count: pageCount(items.length, perPage),
    first,
    last,
  };
}

/** Title, breadcrumbs and description of page `page` of `count` of the list `label` at `list/`. */
export function pagedHead(
  label: string,
  list: string,
  page: number,
  count: number,
  description: string,
): { title: string; crumbs: { label: string; path?: string }[]; description: string } {
  return {
    title: pagedTitle(label, page, count),
    crumbs:
      page > 1 ? [{ label, path: `${list}/` }, { label: `Page ${page} of ${count}` }] : [{ label }],
    description: count > 1 ? `${description} Page ${page} of ${count}.` : description,
  };
}

/** Site path of a list page: "industries/" for page 1, "industries/2/" after it. */
export function pagePath(list: string, page: number): string {
  return page > 1 ? `${list}/${page}/` : `${list}/`;
}

/** The page of each id, for ids in list order. */
export function pageMap(ids: readonly string[], perPage: number): Map<string, number> {
  return new Map(ids.map((id, at) => [id, pageOfIndex(at, perPage)]));
}

/**
 * Static paths of a list's pages for a `[...page].astro` route: page 1 at the list's own address
 * (no param), later pages at their number.
 */
export function pageParams(
  count: number,
): { params: { page?: string }; props: { page: number } }[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: { page: i + 1 },
  }));
}

/** A list page's title: "Industries" when the list is one page, "Industries, page 2 of 15" when not. */
export function pagedTitle(title: string, page: number, count: number): string {
  return count > 1 ? `${title}, page ${page} of ${count}` : title;
}

/** Consecutive entries with the same key, in order: the groups a page shows (tiers, paragraphs). */
export function groupRuns<T, K>(
  items: readonly T[],
  key: (item: T) => K,
): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs.at(-1);
    if (last && last.key === k) last.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}

/** The first `max` entries and how many more there are. */
export function capped<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/**
 * Ids of entries whose detail page ("industries/<id>/") would take the address of a list page
 * ("industries/2/"): a list cannot be paged then, so the build names them.
 */
export function pageAddressClashes(ids: readonly string[], count: number): string[] {
  return ids.filter((id) => /^[1-9][0-9]*$/.test(id) && Number(id) >= 2 && Number(id) <= count);
}

/**
 * Static paths of a list's pages (see `pageParams`); throws when the id of an entry with a detail
 * page beside the list would take the address of one of its pages.
 */
export function listPageParams(
  list: string,
  total: number,
  perPage: number,
  detailIds: readonly string[] = [],
): ReturnType<typeof pageParams> {
  const count = pageCount(total, perPage);
  const clashes = pageAddressClashes(detailIds, count);
  if (clashes.length > 0)
    throw new Error(
      `${list}/ needs ${count} pages, but ${clashes.map((id) => `${list}/${id}/`).join(', ')} ` +
        'is already an entry’s page: give the entry an id that is not a number.',
    );
  return pageParams(count);
}
