/** Places (data/places.json) and major projects (data/projects.json). */
import { z } from 'astro/zod';
import { editorialMark, id, status } from './common.ts';

export const place = z.object({
  id,
  editorial: editorialMark.optional(),
  /** Right English name (data) or as written (unknown places). */
  name: z.string(),
  nameZh: z.string().optional(),
  district: z.string().optional(),
  status,
  note: z.string().optional(),
  /** Spellings found in this text. */
  variants: z.array(z.string()).default([]),
  industryIds: z.array(id).default([]),
  mentions: z.array(id).default([]),
});

export const project = z.object({
  id,
  name: z.string(),
  blockId: id,
  industryIds: z.array(id).default([]),
  placeIds: z.array(id).default([]),
});
