/**
 * A synthetic atlas: many plan folders of one seed that differ as real plans do. A roster of
 * levels (a few national plans, provinces, their cities and counties) with distinct invented
 * regions; industries drawn from one shared popularity order (popular ones in most plans, rare
 * ones in few, tiers set by each plan) and places drawn mostly from the plan's province (a
 * province and its cities share many). Same options → byte-identical folders.
 */
import { join } from 'node:path';
import { ATLAS_REGIONS, ATLAS_TOPICS } from './atlas-names.ts';
import { synth, writeSynth, type PlanYaml } from './index.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';
import { INDUSTRY_COMBOS, PLACE_COMBOS, castSize, slug, type WorldProfile } from './world.ts';

export interface AtlasOptions {
  /** How many plans. */
  plans: number;
  /** Each plan's size relative to the reference text, as `synth`'s scale. */
  scale: number;
  seed?: number;
}

/** One plan of the roster: who issued it and where it sits. */
export interface RosterEntry {
  id: string;
  level: PlanYaml['level'];
  /** Invented region ("China" for national plans, which have no region of their own). */
  region: string;
  /** Index of the province whose places the plan names (national plans: none). */
  province?: number;
  topic: { title: string; short: string };
  year: number;
}

/** Shares of the levels: per 50 plans 2 national, 10 provincial, 28 city, 10 county. */
export function levelCounts(plans: number) {
  const national = Math.max(1, Math.round(plans * 0.04));
  const provincial = Math.max(plans > 1 ? 1 : 0, Math.round(plans * 0.2));
  const county = Math.round(plans * 0.2);
  return {
    national,
    provincial,
    city: Math.max(0, plans - national - provincial - county),
    county,
  };
}

