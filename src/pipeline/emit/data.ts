/** data/*.json and plan.json: the structured side of the model, for collections and reuse. */
import type { z } from 'astro/zod';
import type { plan as planEntry } from '../../schemas/plan.ts';
import type { sectionRow } from '../../schemas/text.ts';
import { modelCounts } from '../counts.ts';
import type { PlanModel } from '../types.ts';
import { PREAMBLE_ID } from './lookup.ts';

/** Title shown for the synthetic section that holds the text before the first heading. */
const PREAMBLE_TITLE = 'Introduction';

/** Stable JSON: two-space indent, trailing newline (key order is the model's). */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A data/sections.json row: the collection's schema, with the id the loader takes. */
type SectionEntry = z.input<typeof sectionRow> & { id: string };

/** Sections in reading order, the preamble first as a synthetic section when it has blocks. */
export function sectionEntries(model: PlanModel): SectionEntry[] {
  const entries: SectionEntry[] = [];
  if (model.preamble.length > 0) {
    if (model.sections.some((section) => section.id === PREAMBLE_ID)) {
      throw new Error(`emit: a section has the reserved id "${PREAMBLE_ID}"`);
    }
    entries.push({
      id: PREAMBLE_ID,
      title: PREAMBLE_TITLE,
      level: 1,
      line: model.preamble[0]!.line,
      order: 0,
      synthetic: true,
      blocks: model.preamble,
    });
  }
  model.sections.forEach((section, index) => {
    entries.push({
      id: section.id,
      title: section.title,
      titleInlines: section.titleInlines,
      number: section.number,
      level: section.level,
      parent: section.parentId,
      line: section.line,
      order: index + 1,
      blocks: section.blocks,
    });
  });
  return entries;
}

/** Path and content of every data file. */
export function dataFiles(model: PlanModel): [string, string][] {
  const plan: z.input<typeof planEntry> & { id: string } = {
    id: 'plan',
    meta: model.meta,
    source: model.source,
    chrome: model.chrome,
    removals: model.removals,
    tiers: model.tiers,
    counts: { ...modelCounts(model) }, // a plain object type: the schema's record
    edits: model.edits,
    warnings: model.warnings,
  };
  return [
    ['data/sections.json', json(sectionEntries(model))],
    ['data/targets.json', json(model.targets)],
    ['data/places.json', json(model.places)],
    ['data/projects.json', json(model.projects)],
    ['data/terms.json', json(model.terms)],
    ['data/corrections.json', json(model.corrections)],
    ['data/plan.json', json([plan])],
    ['plan.json', json(model)],
  ];
}
