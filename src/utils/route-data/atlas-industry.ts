/**
 * One industry across plans, as its atlas page shows it: each plan that names it, the plan's
 * own name and category for it, its goals and targets with their years, all linking into the
 * plan; and the industries list. Pure.
 */
import type {
  AtlasGoal,
  AtlasIndustry,
  AtlasIndustryPlan,
  AtlasPlan,
  AtlasTarget,
} from '../../schemas/atlas.ts';
import { excerpt, plural, tierLabel } from '../format.ts';
import { planScope } from './atlas-home.ts';
import { alsoCalled } from '../../components/search/aliases.ts';

/** Goals shown per plan; the rest are on the plan's industry page (keeps pages small). */
export const GOALS_PER_PLAN = 3;

/** One plan's side of the industry, ready to render. */
export interface IndustryPlanRow {
  planId: string;
  planTitle: string;
  /** "Provincial · Jiangsu · 2021–2025". */
  scope: string;
  /** The plan's name for the industry, when it differs from the atlas's (case aside). */
  ownName?: string;
  /** The plan's category, as the plan words it, or "No category". */
  tier: string;
  hasTier: boolean;
  goals: (AtlasGoal & { text: string })[];
  /** Goals not shown here. */
  moreGoals: number;
  targets: AtlasTarget[];
  /** The industry's page in the plan. */
  path: string;
  planPath: string;
}

/** The plans' sides, in the atlas's order of plans (by id). */
export function industryRows(
  industry: AtlasIndustry,
  plans: ReadonlyMap<string, AtlasPlan>,
): IndustryPlanRow[] {
  return industry.plans.map((side: AtlasIndustryPlan) => {
    const plan = plans.get(side.plan);
    const own = side.name.toLowerCase() !== industry.name.toLowerCase() ? side.name : undefined;
    const shown = side.goals.slice(0, GOALS_PER_PLAN);
    return {
      planId: side.plan,
      planTitle: plan?.title ?? side.plan,
      scope: plan ? planScope(plan) : '',
      ...(own === undefined ? {} : { ownName: own }),
      tier: tierLabel(side.tier),
      hasTier: side.tier !== undefined,
      goals: shown.map((g) => ({ ...g, text: excerpt(g.statement, 160) })),
      moreGoals: side.goals.length - shown.length,
      targets: side.targets,
      path: side.path,
      planPath: plan?.path ?? `plans/${side.plan}/`,
    };
  });
}

/**
 * The plans' other names for it, for readers and search: forms of the name ("integrated circuit
 * industry") and of one another ("chip industry" beside "chips") left out, as on a plan's page.
 */
export function otherNames(industry: Pick<AtlasIndustry, 'name' | 'aliases'>): string[] {
  return alsoCalled(industry.name, industry.aliases);
}

/** "What the plans' targets are, in one line": "3 targets in 2 plans" or none. */
export function targetsLine(industry: AtlasIndustry): string {
  const targets = industry.plans.flatMap((p) => p.targets);
  const plans = industry.plans.filter((p) => p.targets.length > 0).length;
  if (targets.length === 0) return 'No plan gives a number for it.';
  return `${plural(targets.length, 'target', 'targets')} in ${plural(plans, 'plan', 'plans')}.`;
}

/** The page's description: "Integrated circuits in 5 plans: each plan's category, goals and targets." */
export function industryDescription(industry: AtlasIndustry): string {
  return `${industry.name} in ${plural(industry.plans.length, 'plan', 'plans')}: each plan’s own category for it, its goals and its targets, with links into the plans.`;
}

/** "A, B, C and 4 more": at most `max` names, so that a list of many plans stays short. */
export function namesUpTo(names: readonly string[], max = 4): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
