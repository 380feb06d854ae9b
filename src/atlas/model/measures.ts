/**
 * Measures: what a target measures, as a key that only like shares. Same scope (share of GDP,
 * output value, ...), same kind of unit (yuan, percent, ...), same industry or the whole plan;
 * counts and other units only with the same written unit. Targets of scope "other" say too
 * little of what they measure to be compared.
 */
import { slugify } from '../../pipeline/slug.ts';
import type { Target, TargetScope, UnitKind } from '../../pipeline/types.ts';

/** The measure of the whole plan rather than of one industry. */
export const WHOLE_PLAN = 'whole-plan';

const SCOPE_LABEL: Record<TargetScope, string> = {
  'share-of-gdp': 'share of GDP',
  'added-value': 'added value',
  'output-value': 'output value',
  revenue: 'revenue',
  'growth-rate': 'growth rate',
  count: 'number',
  investment: 'investment',
  other: 'other',
};

const BASE_UNIT: Partial<Record<UnitKind, string>> = {
  yuan: 'yuan',
  usd: 'US dollars',
  percent: '%',
  area: 'km²',
  multiple: 'times',
};

/** Percent units that are plain shares; "percentage points" (a change) is a measure of its own. */
const PLAIN_PERCENT = new Set(['%', 'percent', 'per cent']);

/** Whether a target's written unit must match too: counts, other units, percentage points. */
function byWrittenUnit(target: Pick<Target, 'unit' | 'unitKind'>): boolean {
  if (target.unitKind === 'percent') return !PLAIN_PERCENT.has(writtenUnit(target.unit));
  return BASE_UNIT[target.unitKind] === undefined;
}

/** The unit a measure's normalised values are in: the kind's base, or the unit as written. */
export function measureUnit(target: Pick<Target, 'unit' | 'unitKind'>): string {
  return byWrittenUnit(target)
    ? target.unit.replace(/\s+/g, ' ').trim()
    : BASE_UNIT[target.unitKind]!;
}

/** A written unit as compared: lower case, single spaces, the last word singular. */
export function writtenUnit(unit: string): string {
  const words = unit.toLowerCase().replace(/\s+/g, ' ').trim().split(' ');
  const last = words.length - 1;
  words[last] = singular(words[last]!);
  return words.join(' ');
}

/** "factories" → "factory", "stations" → "station"; never "ss" ("glass"), nor short words. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word))
    return word.slice(0, -1);
  return word;
}

/** The stable id of a target's measure, or undefined when it is not comparable. */
export function measureId(
  target: Pick<Target, 'scope' | 'unit' | 'unitKind' | 'industryId'>,
): string | undefined {
  if (target.scope === 'other') return undefined;
  // "count-count" says nothing twice: a count's kind of unit is left out.
  const kind = target.unitKind === target.scope ? '' : target.unitKind;
  const parts = [target.industryId ?? WHOLE_PLAN, target.scope, kind];
  if (byWrittenUnit(target)) parts.push(slugify(writtenUnit(target.unit), 40));
  return parts.filter(Boolean).join('-');
}

/** A readable label: "Integrated circuits: output value (yuan)", "Whole plan: number of firms". */
export function measureLabel(
  target: Pick<Target, 'scope' | 'unit' | 'unitKind'>,
  industryName: string | undefined,
): string {
  const owner = industryName ?? 'Whole plan';
  const unit = measureUnit(target);
  const what =
    target.unitKind === 'count' ? `number of ${unit}` : `${SCOPE_LABEL[target.scope]} (${unit})`;
  return `${owner}: ${what}`;
}
