/** What the atlas model's parts share: each plan with its paths, and the measure of a target. */
import type { PlanModel, Target } from '../../pipeline/types.ts';
import type { PlanPaths } from './paths.ts';

export interface PlanContext {
  model: PlanModel;
  paths: PlanPaths;
}

/** The id of a target's compared measure, when another plan has the same measure. */
export type MeasureOf = (planId: string, target: Target) => string | undefined;
