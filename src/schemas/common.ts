/**
 * Building blocks of the Plan model shared by the pipeline and the collection schemas. Plain
 * `astro/zod` only (no `astro:content`), so the pipeline scripts import them under plain Node.
 */
import { z } from 'astro/zod';

/** Ids are generator-made slugs: safe as URL segments and HTML ids. */
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'ids are slugs: letters, digits, "-" and "_"');
/** Some text: a string with at least one non-space character. */
export const text = z.string().regex(/\S/).meta({ what: 'a non-empty string' });
/** How sure an editorial fact is (see content/editorial). */
export const status = z.enum(['verified', 'likely', 'unknown']);
/** Kinds of fact an editor may add, change or drop (editorial/edits.yaml). */
export const editKind = z.enum(['goal', 'target', 'industry', 'tier', 'place']);
/** On a fact an editor added or changed (editorial/edits.yaml): what, which fields, and why. */
export const editorialMark = z.object({
  op: z.enum(['add', 'change']),
  fields: z.array(z.string()),
  why: z.string(),
});
/** One edit as applied, in file order (drops included: the fact itself is gone). */
export const editRecord = z.object({
  op: z.enum(['add', 'change', 'drop']),
  kind: editKind,
  id: z.string(),
  fields: z.array(z.string()),
  why: z.string(),
  file: z.string(),
  line: z.number().int(),
});
/** One of the plan's categories of industries, in text order (PlanModel.tiers). */
export const tierGroup = z.object({
  /** Slug of the label. */
  id,
  /** As the plan words it: "strategic emerging industries", "key sectors". */
  label: z.string(),
  /** The number the text states ("12 key sectors", the "9" key areas); absent if none. */
  count: z.number().int().optional(),
  /** The paragraph that first states the category. */
  blockId: id.optional(),
  /** The industries the text names in it, in text order. */
  industryIds: z.array(id).default([]),
  editorial: editorialMark.optional(),
});
/** A problem the pipeline noticed but could work around. */
export const warning = z.object({ file: z.string(), line: z.number().int(), message: z.string() });
