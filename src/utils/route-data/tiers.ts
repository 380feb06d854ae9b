/**
 * The plan's categories of industries as the home page and the industries/ pages show them: one
 * grouping for both, so a home card's link lands where its category starts. Pure.
 */
import { namedOf, plural } from '../format.ts';
import { pageOfIndex, pagePath, pageRange } from '../paging.ts';

/** One of the plan's categories (data/plan.json `tiers`). */
export interface Tier {
  id: string;
  label: string;
  count?: number;
}

/** A category with its industries; `start` is where they begin (from 0) in the industries list. */
export interface TierGroup<E, T extends Tier = Tier> {
  /** The category's id, or "none" for the industries the plan puts in no category. */
  id: string;
  tier?: T;
  items: E[];
  start: number;
}

/**
 * The plan's categories in text order, each with its industries in the given order, then those in
 * none; categories without industries are left out. Their concatenation is the industries list.
 */
export function tierGroupsOf<E extends { data: { tier?: string } }, T extends Tier>(
  industries: readonly E[],
  tiers: readonly T[],
): TierGroup<E, T>[] {
  const labels = new Set(tiers.map((t) => t.label));
  const groups = [
    ...tiers.map((tier) => ({
      id: tier.id,
      tier,
      items: industries.filter((i) => i.data.tier === tier.label),
    })),
    {
      id: 'none',
      items: industries.filter((i) => i.data.tier === undefined || !labels.has(i.data.tier)),
    },
  ].filter((g) => g.items.length > 0);
  let start = 0;
  return groups.map((g) => {
    const group = { ...g, start };
    start += g.items.length;
    return group;
  });
}

/** Anchor of a category on the industries/ pages: "tier-core". */
export function tierAnchor(id: string): string {
  return `tier-${id}`;
}

/** Site path of where a category starts on the industries/ pages: "industries/2/#tier-core". */
export function tierPath(group: TierGroup<unknown>, perPage: number): string {
  return `${pagePath('industries', pageOfIndex(group.start, perPage))}#${tierAnchor(group.id)}`;
}

/** "the text names 7 of 12" when a category holds fewer industries than the plan says it has. */
export function tierNamed(group: TierGroup<unknown>): string | undefined {
  return namedOf(group.items.length, group.tier?.count);
}

/** How many industries each category holds: "6 pillar industries", "2 in no category". */
export function tierSizes(groups: readonly TierGroup<unknown>[]): string[] {
  return groups.map((g) =>
    g.tier ? `${g.items.length} ${g.tier.label}` : `${g.items.length} in no category`,
  );
}

/** The home's line on the categories: "6 industries: 2 pillar industries + 4 in no category." */
export function tierSummary(groups: readonly TierGroup<unknown>[]): string {
  const total = plural(
    groups.reduce((n, g) => n + g.items.length, 0),
    'industry',
    'industries',
  );
  if (!groups.some((g) => g.tier)) return `${total}; the Plan puts none in a category.`;
  const where = groups.every((g) => g.tier) ? ' in the Plan’s own categories' : '';
  return `${total}${where}: ${tierSizes(groups).join(' + ')}.`;
}

/**
 * The categories on page `page` of industries/: each with its industries on that page (`items`)
 * and how many it holds in all (`total`); one that spans pages says how much is here.
 */
export function tiersOnPage<E, T extends Tier>(
  groups: readonly TierGroup<E, T>[],
  page: number,
  perPage: number,
): (TierGroup<E, T> & { total: number; named?: string })[] {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const [first, last] = pageRange(page, perPage, total);
  return groups.flatMap((g) => {
    const items = g.items.slice(Math.max(0, first - 1 - g.start), Math.max(0, last - g.start));
    if (items.length === 0) return [];
    const named = tierNamed(g);
    return [{ ...g, items, total: g.items.length, ...(named && { named }) }];
  });
}
