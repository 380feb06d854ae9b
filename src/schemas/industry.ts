/** industries/<id>.mdx frontmatter. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id, tier } from './common.ts';

export const industry = z.object({
  name: z.string(),
  nameZh: z.string().optional(),
  tier: tier.optional(),
  tierSource: z.enum(['text', 'data', 'none']),
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
