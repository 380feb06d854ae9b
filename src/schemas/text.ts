/** The Plan's text: sections of blocks, each block as inline runs (text, mentions, corrections). */
import { z } from 'astro/zod';
import { id, status } from './common.ts';

const mentionKind = z.enum(['industry', 'place', 'term']);

/** A block's text as runs: plain text, entity mentions, corrections. Concatenating `text` of
 *  plain and mention runs and `original` of corrections gives back the block text exactly. */
export const inline = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('mention'), text: z.string(), kind: mentionKind, id }),
  z.object({
    type: z.literal('correction'),
    original: z.string(),
    text: z.string(),
    id,
    status,
    /** The entity the machine wording names (e.g. a place spelt wrongly), linked from the fix. */
    ref: z.object({ kind: mentionKind, id }).optional(),
  }),
]);

export const blockKind = z.enum(['paragraph', 'item', 'bullet']);

/** A paragraph, numbered item or bullet of the text. */
export const block = z.object({
  /** Stable permalink id, e.g. "integrated-circuit-p2", "development-goal-b1". */
  id,
  kind: blockKind,
  sectionId: id,
  /** Source line (1-based) in the original file. */
  line: z.number().int().positive(),
  /** Item number as written ("1", "(2)", "iii"), for items only. */
  number: z.string().optional(),
  /** Lead-in of an item or bullet ("Integrated circuit design"), if the text has one. */
  label: z.string().optional(),
  /** Cleaned text (noise removed, original wording kept; corrections are applied as inlines). */
  text: z.string(),
  /** First 8 hex digits of sha256(text): detects a changed paragraph behind a kept id. */
  hash: z.string(),
});

/** A block after link: its text as runs, and what it mentions. */
export const linkedBlock = block.extend({
  inlines: z.array(inline),
  /** Entities mentioned, deduplicated, as "kind:id". */
  mentions: z.array(z.string()).default([]),
  correctionIds: z.array(id).default([]),
});

export const section = z.object({
  /** Slug of the title, unique in the plan, never empty. */
  id,
  /** As written in the text. */
  title: z.string(),
  level: z.union([z.literal(1), z.literal(2)]),
  /** Heading number or marker as written ("IV", "一", "Part 2", "(1)"), when it has one. */
  number: z.string().optional(),
  line: z.number().int().nonnegative(),
  /** Id of the enclosing level-1 section, for level 2. */
  parentId: id.optional(),
  blocks: z.array(block),
});

/** A section after link; `titleInlines` is set when a correction applies to its title. */
export const linkedSection = section.extend({
  blocks: z.array(linkedBlock),
  titleInlines: z.array(inline).optional(),
});

/** data/sections.json rows (the file loader takes `id` as the entry id). */
export const sectionRow = section.omit({ id: true, parentId: true }).extend({
  /** The title as inline runs, when a correction applies to it. */
  titleInlines: z.array(inline).optional(),
  parent: id.optional(),
  order: z.number().int(),
  synthetic: z.boolean().optional(),
  blocks: z.array(linkedBlock),
});

export type Inline = z.infer<typeof inline>;
export type BlockData = z.infer<typeof linkedBlock>;
