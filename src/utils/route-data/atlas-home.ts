/**
 * What the atlas home shows, decided here so the page only renders it: every plan with its
 * level, region, period and counts; the ways in by level and by region (anchors on the home);
 * the latest plans; the industries most plans back. Pure.
 */
import { slugify } from '../../pipeline/slug.ts';
import type { AtlasIndustry, AtlasPlan } from '../../schemas/atlas.ts';
import { plural } from '../format.ts';

/** Levels from the top down: the order of the "by level" groups. */
export const LEVELS = ['national', 'provincial', 'city', 'county'] as const;
type Level = (typeof LEVELS)[number];

const LEVEL_LABELS: Record<Level, string> = {
  national: 'National',
  provincial: 'Provincial',
  city: 'City',
  county: 'County',
};

/** "City" for "city"; "Level not known" when the plan's level could not be read. */
export function levelLabel(level: string | undefined): string {
  return (level && LEVEL_LABELS[level as Level]) || 'Level not known';
}

/** "2021–2025"; "2025" for one year; undefined without a period. */
export function periodLabel(period: AtlasPlan['period']): string | undefined {
  if (!period) return undefined;
  return period.start === period.end ? `${period.start}` : `${period.start}–${period.end}`;
}

/** "City · Suzhou · 2023–2025": what kind of plan it is, in one line. */
export function planScope(plan: Pick<AtlasPlan, 'level' | 'region' | 'period'>): string {
  const region = plan.region ?? (plan.level === 'national' ? 'China' : undefined);
  return [levelLabel(plan.level), region, periodLabel(plan.period)].filter(Boolean).join(' · ');
}

/** "3 industries, 4 goals, 4 targets, 9 places". */
export function countsLine(counts: AtlasPlan['counts']): string {
  return [
    plural(counts.industries, 'industry', 'industries'),
    plural(counts.goals, 'goal', 'goals'),
    plural(counts.targets, 'target', 'targets'),
    plural(counts.places, 'place', 'places'),
  ].join(', ');
}

/** A group of plans on the home, with the anchor a "way in" links to. */
export interface PlanGroup {
  key: string;
  label: string;
  anchor: string;
  plans: AtlasPlan[];
}

const byTitle = (a: AtlasPlan, b: AtlasPlan) =>
  a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The plans by title (the home's main list). */
export function plansByTitle(plans: readonly AtlasPlan[]): AtlasPlan[] {
  return [...plans].sort(byTitle);
}

/** The plans by level, top down, each group by title; plans of no known level last. */
export function plansByLevel(plans: readonly AtlasPlan[]): PlanGroup[] {
  const keys = [...LEVELS, undefined];
  return keys.flatMap((level) => {
    const members = plans.filter((p) => p.level === level).sort(byTitle);
    const key = level ?? 'unknown';
    return members.length === 0
      ? []
      : [{ key, label: levelLabel(level), anchor: `level-${key}`, plans: members }];
  });
}

/** The name a plan's region is grouped under: its region, "China" for a national plan. */
function regionOf(plan: AtlasPlan): string | undefined {
  return plan.region ?? (plan.level === 'national' ? 'China' : undefined);
}

/** The plans by region, regions in alphabetical order; plans of no known region last. */
export function plansByRegion(plans: readonly AtlasPlan[]): PlanGroup[] {
  const regions = [...new Set(plans.flatMap((p) => regionOf(p) ?? []))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  const groups = regions.map((region) => ({
    key: region,
    label: region,
    anchor: `region-${slugify(region, 40) || 'x'}`,
    plans: plans.filter((p) => regionOf(p) === region).sort(byTitle),
  }));
  const unknown = plans.filter((p) => regionOf(p) === undefined).sort(byTitle);
  return unknown.length === 0
    ? groups
    : [
        ...groups,
        { key: 'unknown', label: 'Region not known', anchor: 'region-unknown', plans: unknown },
      ];
}

/**
 * The latest plans: by the year their period starts, then by publication date, newest first;
 * plans with neither come last. At most `max`.
 */
export function latestPlans(plans: readonly AtlasPlan[], max = 5): AtlasPlan[] {
  const year = (p: AtlasPlan) => p.period?.start ?? -1;
  const date = (p: AtlasPlan) => p.published ?? '';
  return [...plans]
    .sort(
      (a, b) =>
        year(b) - year(a) || (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : byTitle(a, b)),
    )
    .slice(0, max);
}

/** The industries most plans back, at most `max` (the model lists them most plans first). */
export function topIndustries(industries: readonly AtlasIndustry[], max = 10): AtlasIndustry[] {
  return industries.slice(0, max);
}
