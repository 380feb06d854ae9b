/**
 * Places: every spelling of a known place (the shared gazetteer and the plan's own places.yaml),
 * and names the data does not know, shown as written with status "unknown": typed names
 * ("Suzhou Industrial Park") and lists sharing a type word ("the districts of A, B and C").
 */
import type { PlaceData } from '../editorial/types.ts';
import type { Place } from '../types.ts';
import { distinct, hitsIn, type BlockView, type Context } from './context.ts';
import { scan, type Hit } from './match.ts';
import {
  listNames,
  organisationPlaces,
  typedNames,
  type IsProper,
  type NameSpan,
} from './place-names.ts';
import { isPinyinName } from './pinyin.ts';
import { slug, spanAt, uniqueId } from './text.ts';

// Kinds of known place a longer typed name may sit in ("Wuxi" in "Wuxi National High-tech
// Zone"): the typed name is then a place of its own. Inside any other known place (a park the
// data knows), the known place wins.
const CONTAINERS = new Set([
  'province',
  'autonomous-region',
  'municipality',
  'sar',
  'city',
  'new-area',
  'region',
  'district',
  'county',
]);

// What the site says of a place found only in the text.
const UNVERIFIED =
  'Named in the text but not in the editorial data: shown as written, not verified.';

/** One place found in a block: a known one (data) or a name as written. */
type Found = { at: number; hit: Hit; data: PlaceData } | { at: number; name: NameSpan };

/** A proper word: Pinyin, or a one-word name of a known place ("Harbin", "Ordos"). */
function properWords(places: PlaceData[]): IsProper {
  const known = new Set(
    places.flatMap((p) => [p.name, ...p.aliases]).filter((a) => /^[\p{Lu}][\p{L}'’-]+$/u.test(a)),
  );
  return (word) => isPinyinName(word) || known.has(word);
}

// A news dateline ("BEIJING, May 10 --") says where a report was filed, not a place of the plan.
const DATELINE = /^[\p{Lu}][\p{Lu}'’ -]*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)/u;
const dateline = (text: string, hit: Hit) =>
  /^\W*$/.test(text.slice(0, hit.start)) && DATELINE.test(text.slice(hit.start));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The places of one block, known and unknown, in text order. */
function foundIn(view: BlockView, byId: Map<string, PlaceData>, isProper: IsProper): Found[] {
  const text = view.block.text;
  const hits = view.scan.mentions.filter(
    (hit) => hit.kind === 'place' && byId.has(hit.id) && !dateline(text, hit),
  );
  const corrections = view.scan.corrections;
  // A known place starts a name too ("Hong Kong Science Park").
  const starts = new Set(hits.map((hit) => hit.start));
  const isProperHere: IsProper = (word, at) =>
    isProper(word) || (at !== undefined && starts.has(at));
  const inside = new Set<Hit>();
  const names: NameSpan[] = [];
  for (const typed of [...typedNames(text, isProperHere), ...organisationPlaces(text, isProper)]) {
    if (corrections.some((c) => overlaps(c, typed))) continue;
    const within = hits.filter((hit) => overlaps(hit, typed));
    const head = typed.head!;
    const container = (hit: Hit) => CONTAINERS.has(byId.get(hit.id)?.kind ?? '');
    if (within.some((hit) => overlaps(hit, head) || !container(hit))) continue;
    within.forEach((hit) => inside.add(hit));
    names.push(typed);
  }
  for (const item of listNames(text, isProper)) {
    const taken = [...hits, ...names, ...corrections].some((span) => overlaps(span, item));
    if (!taken) names.push(item);
  }
  const found: Found[] = [
    ...hits
      .filter((hit) => !inside.has(hit))
      .map((hit) => ({ at: hit.start, hit, data: byId.get(hit.id)! })),
    ...names.map((name) => ({ at: name.start, name })),
  ];
  return found.sort((a, b) => a.at - b.at);
}

/** Places in order of first mention, with variants and industries. `heads` are the plan's
 *  title and issuer: the provinces and cities they name are the plan's own, even when the text
 *  proper does not repeat them. */
export function extractPlaces(ctx: Context, heads: string[] = []): Place[] {
  // (The title and issuer are read for known places only: an unknown name there is not a
  // mention in the text.)
  const byId = new Map(ctx.editorial.places.map((place) => [place.id, place]));
  const isProper = properWords(ctx.editorial.places);
  const places = new Map<string, Place>();
  const unknownIds = new Map<string, string>(); // lower-case name → id
  const taken = new Set(byId.keys());
  const add = (place: Place, variant: string | undefined, industries: string[]) => {
    const entry = places.get(place.id) ?? place;
    places.set(place.id, entry);
    if (variant && !entry.variants.includes(variant)) entry.variants.push(variant);
    entry.industryIds = distinct([...entry.industryIds, ...industries]);
  };
  for (const head of heads) {
    for (const hit of scan(head, ctx.matcher).mentions) {
      const data = hit.kind === 'place' ? byId.get(hit.id) : undefined;
      if (data && CONTAINERS.has(data.kind ?? '') && !hit.viaCorrection)
        add(known(data), hit.text, []);
    }
  }
  for (const view of ctx.views) {
    const { mentions } = view.scan;
    for (const found of foundIn(view, byId, isProper)) {
      const sentence = spanAt(view.sentences, found.at) ?? view.sentences[0];
      const industries = sentence ? hitsIn(mentions, sentence, 'industry').map((h) => h.id) : [];
      if ('hit' in found) {
        const { hit, data } = found;
        add(known(data), hit.viaCorrection ? undefined : hit.text, industries);
        continue;
      }
      const { name, written } = found.name;
      const key = name.toLowerCase().replace(/[\s‐‑–-]+/g, ' ');
      let id = unknownIds.get(key);
      if (!id) {
        id = uniqueId(slug(name) || 'place', taken);
        unknownIds.set(key, id);
        ctx.warnings.push({
          file: ctx.file,
          line: view.block.line,
          message: `unknown place "${name}" (not in places.yaml); shown as written with status "unknown"`,
        });
      }
      const place: Place = {
        id,
        name,
        status: 'unknown',
        note: UNVERIFIED,
        variants: [],
        industryIds: [],
        mentions: [],
      };
      add(place, written, industries);
    }
  }
  return [...places.values()];
}

/** A known place as the model holds it (variants and links filled in later). */
function known(data: PlaceData): Place {
  return {
    id: data.id,
    name: data.name,
    ...(data.zh ? { nameZh: data.zh } : {}),
    ...(data.district ? { district: data.district } : {}),
    status: data.status,
    ...(data.note ? { note: data.note } : {}),
    variants: [],
    industryIds: [],
    mentions: [],
  };
}
