/** Words for the model's enums and small text helpers, shared by pages. */
import type { Qualifier, Status, TargetScope } from '../pipeline/types.ts';

const SCOPES: Record<TargetScope, string> = {
  'share-of-gdp': 'share of GDP',
  'added-value': 'added value',
  'output-value': 'output value',
  revenue: 'revenue',
  'growth-rate': 'growth rate',
  count: 'count',
  investment: 'investment',
  other: 'other',
};
const QUALIFIERS: Record<Qualifier, string> = {
  about: 'about',
  'more-than': 'more than',
  exceed: 'exceeding',
  'at-least': 'at least',
  'at-most': 'at most',
  exactly: 'exactly',
};
const STATUSES: Record<Status, string> = {
  verified: 'verified',
  likely: 'likely',
  unknown: 'unknown',
};

/** A category as a heading or badge shows it: the plan's own words, first letter capitalised
 *  ("Pillar industries"); "No category" when the plan puts the industry in none. */
export function tierLabel(tier: string | undefined): string {
  return tier ? tier.charAt(0).toUpperCase() + tier.slice(1) : 'No category';
}

/** "the text names 7 of 12": said when a category's stated count exceeds what it names. */
export function namedOf(named: number, count: number | undefined): string | undefined {
  return count !== undefined && count > named ? `the text names ${named} of ${count}` : undefined;
}

/** "output value" for "output-value". */
export function scopeLabel(scope: TargetScope): string {
  return SCOPES[scope];
}

/** Caption of a chart of one measure: "Share of GDP (%)", "Output value (yuan)". */
export function measureLabel(scope: TargetScope, unit: string): string {
  const words = scopeLabel(scope);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${unit})`;
}

/** "more than" for "more-than". */
export function qualifierLabel(qualifier: Qualifier): string {
  return QUALIFIERS[qualifier];
}

/** Status word shown in badges. */
export function statusLabel(status: Status): string {
  return STATUSES[status];
}

/** 1234.5 → "1,234.5" (fixed English locale so builds are identical everywhere). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** Item number as the reader sees it: "1" → "1.", "(2)" stays "(2)". */
export function itemNumber(number: string): string {
  return /^[0-9]+$|^[ivxlc]+$/i.test(number) ? `${number}.` : number;
}

/** First `max` characters of a text, cut at a word boundary, with "…" when cut. */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "1 industry", "3 industries": a count with its noun. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** 20 and "%" → "20%"; 350 and "billion yuan" → "350 billion yuan". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  return /^[%‰℃°]/.test(unit) ? `${n}${unit}` : `${n} ${unit}`.trim();
}

/** 15 and 20 → "15–20"; 350 alone → "350". */
export function formatRange(value: number, max?: number): string {
  return max === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(max)}`;
}

/** A target's starting figure: "from 6.5% in 2020", "from 560 billion yuan in 2020". */
export function baselineLabel(baseline: { value: number; unit: string; year?: number }): string {
  const year = baseline.year === undefined ? '' : ` in ${baseline.year}`;
  return `from ${formatValue(baseline.value, baseline.unit)}${year}`;
}

/** "about 350 billion yuan" → ["about ", "350 billion yuan"]: a value as written, split at its number. */
export function splitDisplay(display: string): [qualifier: string, amount: string] {
  const at = display.search(/[0-9]/);
  return at > 0 ? [display.slice(0, at), display.slice(at)] : ['', display];
}

/** "industriesByTier" → "industries by tier": a count's key as words. */
export function countLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
