/** The glossary (data/terms.json) and the machine-translation fixes (data/corrections.json). */
import { z } from 'astro/zod';
import { id, status } from './common.ts';

export const term = z.object({
  id,
  term: z.string(),
  nameZh: z.string().optional(),
  /** For abbreviations: "insulated gate bipolar transistor". */
  expansion: z.string().optional(),
  definition: z.string().optional(),
  source: z.enum(['data', 'text']),
  mentions: z.array(id).default([]),
});

export const correction = z.object({
  id,
  /** Wording as the machine translation has it. */
  original: z.string(),
  /** What it means. */
  corrected: z.string(),
  status,
  note: z.string().optional(),
  zh: z.string().optional(),
  /** Blocks where it was applied. */
  blockIds: z.array(id).default([]),
  /** Sections whose title it was applied to (filled by link). */
  sectionIds: z.array(id).optional(),
});
