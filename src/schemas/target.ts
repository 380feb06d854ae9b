/** data/targets.json: numeric targets with unit, scope, qualifier and source block. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

export const target = z.object({
  value: z.number(),
  unit: z.string(),
  display: z.string(),
  scope: z.enum(['share-of-gdp', 'added-value', 'output-value', 'growth-rate', 'count', 'other']),
  qualifier: z.enum(['about', 'more-than', 'exceed', 'at-least', 'at-most', 'exactly']),
  year: z.number().int().optional(),
  subject: z.string(),
  industryId: reference('industries').optional(),
  goalId: reference('goals').optional(),
  blockId: id,
  sentence: z.string(),
  editorial: editorialMark.optional(),
});
