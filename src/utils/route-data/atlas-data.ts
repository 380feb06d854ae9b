/** The atlas layer's collections as plain data (ATLAS_PART=atlas), loaded once per build. */
import { getCollection } from 'astro:content';
import type { AtlasIndustry, AtlasMeasure, AtlasPlace, AtlasPlan } from '../../schemas/atlas.ts';
import { byReach } from '../../atlas/model/shared.ts';
import type { AtlasCounts } from './atlas-lists.ts';
import { planCount } from './atlas-compare.ts';

export interface AtlasData {
  /** By id, as the model sorts them. */
  plans: AtlasPlan[];
  /** Most plans first, as the model sorts them. */
  industries: AtlasIndustry[];
  measures: AtlasMeasure[];
  places: AtlasPlace[];
  plansById: Map<string, AtlasPlan>;
  counts: AtlasCounts;
}

let loaded: Promise<AtlasData> | undefined;

/** Every collection of the atlas layer. */
export function getAtlas(): Promise<AtlasData> {
  loaded ??= (async () => {
    const [plans, industries, measures, places] = await Promise.all([
      getCollection('plans'),
      getCollection('atlasIndustries'),
      getCollection('atlasMeasures'),
      getCollection('atlasPlaces'),
    ]);
    // The model's order (plans by id; shared things most plans first), whatever the store's.
    const data = {
      plans: plans.map((e) => e.data).sort(byId),
      industries: industries.map((e) => e.data).sort(byReach),
      measures: measures.map((e) => e.data).sort(byPlans),
      places: places.map((e) => e.data).sort(byReach),
    };
    return {
      ...data,
      plansById: new Map(data.plans.map((p) => [p.id, p])),
      counts: {
        industries: data.industries.length,
        measures: data.measures.length,
        places: data.places.length,
      },
    };
  })();
  return loaded;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byPlans = (a: AtlasMeasure, b: AtlasMeasure) => planCount(b) - planCount(a) || byId(a, b);
