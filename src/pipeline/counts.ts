/** Headline numbers of a model: printed by the CLI and written to data/plan.json. */
import type { PlanModel } from './types.ts';

export interface ModelCounts {
  sourceLines: number;
  sourceBytes: number;
  sections: number;
  blocks: number;
  industries: number;
  industriesByTier: { core: number; key: number; future: number; none: number };
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
  const byTier = { core: 0, key: 0, future: 0, none: 0 };
  for (const industry of model.industries) byTier[industry.tier ?? 'none']++;
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
