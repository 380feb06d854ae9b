/** industries/<id>.mdx: one file per industry, frontmatter for the page, body = its section. */
import type { RootContent } from 'mdast';
import type { z } from 'astro/zod';
import type { industryPage } from '../../schemas/collections.ts';
import type { Industry, PlanModel } from '../types.ts';
import { withFrontmatter } from './frontmatter.ts';
import { attributeValue } from './ids.ts';
import { numberedList } from './lists.ts';
import { blockRef, type BlockRef } from './lookup.ts';
import { paragraph } from './mdast.ts';
import { toMdx } from './serialise.ts';
import { sentenceAt } from './text.ts';

/** Path and content of every industry file, in model order. */
export function industryFiles(model: PlanModel, blocks: Map<string, BlockRef>): [string, string][] {
  return model.industries.map((industry, index) => [
    `industries/${attributeValue(industry.id, 'industry id')}.mdx`,
    withFrontmatter(
      industryData(model, industry, index + 1, blocks),
      industryBody(model, industry, blocks),
    ),
  ]);
}

/** Frontmatter fields, in a fixed order; references are ids. Typed by the collection's schema,
 *  so a field the page schema adds or renames fails the type check here. */
function industryData(
  model: PlanModel,
  industry: Industry,
  order: number,
  blocks: Map<string, BlockRef>,
): z.input<typeof industryPage> {
  return {
    name: industry.name,
    nameZh: industry.nameZh,
    variants: industry.variants,
    aliases: industry.aliases,
    tier: industry.tier,
    tierBlock: industry.tierBlockId,
    section: industry.sectionId,
    order,
    summary: industrySummary(model, industry, blocks),
    focusAreas: industry.focusAreas.map((area) => ({
      block: area.blockId,
      number: area.number,
      label: area.label,
    })),
    goals: industry.goalIds,
    targets: industry.targetIds,
    places: industry.placeIds,
    projects: industry.projectIds,
    mentions: industry.mentions,
    related: industry.related,
    editorial: industry.editorial,
  };
}

/** Body: the section's paragraphs in order, then the focus areas as one numbered list. */
function industryBody(model: PlanModel, industry: Industry, blocks: Map<string, BlockRef>): string {
  const focus = new Set(industry.focusAreas.map((area) => area.blockId));
  const children: RootContent[] = [];
  const section = sectionOf(model, industry);
  for (const block of section?.blocks ?? []) {
    if (!focus.has(block.id)) children.push(paragraph(block.inlines));
  }
  const items = industry.focusAreas.map(
    (area) => blockRef(blocks, area.blockId, `industry "${industry.id}" focus area`).block,
  );
  if (items.length > 0) children.push(numberedList(items));
  return toMdx({ type: 'root', children });
}

/**
 * One line for lists and link previews: the first sentence of the industry's section, or, for
 * an industry without one, the sentence of its first mention.
 */
function industrySummary(
  model: PlanModel,
  industry: Industry,
  blocks: Map<string, BlockRef>,
): string {
  const section = sectionOf(model, industry);
  const focus = new Set(industry.focusAreas.map((area) => area.blockId));
  const lead = section?.blocks.find((block) => !focus.has(block.id)) ?? section?.blocks[0];
  if (lead) return sentenceAt(lead.text);
  const first = industry.mentions[0];
  if (!first) return '';
  const { block } = blockRef(blocks, first, `industry "${industry.id}" mention`);
  let at = 0;
  for (const run of block.inlines) {
    if (run.type === 'mention' && run.kind === 'industry' && run.id === industry.id) break;
    at += run.type === 'correction' ? run.original.length : run.text.length;
  }
  return sentenceAt(block.text, at < block.text.length ? at : 0);
}

function sectionOf(model: PlanModel, industry: Industry) {
  if (!industry.sectionId) return undefined;
  const section = model.sections.find((s) => s.id === industry.sectionId);
  if (!section)
    throw new Error(
      `emit: industry "${industry.id}" refers to unknown section "${industry.sectionId}"`,
    );
  return section;
}
