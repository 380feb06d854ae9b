/** industries/<id>.mdx frontmatter. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

export const industry = z.object({
  name: z.string(),
  nameZh: z.string().optional(),
  /** The spellings found in the text. */
  variants: z.array(z.string()).default([]),
  /** The plan's own category label, as the plan words it; absent when it gives none. */
  tier: z.string().optional(),
  /** The paragraph that puts it in that category. */
  tierBlock: id.optional(),
  section: reference('sections').optional(),
  order: z.number().int(),
  summary: z.string().default(''),
  focusAreas: z
    .array(z.object({ block: id, number: z.string().optional(), label: z.string().optional() }))
    .default([]),
  goals: z.array(reference('goals')).default([]),
  targets: z.array(reference('targets')).default([]),
  places: z.array(reference('places')).default([]),
  projects: z.array(reference('projects')).default([]),
  mentions: z.array(id).default([]),
  related: z.array(reference('industries')).default([]),
  editorial: editorialMark.optional(),
});
