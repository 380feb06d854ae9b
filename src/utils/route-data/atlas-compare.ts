/**
 * Targets compared: one measure across plans as its atlas page shows it. Every value is put in
 * one unit for the whole measure (1.2 trillion and 300 billion yuan both in billion yuan), so
 * the table and the chart read on one scale; the model only groups like with like (same scope,
 * kind of unit and industry; counts with the same written unit). Pure.
 */
import type { AtlasMeasure, AtlasPlan, AtlasTarget } from '../../schemas/atlas.ts';
import { formatNumber, plural, qualifierLabel } from '../format.ts';
import { planScope } from './atlas-home.ts';

/** How many plans set a target of the measure. */
export function planCount(measure: Pick<AtlasMeasure, 'targets'>): number {
  return new Set(measure.targets.map((t) => t.plan)).size;
}

/** The unit a measure's values are shown in: a divisor of the normalised value and its name. */
export interface ShownUnit {
  divisor: number;
  unit: string;
}

const MONEY = new Set(['yuan', 'usd']);
const SCALES = [
  { divisor: 1e12, word: 'trillion' },
  { divisor: 1e9, word: 'billion' },
  { divisor: 1e6, word: 'million' },
] as const;

/**
 * One unit for all of a measure's values: amounts of money in the largest scale (trillion,
 * billion, million) that keeps the smallest value at 1 or more; other kinds in their unit.
 */
export function shownUnit(measure: Pick<AtlasMeasure, 'unit' | 'unitKind' | 'targets'>): ShownUnit {
  if (!MONEY.has(measure.unitKind)) return { divisor: 1, unit: measure.unit };
  const values = measure.targets.map((t) => Math.abs(t.normalised)).filter((v) => v > 0);
  const smallest = values.length > 0 ? Math.min(...values) : 0;
  const scale = SCALES.find((s) => smallest / s.divisor >= 1);
  return scale
    ? { divisor: scale.divisor, unit: `${scale.word} ${measure.unit}` }
    : { divisor: 1, unit: measure.unit };
}

/** A value in the shown unit: "1,200 billion yuan", "20%", "15–20%", "120 listed chip companies". */
export function shownValue(value: number, max: number | undefined, unit: ShownUnit): string {
  const n = (v: number) => formatNumber(v / unit.divisor);
  const amount = max === undefined ? n(value) : `${n(value)}–${n(max)}`;
  return /^[%‰]/.test(unit.unit) ? `${amount}${unit.unit}` : `${amount} ${unit.unit}`;
}

/** One target of the measure, ready to render. */
export interface CompareRow {
  target: AtlasTarget;
  planId: string;
  planTitle: string;
  planShort: string;
  scope: string;
  /** The value in the measure's shown unit, unit included ("1,200 billion yuan"). */
  value: string;
  /** The same without the unit ("1,200"), for a table whose header names the unit. */
  amount: string;
  /** "more than", "about", ...; undefined when the target is exact. */
  qualifier?: string;
  year?: number;
  /** "from 480 billion yuan in 2020" in the shown unit, when the text gives a baseline. */
  baseline?: string;
}

/** The measure's targets in the atlas's order (by plan, then text order). */
export function compareRows(
  measure: AtlasMeasure,
  plans: ReadonlyMap<string, AtlasPlan>,
): CompareRow[] {
  const unit = shownUnit(measure);
  return measure.targets.map((t) => {
    const plan = plans.get(t.plan);
    const baseline = t.baseline
      ? `from ${shownValue(t.baseline.normalised, undefined, unit)}${t.baseline.year ? ` in ${t.baseline.year}` : ''}`
      : undefined;
    return {
      target: t,
      planId: t.plan,
      planTitle: plan?.title ?? t.plan,
      planShort: plan?.shortTitle ?? t.plan,
      scope: plan ? planScope(plan) : '',
      value: shownValue(t.normalised, t.normalisedMax, unit),
      amount: shownValue(t.normalised, t.normalisedMax, { ...unit, unit: '' }).trim(),
      ...(t.qualifier === 'exactly' ? {} : { qualifier: qualifierLabel(t.qualifier) }),
      ...(t.year === undefined ? {} : { year: t.year }),
      ...(baseline === undefined ? {} : { baseline }),
    };
  });
}

/** The year every row's target is set for, when all share one: the chart says it once. */
export function sharedYear(rows: readonly Pick<CompareRow, 'year'>[]): number | undefined {
  const years = new Set(rows.map((r) => r.year));
  return years.size === 1 ? [...years][0] : undefined;
}

/** A bar's label: the plan's short title, and the target's year unless all bars share it. */
export function barLabel(row: CompareRow, shared?: number): string {
  return row.year === undefined || row.year === shared
    ? row.planShort
    : `${row.planShort} (${row.year})`;
}

/** A bar's value as read: the qualifier and the shown value ("more than 20%"). */
export function barValue(row: CompareRow): string {
  return row.qualifier ? `${row.qualifier} ${row.value}` : row.value;
}

/** The chart's title: the measure, its unit, and the year when every bar shares one. */
export function chartTitle(measure: AtlasMeasure, rows: readonly CompareRow[]): string {
  const year = sharedYear(rows);
  return `${measure.label}, in ${shownUnit(measure).unit}${year === undefined ? '' : `, targets for ${year}`}`;
}

/** The chart's description for screen readers: every bar's label and value. */
export function chartDescription(measure: AtlasMeasure, rows: readonly CompareRow[]): string {
  const unit = shownUnit(measure).unit;
  const year = sharedYear(rows);
  const bars = rows.map((r) => `${barLabel(r, year)}: ${barValue(r)}`).join('; ');
  const when = year === undefined ? '' : `, every target for ${year}`;
  return `Bar chart of ${measure.label}, one scale in ${unit}${when}, ${plural(rows.length, 'bar', 'bars')}. ${bars}.`;
}

/** The page's description. */
export function measureDescription(measure: AtlasMeasure): string {
  return `${measure.label}: the targets of ${plural(planCount(measure), 'plan', 'plans')} side by side, on one scale, each linked to the paragraph that states it.`;
}

/**
 * Rows a measure's page shows at most: a plan with many targets of one measure (a count set
 * year by year, say) shows its first ones, as many as leave every plan room. Measured on 50
 * synthetic plans (10x): 571 rows of one count made a 46 KB (gzip) page; 50 rows weigh 9.5 KB.
 */
export const MEASURE_ROWS = 60;

/** The rows shown (each plan's first, at most MEASURE_ROWS in all) and how many each plan has more. */
export function shownRows(rows: readonly CompareRow[]): {
  rows: CompareRow[];
  more: { planId: string; planTitle: string; count: number }[];
} {
  const plans = [...new Set(rows.map((r) => r.planId))];
  const perPlan = Math.max(1, Math.floor(MEASURE_ROWS / Math.max(1, plans.length)));
  const seen = new Map<string, number>();
  const shown = rows.filter((r) => {
    const n = (seen.get(r.planId) ?? 0) + 1;
    seen.set(r.planId, n);
    return n <= perPlan;
  });
  const more = plans.flatMap((planId) => {
    const count = (seen.get(planId) ?? 0) - perPlan;
    const planTitle = rows.find((r) => r.planId === planId)!.planTitle;
    return count > 0 ? [{ planId, planTitle, count }] : [];
  });
  return { rows: shown, more };
}
