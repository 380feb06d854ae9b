/** Places across plans: every place id two or more plans name, with each plan's side. */
import type { AtlasPlace } from '../../schemas/atlas.ts';
import type { PlanContext } from './context.ts';
import { byReach, mostCommon, sharedIds } from './shared.ts';

/** The shared places, most plans first. */
export function atlasPlaces(plans: readonly PlanContext[]): AtlasPlace[] {
  const ids = sharedIds(plans.map((p) => p.model.places.map((place) => place.id)));
  return ids
    .map((id) => {
      const sides = plans.flatMap(({ model, paths }) => {
        const place = model.places.find((p) => p.id === id);
        return place ? [{ planId: model.meta.id, place, path: paths.place(id) }] : [];
      });
      const name = mostCommon(sides.map((s) => s.place.name)) ?? id;
      const nameZh = mostCommon(sides.flatMap((s) => s.place.nameZh ?? []));
      return {
        id,
        name,
        ...(nameZh === undefined ? {} : { nameZh }),
        path: `places/${id}/`,
        plans: sides.map((s) => ({
          plan: s.planId,
          name: s.place.variants[0] ?? s.place.name,
          industryIds: [...s.place.industryIds],
          path: s.path,
        })),
      };
    })
    .sort(byReach);
}
