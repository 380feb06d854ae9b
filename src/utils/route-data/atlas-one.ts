/**
 * The atlas home of one plan: the plan leads (its title, issuer, scope and counts) with the ways
 * into its own site, in place of the blocks that compare plans (every plan, by level, by region,
 * the latest), which would each repeat the one plan. Pure.
 */
import type { AtlasPlan } from '../../schemas/atlas.ts';
import { plural } from '../format.ts';
import { hasList, listLabel } from '../site-lists.ts';

/** Whether the home compares plans: with two or more. */
export function comparesPlans(plans: readonly AtlasPlan[]): boolean {
  return plans.length > 1;
}

/** The plan's lists the atlas counts, in its navigation's order, and what one entry is. */
const COUNTED = {
  industries: ['industry', 'industries'],
  goals: ['goal', 'goals'],
  targets: ['target', 'targets'],
  places: ['place', 'places'],
} as const;

/** A way into the plan's site: the page's name, what it holds, its site path. */
export interface WayIn {
  label: string;
  text: string;
  path: string;
}

/** The plan's text, the lists it has (with their counts) and its About page. */
export function planWaysIn(plan: Pick<AtlasPlan, 'path' | 'counts'>): WayIn[] {
  const lists = (Object.keys(COUNTED) as (keyof typeof COUNTED)[]).filter((list) =>
    hasList(plan.counts, list),
  );
  return [
    { label: 'The Plan', text: 'Its full text, section by section.', path: `${plan.path}plan/` },
    ...lists.map((list) => ({
      label: listLabel(list),
      text: `${plural(plan.counts[list], COUNTED[list][0], COUNTED[list][1])}.`,
      path: `${plan.path}${list}/`,
    })),
    { label: 'About', text: 'Its sources and translation.', path: `${plan.path}about/` },
  ];
}

/** "Issued by X · City · Shanghai · 2021–2025": who issued the plan, and its scope. */
export function planByline(issuer: string | undefined, scope: string): string {
  return issuer ? `Issued by ${issuer} · ${scope}` : scope;
}
