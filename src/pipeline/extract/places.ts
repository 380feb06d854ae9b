/**
 * Places: every spelling of a known place (places.yaml), with the industries named in the same
 * sentence; and, conservatively, capitalised names such as "Foo Science Park" that the data does
 * not know (status "unknown", with a warning).
 */
import type { Place } from '../types.ts';
import { distinct, hitsIn, type Context } from './context.ts';
import type { Hit } from './match.ts';
import { slug, spanAt, uniqueId } from './text.ts';

const KINDS = 'District|Park|Zone|Valley|Town|Island|Base';
// One to four capitalised words, then a place word: "Songhu Science Park".
const UNKNOWN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[A-Z][\p{L}'’-]*\s+){1,4}(?:${KINDS})(?![\p{L}\p{N}])`,
  'gu',
);
// Words that start a sentence or are generic: not enough to make a name.
const LEADING = new Set(
  'The A An In At On Of And This That These Those Its Our We It Build Create Support Promote Develop Cultivate Speed Focus Accelerate Construct Establish'.split(
    ' ',
  ),
);
const GENERIC = new Set(
  'New Industrial Industry High-tech Hi-tech High-Tech Hi-Tech Science Technology Technological Demonstration Development Economic Innovation Pilot Free Trade Special Bonded National International Software Smart Intelligence Intelligent Comprehensive Green Ecological Advanced Modern Characteristic Key Major'.split(
    ' ',
  ),
);

interface Draft {
  place: Place;
  order: number;
}

/** Unknown place names in `text` that overlap no known name. */
function unknownNames(text: string, known: Hit[]): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of text.matchAll(UNKNOWN)) {
    const words = m[0].split(/\s+/);
    while (words.length > 1 && LEADING.has(words[0])) words.shift();
    const name = words.join(' ');
    const start = m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    if (words.length < 2 || words.slice(0, -1).every((word) => GENERIC.has(word))) continue;
    if (known.some((hit) => hit.start < end && start < hit.end)) continue;
    out.push({ start, end, name });
  }
  return out;
}

/** Places in order of first mention, with variants and industries. */
export function extractPlaces(ctx: Context): Place[] {
  const drafts = new Map<string, Draft>();
  const taken = new Set(ctx.editorial.places.map((place) => place.id));
  const warned = new Set<string>();
  let order = 0;
  const add = (
    id: string,
    make: () => Place,
    variant: string | undefined,
    industries: string[],
  ) => {
    const draft = drafts.get(id) ?? { place: make(), order: order++ };
    drafts.set(id, draft);
    if (variant && !draft.place.variants.includes(variant)) draft.place.variants.push(variant);
    draft.place.industryIds = distinct([...draft.place.industryIds, ...industries]);
  };
  for (const view of ctx.views) {
    const { mentions } = view.scan;
    for (const hit of mentions) {
      if (hit.kind !== 'place') continue;
      const data = ctx.editorial.places.find((place) => place.id === hit.id);
      if (!data) continue;
      const sentence = spanAt(view.sentences, hit.start) ?? view.sentences[0];
      const industries = sentence ? hitsIn(mentions, sentence, 'industry').map((h) => h.id) : [];
      const make = (): Place => ({
        id: data.id,
        name: data.name,
        ...(data.zh ? { nameZh: data.zh } : {}),
        ...(data.district ? { district: data.district } : {}),
        status: data.status,
        ...(data.note ? { note: data.note } : {}),
        variants: [],
        industryIds: [],
        mentions: [],
      });
      add(hit.id, make, hit.viaCorrection ? undefined : hit.text, industries);
    }
    const known = [...mentions, ...view.scan.corrections];
    for (const found of unknownNames(view.block.text, known)) {
      const sentence = spanAt(view.sentences, found.start) ?? view.sentences[0];
      const industries = sentence ? hitsIn(mentions, sentence, 'industry').map((h) => h.id) : [];
      const existing = [...drafts.values()].find(
        (d) => d.place.status === 'unknown' && d.place.name === found.name,
      );
      const id = existing?.place.id ?? uniqueId(slug(found.name) || 'place', taken);
      if (!warned.has(found.name)) {
        warned.add(found.name);
        ctx.warnings.push({
          file: ctx.file,
          line: view.block.line,
          message: `unknown place "${found.name}" (not in places.yaml); shown as written with status "unknown"`,
        });
      }
      const make = (): Place => ({
        id,
        name: found.name,
        status: 'unknown',
        variants: [],
        industryIds: [],
        mentions: [],
      });
      add(id, make, found.name, industries);
    }
  }
  return [...drafts.values()].sort((a, b) => a.order - b.order).map((draft) => draft.place);
}
