/** Targets compared: every measure two or more plans set a target for, like with like only. */
import type { AtlasMeasure } from '../../schemas/atlas.ts';
import type { MeasureOf, PlanContext } from './context.ts';
import { measureId, measureLabel, measureUnit } from './measures.ts';
import { mostCommon } from './shared.ts';
import { atlasTarget } from './targets.ts';

/** Ids of the measures two or more plans have, and the lookup of a target's compared measure. */
export function comparedMeasures(plans: readonly PlanContext[]): MeasureOf {
  const plansOf = new Map<string, Set<string>>();
  for (const { model } of plans)
    for (const target of model.targets) {
      const id = measureId(target);
      if (id === undefined) continue;
      const set = plansOf.get(id) ?? new Set();
      set.add(model.meta.id);
      plansOf.set(id, set);
    }
  return (_plan, target) => {
    const id = measureId(target);
    return id !== undefined && (plansOf.get(id)?.size ?? 0) >= 2 ? id : undefined;
  };
}

/** The compared measures with every plan's targets, most plans first. */
export function atlasMeasures(plans: readonly PlanContext[], measureOf: MeasureOf): AtlasMeasure[] {
  const byId = new Map<string, AtlasMeasure>();
  for (const { model, paths } of plans)
    for (const target of model.targets) {
      const id = measureOf(model.meta.id, target);
      if (id === undefined) continue;
      let measure = byId.get(id);
      if (!measure) {
        const industryName = target.industryId ? nameOf(plans, target.industryId) : undefined;
        measure = {
          id,
          label: measureLabel(target, industryName),
          scope: target.scope,
          unitKind: target.unitKind,
          unit: measureUnit(target),
          ...(target.industryId === undefined ? {} : { industryId: target.industryId }),
          path: `compare/${id}/`,
          targets: [],
        };
        byId.set(id, measure);
      }
      measure.targets.push(atlasTarget(model.meta.id, target, paths, id));
    }
  const reach = (m: AtlasMeasure) => new Set(m.targets.map((t) => t.plan)).size;
  return [...byId.values()].sort(
    (a, b) => reach(b) - reach(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The name most plans give an industry id. */
function nameOf(plans: readonly PlanContext[], id: string): string | undefined {
  return mostCommon(
    plans.flatMap(({ model }) => model.industries.filter((i) => i.id === id).map((i) => i.name)),
  );
}