/** The plans of an atlas, in id order; throws if the region names run out. */
export function roster({ plans, seed = 1 }: Pick<AtlasOptions, 'plans' | 'seed'>): RosterEntry[] {
  if (!Number.isInteger(plans) || plans < 1) throw new Error(`plans must be ≥ 1, got ${plans}`);
  const counts = levelCounts(plans);
  const rng = createRng(hashSeed(`${seed}:atlas-roster`));
  const regional = counts.provincial + counts.city + counts.county;
  if (regional > ATLAS_REGIONS.length)
    throw new Error(
      `${plans} plans need ${regional} region names; the list has ${ATLAS_REGIONS.length}`,
    );
  const names = rng.sample(ATLAS_REGIONS, regional);
  const provinces = Math.max(1, counts.provincial);
  const entry = (level: RosterEntry['level'], region: string, i: number): RosterEntry => {
    const topic = rng.pick(ATLAS_TOPICS);
    const year = rng.int(2021, 2023);
    // A city belongs to a province, a county to a city (and so to the city's province).
    const province =
      level === 'national'
        ? undefined
        : level === 'provincial'
          ? i
          : level === 'city'
            ? i % provinces
            : (i % Math.max(1, counts.city)) % provinces;
    const id = `${slug(region)}-${topic.short}-${year}`;
    return { id, level, region, ...(province === undefined ? {} : { province }), topic, year };
  };
  const out: RosterEntry[] = [];
  for (let i = 0; i < counts.national; i++) {
    // National plans differ by topic: each takes the next one.
    const topic = ATLAS_TOPICS[i % ATLAS_TOPICS.length];
    const year = rng.int(2021, 2023);
    out.push({
      id: `china-${topic.short}-${year}${i < ATLAS_TOPICS.length ? '' : `-${i + 1}`}`,
      level: 'national',
      region: 'China',
      topic,
      year,
    });
  }
  let n = 0;
  for (const [level, count] of [
    ['provincial', counts.provincial],
    ['city', counts.city],
    ['county', counts.county],
  ] as const) {
    for (let i = 0; i < count; i++) out.push(entry(level, names[n++], i));
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** plan.yaml's words for a plan of the roster. */
export function planMeta(plan: RosterEntry, scale: number): PlanYaml & { region?: string } {
  const { region, topic } = plan;
  const short = `(synthetic ${scale}x)`;
  switch (plan.level) {
    case 'national':
      return {
        titleEn: `National 14th Five-Year Plan for the Development of ${topic.title}`,
        shortTitle: `National ${topic.title.toLowerCase()} plan ${short}`,
        issuer: 'General Office of the State Council',
        level: 'national',
      };
    case 'provincial':
      return {
        titleEn: `${region} Province 14th Five-Year Plan for the Development of ${topic.title}`,
        shortTitle: `${region} Province ${topic.title.toLowerCase()} plan ${short}`,
        issuer: `General Office of the ${region} Provincial People's Government`,
        level: 'provincial',
        region: `${region} Province`,
      };
    case 'city':
      return {
        titleEn: `14th Five-Year Plan for the Development of ${region}'s ${topic.title}`,
        shortTitle: `${region} ${topic.title.toLowerCase()} plan ${short}`,
        issuer: `General Office of the ${region} Municipal People's Government`,
        level: 'city',
        region,
      };
    default:
      return {
        titleEn: `${region} County 14th Five-Year Plan for the Development of ${topic.title}`,
        shortTitle: `${region} County ${topic.title.toLowerCase()} plan ${short}`,
        issuer: `${region} County People's Government`,
        level: 'county',
        region: `${region} County`,
      };
  }
}

/** How the lead sentence names the issuer (the genre's lower-case "people's"). */
function issuerText(plan: RosterEntry): string {
  const { region } = plan;
  if (plan.level === 'national') return 'the General Office of the State Council';
  if (plan.level === 'provincial')
    return `the General Office of the ${region} Provincial people's Government`;
  if (plan.level === 'county') return `the ${region} County people's Government`;
  return `the General Office of the ${region} Municipal people's Government`;
}

/** `count` distinct items, index i drawn with weight ∝ i^(-2/3) from the first `span`. */
function popular<T>(rng: Rng, order: readonly T[], count: number, span: number): T[] {
  const limit = Math.min(order.length, Math.max(span, count));
  const taken = new Set<number>();
  while (taken.size < count) taken.add(Math.floor(limit * rng.next() ** 3));
  return [...taken].map((i) => order[i]);
}

/** The cast profile of each plan: shared orders of industries and places, province windows. */
function profiles(plans: RosterEntry[], scale: number, seed: number): Map<string, WorldProfile> {
  const order = createRng(hashSeed(`${seed}:atlas-order`));
  const industryOrder = order.shuffle(INDUSTRY_COMBOS);
  const placeOrder = order.shuffle(PLACE_COMBOS);
  const size = castSize(scale);
  const perPlan = size.core + size.key + size.future;
  const out = new Map<string, WorldProfile>();
  for (const plan of plans) {
    out.set(plan.id, {
      region: plan.region,
      issuerText: issuerText(plan),
      topic: plan.topic.title,
      year: plan.year,
      // Eight times a plan's count: the top is in most plans, the tail in one or two.
      industries: (rng, count) => popular(rng, industryOrder, count, perPlan * 8),
      places: (rng, count) => {
        // A province's window of 2 × count places overlaps its neighbours' by half.
        if (plan.province === undefined) return popular(rng, placeOrder, count, count * 4);
        const start = plan.province * count;
        const window = Array.from(
          { length: Math.min(placeOrder.length, count * 2) },
          (_, i) => placeOrder[(start + i) % placeOrder.length],
        );
        return rng.sample(window, count);
      },
      placeRng: (name) => createRng(hashSeed(`${seed}:place:${name}`)),
    });
  }
  return out;
}

/** Every plan folder of the atlas: plan id → the folder's files (as `synth` gives them). */
export function synthAtlas({
  plans,
  scale,
  seed = 1,
}: AtlasOptions): Map<string, Map<string, string>> {
  const list = roster({ plans, seed });
  const cast = profiles(list, scale, seed);
  return new Map(
    list.map((plan) => [
      plan.id,
      synth({
        scale,
        seed,
        plan: { id: plan.id, profile: cast.get(plan.id)!, meta: planMeta(plan, scale) },
      }),
    ]),
  );
}

/** Write each plan folder under `dir/<plan id>/`. */
export async function writeAtlas(
  dir: string,
  atlas: Map<string, Map<string, string>>,
): Promise<void> {
  for (const [id, files] of atlas) await writeSynth(join(dir, id), files);
}
