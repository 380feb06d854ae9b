/** Numeric targets (data/targets.json) with unit, scope, qualifier and source block. */
import { z } from 'astro/zod';
import { editorialMark, id } from './common.ts';

/** What a target measures. */
export const targetScope = z.enum([
  'share-of-gdp',
  'added-value',
  'output-value',
  'revenue',
  'growth-rate',
  'count',
  'investment',
  'other',
]);
export const qualifier = z.enum(['about', 'more-than', 'exceed', 'at-least', 'at-most', 'exactly']);
/** What a unit measures; `normalised` values of one kind compare. */
export const unitKind = z.enum(['yuan', 'usd', 'percent', 'count', 'area', 'multiple', 'other']);

/** The figure a target starts from ("from 6.5% in 2020"). */
export const baseline = z.object({
  /** In `unit`. */
  value: z.number(),
  unit: z.string(),
  /** Value in the kind's base unit (as the target's `normalised`). */
  normalised: z.number(),
  year: z.number().int().optional(),
  /** As written, e.g. "6.5% in 2020". */
  display: z.string(),
});

export const target = z.object({
  id,
  editorial: editorialMark.optional(),
  /** In `unit`. */
  value: z.number(),
  /** Upper end of a range ("15-20%": value 15, valueMax 20). */
  valueMax: z.number().optional(),
  /** "%", "billion yuan", "trillion yuan", "enterprises", ... */
  unit: z.string(),
  unitKind,
  /** `value` in the kind's base unit: yuan, US dollars, percent, count, km², multiple. */
  normalised: z.number(),
  normalisedMax: z.number().optional(),
  /** Value as written in the text, e.g. "about 350 billion yuan". */
  display: z.string(),
  scope: targetScope,
  qualifier,
  /** Target year, or the period end (2025 for "during the 14th five-year Plan period"). */
  year: z.number().int().optional(),
  /** Short description of what is measured, e.g. "new energy vehicle manufacturing output value". */
  subject: z.string(),
  baseline: baseline.optional(),
  /** An aside on the value, e.g. a converted amount in brackets ("$3.1 billion"). */
  note: z.string().optional(),
  industryId: id.optional(),
  goalId: id.optional(),
  blockId: id,
  /** The sentence the number stands in. */
  sentence: z.string(),
});

/** The enums' values, for code that lists them (the eval, the edit checks). */
export const TARGET_SCOPES = targetScope.options;
export const QUALIFIERS = qualifier.options;
export const UNIT_KINDS = unitKind.options;
