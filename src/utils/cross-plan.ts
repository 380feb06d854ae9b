/** What one plan of an atlas shares with the others: the cross-plan pages its pages link to. */
import type { AtlasModel } from '../schemas/atlas.ts';

/** How many other plans' short titles a page names before "and N more" (a page stays small). */
export const NAMED_PLANS = 5;

/** A cross-plan page (site path without the base) and the other plans on it. */
export interface CrossPlanLink {
  path: string;
  /** How many other plans it names. */
  others: number;
  /** The first NAMED_PLANS of them by short title, in the atlas's order. */
  titles: string[];
}

/** The lookups of one plan's pages; each gives undefined when no other plan shares it. */
export interface CrossPlan {
  industry(id: string): CrossPlanLink | undefined;
  place(id: string): CrossPlanLink | undefined;
  /** The compared measure's page of one of the plan's targets. */
  measure(targetId: string): string | undefined;
}

type Shared = { path: string; plans: readonly { plan: string }[] };

/** The cross-plan links of plan `planId` in the atlas `model` (pure). */
export function crossPlan(
  model: Pick<AtlasModel, 'plans' | 'industries' | 'places' | 'measures'>,
  planId: string,
): CrossPlan {
  const title = new Map(model.plans.map((p) => [p.id, p.shortTitle]));
  const sides = (list: readonly (Shared & { id: string })[]) => {
    const byId = new Map<string, CrossPlanLink>();
    for (const item of list) {
      const ids = item.plans.map((side) => side.plan);
      if (!ids.includes(planId)) continue;
      const others = [...new Set(ids.filter((id) => id !== planId))];
      if (others.length === 0) continue;
      const titles = others.slice(0, NAMED_PLANS).map((id) => title.get(id) ?? id);
      byId.set(item.id, { path: item.path, others: others.length, titles });
    }
    return byId;
  };
  const industries = sides(model.industries);
  const places = sides(model.places);
  const measures = new Map<string, string>();
  for (const measure of model.measures)
    for (const target of measure.targets)
      if (target.plan === planId) measures.set(target.id, measure.path);
  return {
    industry: (id) => industries.get(id),
    place: (id) => places.get(id),
    measure: (targetId) => measures.get(targetId),
  };
}

/** "Also in 2 other plans: A, B" ("…: A, B, C, D, E and 3 more"), before the link to compare. */
export function alsoInText({ others, titles }: CrossPlanLink): string {
  const more = others - titles.length;
  const names = titles.join(', ') + (more > 0 ? ` and ${more} more` : '');
  return `Also in ${others} other plan${others === 1 ? '' : 's'}: ${names}`;
}
