/** Headline numbers of a model: printed by the CLI and written to data/plan.json. */
import type { PlanModel } from './types.ts';

export interface ModelCounts {
  sourceLines: number;
  sourceBytes: number;
  sections: number;
  blocks: number;
  industries: number;
  /** Industries per category label, in the plan's order, then `none` (no category). */
  industriesByTier: Record<string, number>;
  goals: number;
  targets: number;
  places: number;
  projects: number;
  terms: number;
  corrections: number;
  /** Correction runs in block text (one correction can apply in several places). */
  correctionsApplied: number;
  noiseRemoved: number;
  warnings: number;
}

/** Count what the model holds (pure; same model, same numbers). */
export function modelCounts(model: PlanModel): ModelCounts {
  const blocks = [...model.preamble, ...model.sections.flatMap((section) => section.blocks)];
  const byTier: Record<string, number> = {};
  for (const tier of model.tiers) byTier[tier.label] = 0;
  let none = 0;
  for (const industry of model.industries) {
    if (industry.tier === undefined) none++;
    else byTier[industry.tier] = (byTier[industry.tier] ?? 0) + 1;
  }
  if (none > 0) byTier.none = none;
  return {
    sourceLines: model.source.lines,
    sourceBytes: model.source.bytes,
    sections: model.sections.length,
    blocks: blocks.length,
    industries: model.industries.length,
    industriesByTier: byTier,
    goals: model.goals.length,
    targets: model.targets.length,
    places: model.places.length,
    projects: model.projects.length,
    terms: model.terms.length,
    corrections: model.corrections.length,
    correctionsApplied: blocks.reduce(
      (sum, block) => sum + block.inlines.filter((run) => run.type === 'correction').length,
      0,
    ),
    noiseRemoved: model.removals.length,
    warnings: model.warnings.length,
  };
}
