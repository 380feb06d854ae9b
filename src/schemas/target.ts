/** data/targets.json: numeric targets with unit, scope, qualifier and source block. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

const scopes = [
  'share-of-gdp',
  'added-value',
  'output-value',
  'revenue',
  'growth-rate',
  'count',
  'investment',
  'other',
] as const;

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
  unitKind: z.enum(['yuan', 'usd', 'percent', 'count', 'area', 'multiple', 'other']),
  normalised: z.number(),
  normalisedMax: z.number().optional(),
  display: z.string(),
  scope: z.enum(scopes),
  qualifier: z.enum(['about', 'more-than', 'exceed', 'at-least', 'at-most', 'exactly']),
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
