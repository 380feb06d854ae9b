/** What an industry's page shows, decided here so the page only renders it (industries/[id]). */
import { render } from 'astro:content';
import type { BlockData } from '../../schemas/text.ts';
import {
  blocksFor,
  entriesById,
  getNames,
  getPlan,
  type BlockRef,
  type IndustryEntry,
} from '../data.ts';
import { excerpt } from '../format.ts';
import {
  correctedText,
  leadingRuns,
  originalText,
  titleText,
  translationHint,
  type TitleText,
} from '../inlines.ts';
import type { Neighbours } from '../paths.ts';
import { readerLinks } from '../reader.ts';
import { contents, entityHead, folded, inRefOrder, named, neighbours } from './entity.ts';
import type { CrossRefSection, TocItem } from './entity.ts';

type Industry = IndustryEntry['data'];
type FocusArea = Industry['focusAreas'][number];

/**
 * A focus area's label, corrected as in the paragraph it opens; `original` when a correction
 * changed it. Without a label, the paragraph's opening words.
 */
export function focusLabel(area: FocusArea, blocks: readonly BlockRef[]): TitleText {
  const block = blocks.find((r) => r.block.id === area.block)?.block;
  if (!block) return { text: area.label ?? area.block };
  if (area.label && block.text.startsWith(area.label)) {
    const runs = leadingRuns(block.inlines, area.label.length);
    return titleText(originalText(runs), runs);
  }
  return { text: area.label ?? excerpt(correctedText(block.inlines), 80) };
}

/**
 * Where the summary (a sentence of the Plan) stands. When the industry's own section says it,
 * "What the Plan says" shows it and the intro does not repeat it (`inBody`); otherwise it is
 * quoted with the first mention that says it (`source`), or shown plain when none does.
 */
export function summaryPlacement(
  summary: string,
  body: readonly Pick<BlockData, 'text'>[],
  mentioned: readonly BlockRef[],
): { inBody: boolean; source?: BlockRef } {
  const core = folded(summary).replace(/…$/, '');
  const says = (text: string) => core !== '' && folded(text).includes(core);
  if (body.some((b) => says(b.text))) return { inBody: true };
  const source = mentioned.find((r) => says(r.block.text));
  return source ? { inBody: false, source } : { inBody: false };
}

/** The sections an industry's page shows, in order. */
export function industryToc(d: Industry, hasBody: boolean): TocItem[] {
  return contents([
    hasBody && { id: 'what-the-plan-says', text: 'What the Plan says' },
    d.focusAreas.length > 0 && { id: 'focus-areas', text: 'Focus areas' },
    { id: 'goals', text: 'Goals' },
    { id: 'targets', text: 'Targets' },
    { id: 'places', text: 'Places' },
    d.projects.length > 0 && { id: 'projects', text: 'Projects' },
    { id: 'mentions', text: 'Mentions' },
    { id: 'related', text: 'Related industries' },
  ]);
}

/** How the page names the industry's category: always the Plan's own wording, never data. */
export function tierNote(tier: string | undefined): string {
  return tier ? 'the Plan’s own category' : 'the Plan puts it in no category';
}

/** The head of an industry's page: its summary, or what the page has, as the description. */
export function industryHead(d: Industry, hasBody: boolean) {
  const description =
    d.summary || `${d.name} in the Plan: focus areas, goals, targets, places and mentions.`;
  return entityHead('industry', d.name, description, industryToc(d, hasBody), [
    { name: d.name, tier: d.tier },
  ]);
}

/** Everything industries/[id] shows besides the entry's own fields and its MDX body. */
export async function industryRoute({ entry, prev, next }: Neighbours<IndustryEntry>) {
  const d = entry.data;
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const [{ Content }, names, focus, ownSection, mentioned, targets, places, projects, plan, links] =
    await Promise.all([
      render(entry),
      getNames(),
      blocksFor(d.focusAreas.map((f) => f.block)),
      entriesById('sections', d.section ? [d.section.id] : []),
      blocksFor(d.mentions),
      entriesById('targets', ids(d.targets)),
      entriesById('places', ids(d.places)),
      entriesById('projects', ids(d.projects)),
      getPlan(),
      readerLinks(),
    ]);
  const hasBody = (entry.body ?? '').trim().length > 0;
  return {
    d,
    Content,
    ...links,
    names,
    hasBody,
    summary: summaryPlacement(d.summary, ownSection[0]?.data.blocks ?? [], mentioned),
    focusAreas: d.focusAreas.map((area) => {
      const title = focusLabel(area, focus);
      return {
        block: area.block,
        number: area.number,
        title,
        hint: translationHint(title.original),
      };
    }),
    targets: inRefOrder(targets, d.targets),
    places,
    projects,
    tierNote: tierNote(d.tier),
    tierId: plan.tiers.find((t) => t.label === d.tier)?.id ?? 'none',
    head: industryHead(d, hasBody),
    goals: {
      id: 'goals',
      title: 'Goals',
      kind: 'goal',
      items: named(d.goals, names.goal),
      empty: 'The Plan sets no goal for this industry.',
    } satisfies CrossRefSection,
    related: {
      id: 'related',
      title: 'Related industries',
      kind: 'industry',
      items: named(d.related, names.industry),
      empty: 'None found in the text.',
    } satisfies CrossRefSection,
    ...neighbours('industry', (e) => e.data.name, prev, next),
  };
}
