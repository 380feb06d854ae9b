/**
 * A plan's scope read from its text: level (national, provincial, city, county), region (its own
 * province, municipality, city or county) and period (start and end years). Genre rules only:
 * the issuer's office and place, the title's place and years, else the opening lines.
 */
import type { Place, PlanMeta } from '../types.ts';

export type PlanLevel = NonNullable<PlanMeta['level']>;
export type PlanPeriod = NonNullable<PlanMeta['period']>;

export interface PlanScope {
  level?: PlanLevel;
  region?: string;
  period?: PlanPeriod;
}

/** What the scope is read from, most authoritative first. */
export interface ScopeInput {
  title: string;
  issuer?: string;
  /** Chrome lines that may name the issuer or the plan: byline, headline. */
  byline?: string;
  headline?: string;
  /** The body's first lines, for texts whose title and issuer name no place (a news lead). */
  opening: string;
  /** The plan's places as the places step found them. */
  places: Pick<Place, 'id' | 'name' | 'variants'>[];
  /** Gazetteer kind of a place id (province, city, ...), when the data knows it. */
  kindOf: (id: string) => string | undefined;
}

/** Offices and words that make a plan national when no place owns it. */
const NATIONAL =
  /\b(?:State Council|Ministry|Ministries|National Development and Reform Commission|National People's Congress|Central Committee|Central Government|nationwide|the country's|China(?:'s)?)\b/i;
/** "east China's Jiangsu Province": a compass point before China names a part of it. */
const COMPASS_CHINA =
  /\b(?:north|south|east|west|central|northeast|northwest|southeast|southwest|northern|southern|eastern|western)\s+China\b/gi;

/** Level of a gazetteer kind. */
const KIND_LEVEL: Record<string, PlanLevel> = {
  province: 'provincial',
  'autonomous-region': 'provincial',
  sar: 'provincial',
  region: 'provincial',
  municipality: 'city',
  city: 'city',
  'new-area': 'city',
  county: 'county',
};

/** Level of a place the data does not know, by its type word. */
const NAME_LEVEL: [RegExp, PlanLevel][] = [
  // A city's district and a development zone plan at the county level.
  [/\b(?:County|District|Zone)$/i, 'county'],
  [/\b(?:Province|Autonomous Region)$/i, 'provincial'],
  [/\b(?:City|Municipality|New Area)$/i, 'city'],
];

/** Level and region from the issuer, chrome, title and opening; period from the same. */
export function readScope(input: ScopeInput): PlanScope {
  const scope: PlanScope = {};
  const owner = ownerOf(input);
  if (owner) {
    scope.level = owner.level;
    if (owner.region) scope.region = owner.region;
  }
  const period = [input.title, input.headline ?? '', input.opening].map(periodOf).find(Boolean);
  if (period) scope.period = period;
  return scope;
}

interface Owner {
  level: PlanLevel;
  region?: string;
}

/**
 * Whose plan it is: the first text (issuer, byline, title, headline) that names an
 * administrative place or a national office decides; the opening lines last, where the
 * earliest of the two wins ("SUZHOU, March 3 --" before "east China's").
 */
function ownerOf(input: ScopeInput): Owner | undefined {
  const strict = [input.issuer, input.byline, input.title, input.headline];
  for (const text of strict) {
    if (!text) continue;
    const place = firstPlace(text, input);
    // An issuer named after a cross-provincial region is a central body (the leading group for
    // a national strategy): its plan is national.
    if (place && text === input.issuer && place.kind === 'region') return { level: 'national' };
    if (place) return place.owner;
    if (nationalAt(text) >= 0) return { level: 'national' };
  }
  const place = firstPlace(input.opening, input);
  const national = nationalAt(input.opening);
  if (place && (national < 0 || place.at <= national)) return place.owner;
  if (national >= 0) return { level: 'national' };
  return undefined;
}

/** Position of the first national wording in `text`, or -1. */
function nationalAt(text: string): number {
  const m = NATIONAL.exec(text.replace(COMPASS_CHINA, (s) => ' '.repeat(s.length)));
  return m ? m.index : -1;
}

/** The administrative place written first in `text` (a longer spelling wins a tie). */
function firstPlace(
  text: string,
  input: ScopeInput,
): { at: number; owner: Owner; kind?: string } | undefined {
  let best: { at: number; length: number; owner: Owner; kind?: string } | undefined;
  for (const place of input.places) {
    const kind = input.kindOf(place.id);
    const level = levelOf(place, kind);
    if (!level) continue;
    for (const spelling of new Set([place.name, ...place.variants])) {
      const at = wordIndex(text, spelling);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && spelling.length > best.length))
        best = { at, length: spelling.length, owner: { level, region: place.name }, kind };
    }
  }
  return best && { at: best.at, owner: best.owner, kind: best.kind };
}

/** The plan level a place stands for, or undefined for districts, parks and zones. */
function levelOf(place: Pick<Place, 'name'>, kind: string | undefined): PlanLevel | undefined {
  if (kind !== undefined) return KIND_LEVEL[kind];
  return NAME_LEVEL.find(([re]) => re.test(place.name))?.[1];
}

/** Index of `word` in `text` on word boundaries, as spelt or in capitals ("SUZHOU, March 3");
 *  -1 when absent. A lower-case "high-tech zone" is a description, not the zone's name. */
function wordIndex(text: string, word: string): number {
  if (word.trim() === '') return -1;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  const key = (s: string) => s.replace(/[\s-]+/g, ' ');
  for (const m of text.matchAll(re))
    if (key(m[0]) === key(word) || m[0] === m[0].toUpperCase()) return m.index;
  return -1;
}

const RANGE = /\b((?:19|20)\d{2})\s*(?:-|–|—|~|to)\s*((?:19|20)\d{2})\b/;
/** "14th Five-Year", '"14th Five-Year"', "Fourteenth Five Year". */
const FIVE_YEAR =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)|(thirteenth|fourteenth|fifteenth|sixteenth))[\s"'“”‘’]*Five[\s-]*Year/i;
const WORDS: Record<string, number> = {
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
};

/**
 * The years a text gives the plan: a range ("(2021-2025)", "2021–2035") or a Five-Year Plan's
 * ordinal ("14th Five-Year" is 2021–2025, "15th" 2026–2030), whichever comes first.
 */
export function periodOf(text: string): PlanPeriod | undefined {
  const range = RANGE.exec(text);
  const fiveYear = FIVE_YEAR.exec(text);
  const fromRange = range && +range[1] <= +range[2] ? range : null;
  if (fromRange && (!fiveYear || fromRange.index <= fiveYear.index))
    return { start: +fromRange[1], end: +fromRange[2] };
  if (fiveYear) {
    const n = fiveYear[1] ? +fiveYear[1] : WORDS[fiveYear[2].toLowerCase()];
    // The 3rd Five-Year Plan began in 1966 (1963-1965 were years of adjustment).
    if (n >= 3) {
      const start = 1966 + 5 * (n - 3);
      return { start, end: start + 4 };
    }
  }
  return undefined;
}
