/** The Plan's text: sections of blocks, each block as inline runs (text, mentions, corrections). */
import { z } from 'astro/zod';
import { id, status } from './common.ts';

export const inline = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('mention'),
    text: z.string(),
    kind: z.enum(['industry', 'place', 'term']),
    id,
  }),
  z.object({
    type: z.literal('correction'),
    original: z.string(),
    text: z.string(),
    id,
    status,
    ref: z.object({ kind: z.enum(['industry', 'place', 'term']), id }).optional(),
  }),
]);

export const block = z.object({
  id,
  kind: z.enum(['paragraph', 'item', 'bullet']),
  sectionId: id,
  line: z.number().int().positive(),
  number: z.string().optional(),
  label: z.string().optional(),
  text: z.string(),
  hash: z.string(),
  inlines: z.array(inline),
  mentions: z.array(z.string()).default([]),
  correctionIds: z.array(id).default([]),
});

/** data/sections.json rows (the file loader takes `id` as the entry id). */
export const section = z.object({
  title: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  /** Heading number as written ("IV", "(1)"), when the heading has one. */
  number: z.string().optional(),
  /** The title as inline runs, when a correction applies to it. */
  titleInlines: z.array(inline).optional(),
  parent: id.optional(),
  line: z.number().int().nonnegative(),
  order: z.number().int(),
  synthetic: z.boolean().optional(),
  blocks: z.array(block),
});

export type Inline = z.infer<typeof inline>;
export type BlockData = z.infer<typeof block>;
