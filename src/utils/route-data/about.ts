/** What the about page shows, decided here so the page only renders it (about/index). */
import { getPlan, type PlanData } from '../data.ts';
import { countLabel, formatNumber } from '../format.ts';
import { ABOUT_ROWS, capped } from '../paging.ts';
import { contents } from './entity.ts';

const TRANSLATIONS = {
  machine: 'machine translation',
  human: 'human translation',
  none: 'original language',
} as const;

/** What kind of text the site shows: "machine translation". */
export function translationLabel(translation: keyof typeof TRANSLATIONS): string {
  return TRANSLATIONS[translation];
}

/** The sections of the about page: "Editors' fixes" only when an editor fixed something. */
export function aboutToc(hasEdits: boolean) {
  return contents([
    { id: 'this-text', text: 'This text' },
    { id: 'sources', text: 'Source chain' },
    { id: 'translation', text: 'Translation' },
    { id: 'method', text: 'Method' },
    { id: 'page-furniture', text: 'Around the text' },
    hasEdits && { id: 'edits', text: 'Editors’ fixes' },
    { id: 'removals', text: 'Noise removed' },
    { id: 'warnings', text: 'Warnings' },
    { id: 'data', text: 'Data' },
  ]);
}

/** The page furniture the cleaner kept aside, in the order it stood on the page; absent rows left out. */
export function furniture(chrome: PlanData['chrome']): [label: string, value: string][] {
  const rows: [string, string | undefined][] = [
    ['Breadcrumb', chrome.breadcrumb],
    ['Headline', chrome.headline],
    ['Dateline', chrome.dateline],
    ['Byline', chrome.byline],
    ['Document number', chrome.documentNumber],
    ['Notice', chrome.notice],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]);
}

/**
 * The plan's counts as label and value, in the generator's order (source first, then entities):
 * ["Industries by tier", "Pillar industries 3, None 2"].
 */
export function countRows(counts: PlanData['counts']): [label: string, value: string][] {
  return Object.entries(counts).map(([key, value]) => [
    countLabel(key),
    typeof value === 'number'
      ? formatNumber(value)
      : Object.entries(value)
          .map(([sub, n]) => `${countLabel(sub)} ${formatNumber(n)}`)
          .join(', '),
  ]);
}

/**
 * A long list of the about page: its first rows (`shown`), and the section's props
 * (components/about/CappedSection.astro); the data file has them all, under `field`.
 */
export function cappedSection<T>(
  field: string,
  title: string,
  rows: readonly T[],
  empty: string,
  noun: [string, string],
) {
  const { shown, more } = capped(rows, ABOUT_ROWS);
  return { shown, section: { id: field, title, total: rows.length, more, empty, noun, field } };
}

/** Everything the about page shows besides the plan's metadata. */
export async function aboutRoute() {
  const plan = await getPlan();
  return {
    plan,
    translation: translationLabel(plan.meta.translation),
    toc: aboutToc(plan.edits.length > 0),
    furniture: furniture(plan.chrome),
    counts: countRows(plan.counts),
    removals: cappedSection('removals', 'Noise removed', plan.removals, 'Nothing was removed.', [
      'removal',
      'removals',
    ]),
    warnings: cappedSection(
      'warnings',
      'Warnings',
      plan.warnings,
      'The generator reported no warning.',
      ['warning', 'warnings'],
    ),
  };
}
