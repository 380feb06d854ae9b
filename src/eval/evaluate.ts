/** Score one plan: a gold file against the view of the model the pipeline built. */
import { foreignKnowledge, type Knowledge } from './foreign.ts';
import type { Gold } from './gold-types.ts';
import { matchGoals } from './match-goals.ts';
import { matchIndustries } from './match-industries.ts';
import { matchPlaces, matchSections, matchTitle, placePairs } from './match-names.ts';
import { matchLevelRegion } from './match-scope.ts';
import { matchTargets } from './match-targets.ts';
import type { PlanScores } from './score-types.ts';
import type { ModelView } from './view-types.ts';

/** Scores of one plan; `source` is its text (for foreign knowledge). */
export function scorePlan(
  plan: string,
  gold: Gold,
  view: ModelView,
  knowledge: Knowledge,
  source: string,
): PlanScores {
  const places = placePairs(gold, view);
  const placed = view.places.map((_, j) => places.includes(j));
  return {
    plan,
    title: matchTitle(gold, view),
    sections: matchSections(gold, view),
    ...matchIndustries(gold, view),
    places: matchPlaces(gold, view, places),
    goals: matchGoals(gold, view),
    ...matchTargets(gold, view),
    levelRegionRight: matchLevelRegion(gold, view),
    foreign: foreignKnowledge(view, knowledge, placed, source),
  };
}
