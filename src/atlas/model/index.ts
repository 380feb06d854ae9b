/**
 * The atlas model: every plan's generated model (plan.json) joined into the plans, and the
 * industries, measures and places two or more of them share (ATLAS.md). Pure: the same plans
 * in any order give the same model.
 */
import type { PlanModel } from '../../pipeline/types.ts';
import type { AtlasModel } from '../../schemas/atlas.ts';
import { atlasMeasures, comparedMeasures } from './compare.ts';
import type { PlanContext } from './context.ts';
import { atlasIndustries } from './industries.ts';
import { planPaths } from './paths.ts';
import { atlasPlaces } from './places.ts';
import { atlasPlan } from './plans.ts';

/** The atlas of `plans` (each a PlanModel, as data/plan.json's `plan.json` holds it). */
export function atlasModel(plans: readonly PlanModel[]): AtlasModel {
  const sorted = [...plans].sort((a, b) =>
    a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
  );
  sorted.forEach((plan, i) => {
    if (i > 0 && sorted[i - 1]!.meta.id === plan.meta.id)
      throw new Error(
        `atlas: two plans have the id "${plan.meta.id}"; plan ids (folder names) must differ`,
      );
  });
  const context: PlanContext[] = sorted.map((model) => ({ model, paths: planPaths(model) }));
  const measureOf = comparedMeasures(context);
  return {
    plans: sorted.map(atlasPlan),
    industries: atlasIndustries(context, measureOf),
    measures: atlasMeasures(context, measureOf),
    places: atlasPlaces(context),
  };
}
