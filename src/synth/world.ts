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

/** Draw the cast for a scale factor; throws if the word lists cannot supply enough names. */
export function makeWorld(rng: Rng, scale: number): SynthWorld {
  const size = castSize(scale);
  const total = size.core + size.key + size.future;
  const combos = INDUSTRY_MODIFIERS.flatMap((m) => INDUSTRY_HEADS.map((h) => [m, h] as const));
  if (total > combos.length) throw new Error(`scale ${scale} needs ${total} industry names`);
  // Each modifier at most once per head group keeps names distinct; shuffle for variety.
  const chosen = rng.sample(combos, total);
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

  const placeCombos = PLACE_STEMS.flatMap((s) => PLACE_KINDS.map((k) => [s, k] as const));
  if (size.places > placeCombos.length) throw new Error(`scale ${scale} needs too many places`);
  const places = rng.sample(placeCombos, size.places).map(([stem, [kind, variantKind]]) => {
    const name = `${stem} ${kind}`;
    const roll = rng.next();
    const status: Status = roll < 0.75 ? 'verified' : roll < 0.92 ? 'likely' : 'unknown';
    const place: SynthPlace = { id: slug(name), name, district: rng.pick(DISTRICTS), status };
    // About one place in five is written in a transliterated, half-translated form.
    if (rng.chance(0.2)) place.variant = `${stem} ${variantKind}`;
    return place;
  });

  return {
    region: rng.pick(REGIONS),
    year: rng.int(2021, 2022),
    month: rng.int(0, 11),
    day: rng.int(1, 28),
    person: rng.pick(PERSONS),
    industries,
    places,
  };
}
