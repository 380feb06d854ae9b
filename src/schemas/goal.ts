/** goals/<id>.mdx frontmatter. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

export const goal = z.object({
  title: z.string(),
  kind: z.enum(['overall', 'industry']),
  year: z.number().int().optional(),
  block: id,
  section: reference('sections'),
  order: z.number().int(),
  industries: z.array(reference('industries')).default([]),
  places: z.array(reference('places')).default([]),
  targets: z.array(reference('targets')).default([]),
  editorial: editorialMark.optional(),
});
