/** data/terms.json and data/corrections.json: the glossary and the machine-translation fixes. */
import { z } from 'astro/zod';
import { id, status } from './common.ts';

export const term = z.object({
  term: z.string(),
  nameZh: z.string().optional(),
  expansion: z.string().optional(),
  definition: z.string().optional(),
  source: z.enum(['data', 'text']),
  mentions: z.array(id).default([]),
});

export const correction = z.object({
  original: z.string(),
  corrected: z.string(),
  status,
  note: z.string().optional(),
  zh: z.string().optional(),
  blockIds: z.array(id).default([]),
  /** Sections whose title it was applied to. */
  sectionIds: z.array(id).default([]),
});
