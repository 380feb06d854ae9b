/** The atlas's entry of one plan: metadata, counts, home, and the place that is its region. */
import type { PlanModel } from '../../pipeline/types.ts';
import type { AtlasPlan } from '../../schemas/atlas.ts';
import { planHome } from './paths.ts';

/** The plan's entry; the metadata's fields in the schema's order. */
export function atlasPlan(model: PlanModel): AtlasPlan {
  const { meta } = model;
  const regionId = meta.region === undefined ? undefined : placeNamed(model, meta.region);
  const entry: Record<string, unknown> = {
    id: meta.id,
    title: meta.titleEn,
    shortTitle: meta.shortTitle,
    titleZh: meta.titleZh,
    issuer: meta.issuer,
    level: meta.level,
    region: meta.region,
    regionId,
    period: meta.period,
    published: meta.published,
    translation: meta.translation,
    sourceChain: meta.sourceChain,
    metaSource: meta.metaSource,
    counts: {
      industries: model.industries.length,
      goals: model.goals.length,
      targets: model.targets.length,
      places: model.places.length,
    },
    path: planHome(meta.id),
  };
  for (const key of Object.keys(entry)) if (entry[key] === undefined) delete entry[key];
  return entry as AtlasPlan;
}

/** The id of the plan's place written `name` (name or a spelling, case aside). */
function placeNamed(model: PlanModel, name: string): string | undefined {
  const key = name.toLowerCase();
  return model.places.find((p) => [p.name, ...p.variants].some((n) => n.toLowerCase() === key))?.id;
}
