/** Industries across plans: every vocabulary id two or more plans name, with each plan's side. */
import type { Industry, PlanModel } from '../../pipeline/types.ts';
import type { AtlasGoal, AtlasIndustry, AtlasIndustryPlan } from '../../schemas/atlas.ts';
import type { PlanPaths } from './paths.ts';
import { byReach, mostCommon, sharedIds } from './shared.ts';
import { atlasTarget } from './targets.ts';
import type { MeasureOf, PlanContext } from './context.ts';

/** The shared industries, most plans first. */
export function atlasIndustries(
  plans: readonly PlanContext[],
  measureOf: MeasureOf,
): AtlasIndustry[] {
  const ids = sharedIds(plans.map((p) => p.model.industries.map((i) => i.id)));
  return ids
    .map((id) => {
      const sides = plans.flatMap((plan) => {
        const industry = plan.model.industries.find((i) => i.id === id);
        return industry ? [{ plan, industry }] : [];
      });
      const nameZh = mostCommon(sides.flatMap((s) => s.industry.nameZh ?? []));
      return {
        id,
        name: mostCommon(sides.map((s) => s.industry.name)) ?? id,
        ...(nameZh === undefined ? {} : { nameZh }),
        aliases: spellings(sides.flatMap((s) => [s.industry.name, ...s.industry.variants])),
        path: `industries/${id}/`,
        plans: sides.map((s) => industryPlan(s.plan, s.industry, measureOf)),
      };
    })
    .sort(byReach);
}

/** The plan's own name for an industry: the first spelling its text uses. */
export function planIndustryName(industry: Pick<Industry, 'name' | 'variants'>): string {
  return industry.variants[0] ?? industry.name;
}

/** One plan's side: its name and tier for the industry, its goals and targets, its page. */
function industryPlan(
  plan: PlanContext,
  industry: Industry,
  measureOf: MeasureOf,
): AtlasIndustryPlan {
  const { model, paths } = plan;
  const planId = model.meta.id;
  return {
    plan: planId,
    name: planIndustryName(industry),
    ...(industry.tier === undefined ? {} : { tier: industry.tier }),
    goals: byIds(model.goals, industry.goalIds).map((g) => goalOf(g, paths)),
    targets: byIds(model.targets, industry.targetIds).map((t) =>
      atlasTarget(planId, t, paths, measureOf(planId, t)),
    ),
    path: paths.industry(industry.id),
  };
}

function goalOf(goal: PlanModel['goals'][number], paths: PlanPaths): AtlasGoal {
  return {
    id: goal.id,
    statement: goal.statement,
    ...(goal.year === undefined ? {} : { year: goal.year }),
    path: paths.goal(goal.id),
  };
}

/** The items with these ids, in the plan's order. */
function byIds<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id));
}

/** Distinct spellings, case aside, in a fixed order. */
export function spellings(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, n]) => n);
}
