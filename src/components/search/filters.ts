/**
 * The /search/ page's filters: one group of checkboxes per filter key (plan, level, region, kind,
 * tier, industry), each value with its count. Values come from the index (Pagefind's
 * `filters()`); counts follow the current search. Within a group any checked value matches (see
 * state.ts). The plan's groups show only when the index holds more than one plan (an atlas).
 */
import { planCount, type FilterCounts } from './engine.ts';
import { KIND_LABELS, LEVEL_LABELS } from './meta.ts';
import type { Filters } from './state.ts';

/** One checkbox. */
export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

/** One group of checkboxes. */
export interface FilterGroup {
  key: string;
  label: string;
  /** Shown open: kind and tier always, others when one of their values is checked. */
  open: boolean;
  options: FilterOption[];
}

const GROUP_LABELS: Record<string, string> = {
  plan: 'Plan',
  level: 'Level',
  region: 'Region',
  kind: 'Kind',
  tier: 'Tier',
  industry: 'Industry',
};
/** The groups in the order shown: where a page is from, then what it is. */
export const GROUP_ORDER = ['plan', 'level', 'region', 'kind', 'tier', 'industry'] as const;
/** Groups about the plans, shown only when the index holds more than one. */
const PLAN_GROUPS: readonly string[] = ['plan', 'level', 'region'];
/** Groups shown open; others open when one of their values is checked. */
const OPEN: readonly string[] = ['plan', 'kind', 'tier'];
/** Values in the order the site lists them; others (the plan's categories, industries, plans,
 *  regions) alphabetically after. */
const ORDER: string[] = [...Object.values(KIND_LABELS), ...Object.values(LEVEL_LABELS)];

const rank = (value: string) => {
  const at = ORDER.indexOf(value);
  return at === -1 ? ORDER.length : at;
};
const byOrder = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b, 'en');

/**
 * The groups to show: every value the index knows, plus any selected in the URL, with counts
 * from `counts` (the current search) falling back to `totals`. A site of one plan shows no plan
 * groups, as before there were atlases.
 */
export function filterGroups(
  totals: FilterCounts,
  selected: Filters,
  counts: FilterCounts = totals,
): FilterGroup[] {
  const plans = planCount(totals) > 1;
  return GROUP_ORDER.flatMap((key) => {
    const checked = new Set(selected[key] ?? []);
    // A plan selected in the URL shows, so that a narrowed search says why.
    if (PLAN_GROUPS.includes(key) && !plans && checked.size === 0) return [];
    const values = [...new Set([...Object.keys(totals[key] ?? {}), ...checked])].sort(byOrder);
    if (values.length === 0) return [];
    const options = values.map((value) => ({
      value,
      count: counts[key]?.[value] ?? 0,
      checked: checked.has(value),
    }));
    const open = OPEN.includes(key) || checked.size > 0;
    return [{ key, label: GROUP_LABELS[key] ?? key, open, options }];
  });
}

/** Renders the groups into `box` (replacing what was there), as details > fieldset > labels. */
export function renderFilters(box: HTMLElement, groups: FilterGroup[]): void {
  box.replaceChildren(
    ...groups.map((group) => {
      const details = document.createElement('details');
      details.className = 'search-filter';
      details.open = group.open;
      const summary = document.createElement('summary');
      summary.textContent = group.label;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'sr-only';
      legend.textContent = group.label;
      fieldset.append(legend);
      for (const option of group.options) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        Object.assign(input, { type: 'checkbox', name: group.key, value: option.value });
        input.checked = option.checked;
        const count = document.createElement('span');
        count.className = 'search-filter__count';
        count.dataset.count = '';
        count.textContent = `(${option.count})`;
        label.append(input, ` ${option.value} `, count);
        fieldset.append(label);
      }
      details.append(summary, fieldset);
      return details;
    }),
  );
}

/** Updates the counts shown beside the checkboxes. */
export function updateCounts(box: HTMLElement, counts: FilterCounts): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = input.parentElement?.querySelector('[data-count]');
    if (count) count.textContent = `(${counts[input.name]?.[input.value] ?? 0})`;
  }
}

/** The checked values per key. */
export function checkedFilters(box: HTMLElement): Filters {
  const filters: Filters = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input:checked')) {
    (filters[input.name] ??= []).push(input.value);
  }
  return filters;
}
