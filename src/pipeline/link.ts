/**
 * The link stage: every block's text becomes inline runs (plain text, entity mentions,
 * corrections), and backlinks (which blocks mention what) are computed once, here.
 */
import type { Editorial } from './editorial/types.ts';
import type { Extracted } from './extract/index.ts';
import { relatedIndustries } from './related.ts';
import { buildMatcher, scan, type Hit, type MatchEntry, type Matcher } from './extract/match.ts';
import type {
  Block,
  Inline,
  LinkedBlock,
  LinkedSection,
  PlanDocument,
  PlanModel,
} from './types.ts';

export type Linked = Pick<
  PlanModel,
  'preamble' | 'sections' | 'industries' | 'places' | 'terms' | 'corrections'
>;

/** The text runs stand for: corrections give back their original wording. */
function source(inlines: Inline[]): string {
  return inlines.map((run) => (run.type === 'correction' ? run.original : run.text)).join('');
}

/** Runs for `text`: the given hits (non-overlapping) as mentions or corrections, text between. */
export function toInlines(
  text: string,
  hits: Hit[],
  matcher: Matcher,
  refOf: (hit: Hit) => Hit | undefined = () => undefined,
): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < at) continue;
    if (hit.start > at) inlines.push({ type: 'text', text: text.slice(at, hit.start) });
    if (hit.kind === 'correction') {
      const data = matcher.corrections.get(hit.id)!;
      const ref = refOf(hit);
      inlines.push({
        type: 'correction',
        original: hit.text,
        text: data.replace,
        id: hit.id,
        status: data.status,
        ...(ref && ref.kind !== 'correction' ? { ref: { kind: ref.kind, id: ref.id } } : {}),
      });
    } else {
      inlines.push({ type: 'mention', text: hit.text, kind: hit.kind, id: hit.id });
    }
    at = hit.end;
  }
  if (at < text.length) inlines.push({ type: 'text', text: text.slice(at) });
  if (source(inlines) !== text)
    throw new Error(`link: inline runs do not give back the text "${text.slice(0, 60)}"`);
  return inlines;
}

/** Names found only in this text (unknown places, abbreviations it defines) become matchable too. */
function extraEntries(extracted: Extracted, editorial: Editorial): MatchEntry[] {
  const knownPlaces = new Set(editorial.places.map((place) => place.id));
  const knownTerms = new Set(editorial.terms.map((term) => term.id));
  const knownIndustries = new Set(editorial.industries.map((industry) => industry.id));
  const generic = new Set(editorial.structure.industryLists.generic.map((w) => w.toLowerCase()));
  return [
    // Industries named only in this text's lists, by the spellings found.
    ...extracted.industries
      .filter((industry) => !knownIndustries.has(industry.id))
      .flatMap((industry) =>
        industry.variants
          .filter((alias) => !generic.has(alias.toLowerCase()))
          .map((alias) => ({ kind: 'industry' as const, id: industry.id, alias })),
      ),
    ...extracted.places
      .filter((place) => !knownPlaces.has(place.id))
      .flatMap((place) =>
        place.variants.map((alias) => ({ kind: 'place' as const, id: place.id, alias })),
      ),
    ...extracted.terms
      .filter((term) => !knownTerms.has(term.id))
      .map((term) => ({ kind: 'term' as const, id: term.id, alias: term.term })),
  ];
}

const distinct = <T>(items: T[]) => [...new Set(items)];

/** The longest entity mention lying within a correction's span: the thing its wording names. */
function entityUnder(fix: Hit, mentions: Hit[]): Hit | undefined {
  let best: Hit | undefined;
  for (const hit of mentions) {
    if (hit.start < fix.start || hit.end > fix.end || hit.kind === 'correction') continue;
    const longer = !best || hit.end - hit.start > best.end - best.start;
    // On a tie, the name the text itself spells beats one found in the corrected wording.
    const tie = best && hit.end - hit.start === best.end - best.start;
    if (longer || (tie && best?.viaCorrection && !hit.viaCorrection)) best = hit;
  }
  return best;
}

