/**
 * The content collections' entry schemas, derived from the model schemas: entries drop `id` (the
 * loader sets it) and cross-links become reference()s. Astro-only (imports astro:content).
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { id } from './common.ts';
import { correction, term } from './glossary.ts';
import { goal } from './goal.ts';
import { industry } from './industry.ts';
import { place, project } from './place.ts';
import { target } from './target.ts';

const refs = (collection: 'goals' | 'industries' | 'places' | 'targets' | 'projects') =>
  z.array(reference(collection)).default([]);

/** industries/<id>.mdx frontmatter. */
export const industryPage = industry
  .pick({
    name: true,
    nameZh: true,
    variants: true,
    aliases: true,
    tier: true,
    mentions: true,
    editorial: true,
  })
  .extend({
    /** The paragraph that puts it in its category. */
    tierBlock: id.optional(),
    section: reference('sections').optional(),
    order: z.number().int(),
    summary: z.string().default(''),
    focusAreas: z
      .array(z.object({ block: id, number: z.string().optional(), label: z.string().optional() }))
      .default([]),
    goals: refs('goals'),
    targets: refs('targets'),
    places: refs('places'),
    projects: refs('projects'),
    related: refs('industries'),
  });

/** goals/<id>.mdx frontmatter. */
export const goalPage = goal.pick({ title: true, kind: true, year: true, editorial: true }).extend({
  block: id,
  section: reference('sections'),
  order: z.number().int(),
  industries: refs('industries'),
  places: refs('places'),
  targets: refs('targets'),
});

export const targetEntry = target.omit({ id: true }).extend({
  industryId: reference('industries').optional(),
  goalId: reference('goals').optional(),
});
export const placeEntry = place.omit({ id: true }).extend({ industryIds: refs('industries') });
export const projectEntry = project
  .omit({ id: true })
  .extend({ industryIds: refs('industries'), placeIds: refs('places') });
export const termEntry = term.omit({ id: true });
export const correctionEntry = correction
  .omit({ id: true })
  .extend({ sectionIds: z.array(id).default([]) });
