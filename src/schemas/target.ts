/** data/targets.json: numeric targets with unit, scope, qualifier and source block. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { QUALIFIERS, TARGET_SCOPES, UNIT_KINDS } from '../pipeline/types.ts';
import { editorialMark, id } from './common.ts';

export const baseline = z.object({
  value: z.number(),
  unit: z.string(),
  normalised: z.number(),
  year: z.number().int().optional(),
  display: z.string(),
});

export const target = z.object({
  value: z.number(),
  valueMax: z.number().optional(),
  unit: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  normalised: z.number(),
  normalisedMax: z.number().optional(),
  display: z.string(),
  scope: z.enum(TARGET_SCOPES),
  qualifier: z.enum(QUALIFIERS),
  year: z.number().int().optional(),
  subject: z.string(),
  baseline: baseline.optional(),
  note: z.string().optional(),
  industryId: reference('industries').optional(),
  goalId: reference('goals').optional(),
  blockId: id,
  sentence: z.string(),
  editorial: editorialMark.optional(),
});
