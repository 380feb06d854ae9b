/** What each page of the goals list shows, decided here so the page only renders it (goals/[...page]). */
import { getNames, getTargets } from '../data.ts';
import { plural } from '../format.ts';
import { goalsInListOrder } from '../list-pages.ts';
import { groupRuns } from '../paging.ts';
import { contents } from './entity.ts';
import { listRoute } from './list.ts';

interface GoalLike {
  id: string;
  data: { kind: 'overall' | 'industry'; industries: { id: string }[]; targets: { id: string }[] };
}

const GROUPS = {
  overall: { id: 'overall', title: 'Overall goals' },
  industry: { id: 'by-industry', title: 'Goals by industry' },
};

/** A page's goals in groups: the list order puts plan-wide goals first. */
export function goalGroups<G extends GoalLike>(onPage: readonly G[]) {
  return groupRuns(onPage, (g) => g.data.kind).map((g) => ({ ...GROUPS[g.key], items: g.items }));
}

/**
 * What a goal's line says before its paragraph link: its industries, then its numbers as the Plan
 * words them ("more than 20%", qualifier and unit kept); empty when it has neither.
 */
export function goalLine(
  goal: GoalLike,
  industryNames: ReadonlyMap<string, string>,
  display: ReadonlyMap<string, string>,
): string {
  const { industries, targets } = goal.data;
  const numbers = targets.flatMap((r) => display.get(r.id) ?? []).join('; ');
  return [
    industries.map((i) => industryNames.get(i.id) ?? i.id).join(', '),
    targets.length > 0 && `${plural(targets.length, 'target', 'targets')}: ${numbers}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Everything page `page` of the goals list shows. */
export async function goalsRoute(page: number) {
  const [goals, names, targets] = await Promise.all([goalsInListOrder(), getNames(), getTargets()]);
  const list = listRoute('goals', goals, page);
  const display = new Map(targets.map((t) => [t.id, t.data.display]));
  const groups = goalGroups(list.items).map((g) => ({
    ...g,
    items: g.items.map((goal) => ({ ...goal, line: goalLine(goal, names.industry, display) })),
  }));
  return {
    ...list,
    total: goals.length,
    groups,
    toc: contents(groups.map((g) => ({ id: g.id, text: g.title }))),
  };
}