/** Link every block and compute backlinks; inputs are not modified. */
export function linkBlocks(doc: PlanDocument, extracted: Extracted, editorial: Editorial): Linked {
  const matcher = buildMatcher(editorial, extraEntries(extracted, editorial));
  const exists = new Set([
    ...extracted.industries.map((e) => `industry:${e.id}`),
    ...extracted.places.map((e) => `place:${e.id}`),
    ...extracted.terms.map((e) => `term:${e.id}`),
    ...extracted.corrections.map((e) => `correction:${e.id}`),
  ]);
  const known = (hit: Hit) => exists.has(`${hit.kind}:${hit.id}`);

  const linkBlock = (block: Block): LinkedBlock => {
    const found = scan(block.text, matcher);
    const corrections = found.corrections.filter(known);
    const runs = found.runs.filter(known);
    const mentioned = found.mentions.filter(known);
    return {
      ...block,
      inlines: toInlines(block.text, [...corrections, ...runs], matcher, (fix) =>
        entityUnder(fix, mentioned),
      ),
      mentions: distinct(found.mentions.filter(known).map((hit) => `${hit.kind}:${hit.id}`)),
      correctionIds: distinct(corrections.map((hit) => hit.id)),
    };
  };

  const titleCorrections = new Map<string, string[]>();
  const preamble = doc.preamble.map(linkBlock);
  const sections: LinkedSection[] = doc.sections.map((section) => {
    const linked: LinkedSection = { ...section, blocks: section.blocks.map(linkBlock) };
    const corrections = scan(section.title, matcher).corrections.filter(known);
    if (corrections.length > 0) {
      linked.titleInlines = toInlines(section.title, corrections, matcher);
      for (const hit of corrections)
        titleCorrections.set(
          hit.id,
          distinct([...(titleCorrections.get(hit.id) ?? []), section.id]),
        );
    }
    return linked;
  });

  // Backlinks, once, in document order: an index from "kind:id" to the blocks that mention it.
  const blocks = [...preamble, ...sections.flatMap((section) => section.blocks)];
  const index = new Map<string, LinkedBlock[]>();
  const note = (key: string, block: LinkedBlock) => {
    const list = index.get(key);
    if (!list) index.set(key, [block]);
    else if (list[list.length - 1] !== block) list.push(block);
  };
  for (const block of blocks) {
    for (const key of block.mentions) note(key, block);
    for (const id of block.correctionIds) note(`correction:${id}`, block);
  }
  const mentioning = (key: string) => (index.get(key) ?? []).map((block) => block.id);
  const order = new Map(extracted.industries.map((industry, i) => [industry.id, i]));
  const byId = new Map(blocks.map((block) => [block.id, block]));
  // Blocks of each section, a level-1 section also holding its subsections' blocks.
  const underSection = new Map<string, LinkedBlock[]>();
  for (const section of sections) {
    for (const id of [section.id, section.parentId]) {
      if (!id) continue;
      // Appended in place: copying the list per subsection made this quadratic.
      const list = underSection.get(id);
      if (list) for (const block of section.blocks) list.push(block);
      else underSection.set(id, [...section.blocks]);
    }
  }
  // Each block as the indexes of the industries it names, worked out once for all industries.
  const named = new Map<LinkedBlock, number[]>();
  const industryIndexes = (block: LinkedBlock) => {
    let list = named.get(block);
    if (!list) {
      list = [];
      for (const m of block.mentions) {
        const at = m.startsWith('industry:') ? order.get(m.slice(9)) : undefined;
        if (at !== undefined) list.push(at);
      }
      named.set(block, list);
    }
    return list;
  };
  const related = relatedIndustries(
    extracted.industries.map((industry) => industry.id),
    (i) => {
      const industry = extracted.industries[i];
      const own = industry.sectionId ? (underSection.get(industry.sectionId) ?? []) : [];
      const focus = industry.focusAreas.flatMap((area) => byId.get(area.blockId) ?? []);
      const near = new Set([...own, ...focus, ...(index.get(`industry:${industry.id}`) ?? [])]);
      return [...near].map(industryIndexes);
    },
  );
  const industries = extracted.industries.map((industry, i) => ({
    ...industry,
    mentions: mentioning(`industry:${industry.id}`),
    related: related[i],
  }));
  const places = extracted.places.map((place) => ({
    ...place,
    mentions: mentioning(`place:${place.id}`),
  }));
  const terms = extracted.terms.map((term) => ({
    ...term,
    mentions: mentioning(`term:${term.id}`),
  }));
  const corrections = extracted.corrections.map((correction) => {
    const sectionIds = titleCorrections.get(correction.id);
    const blockIds = mentioning(`correction:${correction.id}`);
    return { ...correction, blockIds, ...(sectionIds ? { sectionIds } : {}) };
  });
  return { preamble, sections, industries, places, terms, corrections };
}
