/**
 * The cast of a synthetic plan: its region, dates, industries (by tier) and places, drawn from
 * the word lists with a seeded generator. The text and the editorial data are both made from
 * this one value, so they always agree.
 */
import type { Rng } from './prng.ts';
import {
  DISTRICTS,
  INDUSTRY_HEADS,
  INDUSTRY_MODIFIERS,
  PERSONS,
  PLACE_KINDS,
  PLACE_STEMS,
  REGIONS,
} from './names.ts';
import type { Status } from '../pipeline/types.ts';

/** Where the synthetic text puts an industry: its "core", "key" or "future-oriented leading"
 *  industries (the text states it; the editorial data never does). */
export type Tier = 'core' | 'key' | 'future';

export interface SynthIndustry {
  id: string;
  name: string; // "Marine robotics"
  lower: string; // "marine robotics", as the running text writes it
  zh: string;
  tier: Tier;
  /** Whether the plan gives it a section of its own (core/key) or a paragraph (future). */
  hasSection: boolean;
}

export interface SynthPlace {
  id: string;
  name: string; // right English name
  variant?: string; // machine-translation spelling the text uses instead, if any
  district: string;
  status: Status;
}

export interface SynthWorld {
  region: string;
  /** Who issued it, as the lead sentence names it ("the General Office of the X Municipal
   *  people's Government" when not given). */
  issuerText?: string;
  /** The plan's subject as its title words it ("Emerging and Future Industries" when not given). */
  topic?: string;
  year: number; // publication year (the goals point to 2025 and 2030)
  month: number; // 0-based
  day: number;
  person: string;
  industries: SynthIndustry[];
  places: SynthPlace[];
}

/** Counts for a scale factor: the Shanghai text has 3 core, 6 key, 6 future industries. */
export function castSize(scale: number) {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  return { core: n(3), key: n(6), future: n(6), places: n(16) };
}

/** "deep-sea robotics" → "deep-sea-robotics"; "Cedar Bay Science Park" → "cedar-bay-science-park". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Pair = readonly [string, string];
/** Every industry name the word lists make: [modifier, head], each [English, Chinese]. */
export const INDUSTRY_COMBOS: readonly (readonly [Pair, Pair])[] = INDUSTRY_MODIFIERS.flatMap((m) =>
  INDUSTRY_HEADS.map((h) => [m, h] as const),
);
/** Every place name the word lists make: [stem, [kind, variant kind]]. */
export const PLACE_COMBOS: readonly (readonly [string, Pair])[] = PLACE_STEMS.flatMap((s) =>
  PLACE_KINDS.map((k) => [s, k] as const),
);

/** What an atlas fixes about one of its plans (src/synth/atlas.ts); a lone plan draws it all. */
export interface WorldProfile {
  region: string;
  issuerText: string;
  topic: string;
  /** The year it was published. */
  year: number;
  /** `count` distinct industry names, drawn from the atlas's shared popularity order. */
  industries: (rng: Rng, count: number) => (readonly [Pair, Pair])[];
  /** `count` distinct place names, drawn mostly from the plan's province. */
  places: (rng: Rng, count: number) => (readonly [string, Pair])[];
  /** A place's traits, the same in every plan that names it. */
  placeRng: (name: string) => Rng;
}

/** Draw the cast for a scale factor; throws if the word lists cannot supply enough names. */
export function makeWorld(rng: Rng, scale: number, profile?: WorldProfile): SynthWorld {
  const size = castSize(scale);
  const total = size.core + size.key + size.future;
  const combos = INDUSTRY_COMBOS;
  if (total > combos.length) throw new Error(`scale ${scale} needs ${total} industry names`);
  // Each modifier at most once per head group keeps names distinct; shuffle for variety.
  const chosen = profile ? profile.industries(rng, total) : rng.sample(combos, total);
  const tiers: Tier[] = [
    ...Array<Tier>(size.core).fill('core'),
    ...Array<Tier>(size.key).fill('key'),
    ...Array<Tier>(size.future).fill('future'),
  ];
  const industries = chosen.map(([[mEn, mZh], [hEn, hZh]], i): SynthIndustry => {
    const lower = `${mEn} ${hEn}`;
    const tier = tiers[i];
    // Like the source genre: every core industry and most key ones get a section.
    const hasSection = tier === 'core' || (tier === 'key' ? rng.chance(0.7) : rng.chance(0.6));
    return { id: slug(lower), name: capitalise(lower), lower, zh: mZh + hZh, tier, hasSection };
  });

  const placeCombos = PLACE_COMBOS;
  if (size.places > placeCombos.length) throw new Error(`scale ${scale} needs too many places`);
  const drawn = profile ? profile.places(rng, size.places) : rng.sample(placeCombos, size.places);
  const places = drawn.map(([stem, [kind, variantKind]]) => {
    const name = `${stem} ${kind}`;
    // In an atlas a place's traits are the place's own, so every plan tells the same.
    const traits = profile ? profile.placeRng(name) : rng;
    const roll = traits.next();
    const status: Status = roll < 0.75 ? 'verified' : roll < 0.92 ? 'likely' : 'unknown';
    const place: SynthPlace = { id: slug(name), name, district: traits.pick(DISTRICTS), status };
    // About one place in five is written in a transliterated, half-translated form.
    if (traits.chance(0.2)) place.variant = `${stem} ${variantKind}`;
    return place;
  });

  const region = rng.pick(REGIONS);
  const year = rng.int(2021, 2022);
  return {
    region: profile?.region ?? region,
    ...(profile ? { issuerText: profile.issuerText, topic: profile.topic } : {}),
    year: profile?.year ?? year,
    month: rng.int(0, 11),
    day: rng.int(1, 28),
    person: rng.pick(PERSONS),
    industries,
    places,
  };
}
