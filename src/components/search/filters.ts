/**
 * The /search/ page's filters: one group of checkboxes per filter key (kind, tier, industry),
 * each value with its count. Values come from the index (Pagefind's `filters()`); counts follow
 * the current search. Within a group any checked value matches (see state.ts).
 */
import type { FilterCounts } from './engine.ts';
import { KIND_LABELS } from './meta.ts';
import { FILTER_KEYS, type Filters } from './state.ts';

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

const GROUP_LABELS: Record<string, string> = { kind: 'Kind', tier: 'Tier', industry: 'Industry' };
/** Values in the order the site lists them; others (the plan's categories, industries)
 *  alphabetically after. */
const ORDER: string[] = [...Object.values(KIND_LABELS)];

const rank = (value: string) => {
  const at = ORDER.indexOf(value);
  return at === -1 ? ORDER.length : at;
};
const byOrder = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b, 'en');

/**
 * The groups to show: every value the index knows, plus any selected in the URL, with counts
 * from `counts` (the current search) falling back to `totals`.
 */
export function filterGroups(
  totals: FilterCounts,
  selected: Filters,
  counts: FilterCounts = totals,
): FilterGroup[] {
  return FILTER_KEYS.flatMap((key) => {
    const checked = new Set(selected[key] ?? []);
    const values = [...new Set([...Object.keys(totals[key] ?? {}), ...checked])].sort(byOrder);
    if (values.length === 0) return [];
    const options = values.map((value) => ({
      value,
      count: counts[key]?.[value] ?? 0,
      checked: checked.has(value),
    }));
    const open = key === 'kind' || key === 'tier' || checked.size > 0;
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
