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

/** The unit a measure's normalised values are in: the kind's base, or the written unit. */
export function measureUnit(target: Pick<Target, 'unit' | 'unitKind'>): string {
  return BASE_UNIT[target.unitKind] ?? writtenUnit(target.unit);
}

/** A written unit as compared: lower case, single spaces. */
function writtenUnit(unit: string): string {
  return unit.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The stable id of a target's measure, or undefined when it is not comparable. */
export function measureId(
  target: Pick<Target, 'scope' | 'unit' | 'unitKind' | 'industryId'>,
): string | undefined {
  if (target.scope === 'other') return undefined;
  const parts = [target.industryId ?? WHOLE_PLAN, target.scope, target.unitKind];
  if (BASE_UNIT[target.unitKind] === undefined) parts.push(slugify(writtenUnit(target.unit), 40));
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
