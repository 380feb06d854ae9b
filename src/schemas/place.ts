/** data/places.json and data/projects.json. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id, status } from './common.ts';

export const place = z.object({
  name: z.string(),
  nameZh: z.string().optional(),
  district: z.string().optional(),
  status,
  note: z.string().optional(),
  variants: z.array(z.string()).default([]),
  industryIds: z.array(reference('industries')).default([]),
  mentions: z.array(id).default([]),
  editorial: editorialMark.optional(),
});

export const project = z.object({
  name: z.string(),
  blockId: id,
  industryIds: z.array(reference('industries')).default([]),
  placeIds: z.array(reference('places')).default([]),
});
