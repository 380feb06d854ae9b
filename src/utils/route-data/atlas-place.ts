/** One place across plans, as its atlas page shows it: each plan that names it, how, and for
 *  which of its industries, all linking into the plan. Pure. */
import type { AtlasIndustry, AtlasPlace, AtlasPlan } from '../../schemas/atlas.ts';
import { plural } from '../format.ts';
import { entityPathAt } from '../url.ts';
import { planScope } from './atlas-home.ts';

/** An industry a plan ties to the place, with its page in that plan. */
export interface PlaceIndustry {
  id: string;
  name: string;
  path: string;
}

/** One plan's side of the place, ready to render. */
export interface PlacePlanRow {
  planId: string;
  planTitle: string;
  scope: string;
  /** The plan's name for the place, when it differs from the atlas's (case aside). */
  ownName?: string;
  industries: PlaceIndustry[];
  /** The place's page in the plan. */
  path: string;
}

/** "new-energy-vehicles" → "New energy vehicles": a name for an id no shared industry has. */
export function nameOfId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The plans' sides, in the atlas's order of plans (by id). */
export function placeRows(
  place: AtlasPlace,
  plans: ReadonlyMap<string, AtlasPlan>,
  industries: readonly Pick<AtlasIndustry, 'id' | 'name'>[],
): PlacePlanRow[] {
  const names = new Map(industries.map((i) => [i.id, i.name]));
  return place.plans.map((side) => {
    const plan = plans.get(side.plan);
    const home = plan?.path ?? `plans/${side.plan}/`;
    const own = side.name.toLowerCase() !== place.name.toLowerCase() ? side.name : undefined;
    return {
      planId: side.plan,
      planTitle: plan?.title ?? side.plan,
      scope: plan ? planScope(plan) : '',
      ...(own === undefined ? {} : { ownName: own }),
      industries: side.industryIds.map((id) => ({
        id,
        name: names.get(id) ?? nameOfId(id),
        path: home + entityPathAt('industry', id),
      })),
      path: side.path,
    };
  });
}

/** The page's description. */
export function placeDescription(place: AtlasPlace): string {
  return `${place.name} in ${plural(place.plans.length, 'plan', 'plans')}: how each plan names it and the industries it ties to it, with links into the plans.`;
}
