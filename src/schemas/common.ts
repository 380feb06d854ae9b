/** Building blocks shared by the collection schemas. */
import { z } from 'astro/zod';

/** Ids are generator-made slugs: safe as URL segments and HTML ids. */
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'ids are slugs: letters, digits, "-" and "_"');
export const status = z.enum(['verified', 'likely', 'unknown']);
/** On a fact an editor added or changed (editorial/edits.yaml): what, which fields, and why. */
export const editorialMark = z.object({
  op: z.enum(['add', 'change']),
  fields: z.array(z.string()),
  why: z.string(),
});
/** One of the plan's categories of industries, in text order (PlanModel.tiers). */
export const tierGroup = z.object({
  id,
  label: z.string(),
  count: z.number().int().optional(),
  blockId: id.optional(),
  industryIds: z.array(id).default([]),
  editorial: editorialMark.optional(),
});
export const warning = z.object({ file: z.string(), line: z.number().int(), message: z.string() });
