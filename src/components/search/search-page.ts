/**
 * The /search/ page: mounts the box, filters and results from their <template> (without
 * JavaScript the page only says how to find things), runs the search in the URL (?q=, filters,
 * scope) and keeps the URL in step: typing replaces the entry, a filter adds one, and
 * back/forward bring the earlier search back. In an atlas the plan, level and region filters
 * come from the list of indexes, and choosing one reads those plans' indexes (scope.ts).
 */
import { createSearch } from './controller.ts';
import { loadPagefind, type FilterCounts } from './engine.ts';
import { checkedFilters, filterGroups, renderFilters, updateCounts } from './filters.ts';
import { loadManifest, manifestCounts, scopeOf, type Scope } from './scope.ts';
import { pagefindFilters, readSearchState, writeSearchState, type Filters } from './state.ts';

/** Results per page: the reader came to search, so more than the dialog's. */
const SHOWN = 10;

function mount(root: HTMLElement): void {
  const template = root.querySelector('template');
  const slot = root.querySelector('[data-search-slot]');
  if (!template || !slot) return;
  slot.replaceChildren(template.content.cloneNode(true));
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const plan = root.dataset.plan;
  const manifest = loadManifest(root.dataset.manifest);
  manifest?.catch(() => {});
  const input = slot.querySelector('input[type=search]') as HTMLInputElement;
  const box = slot.querySelector<HTMLElement>('[data-search-filters]')!;
  const widen = slot.querySelector<HTMLInputElement>('[data-search-all-plans]');
  let totals: FilterCounts = {};
  /** Counts among the current results; undefined when no search ran. */
  let counts: FilterCounts | undefined;
  let filters: Filters = {};
  /** The reader's scope choice (from the URL or the box); undefined: the atlas's default. */
  let wide: boolean | undefined;
  let eager = false;

  const search = createSearch(
    {
      root: slot as HTMLElement,
      input,
      summary: slot.querySelector('[data-search-summary]')!,
      list: slot.querySelector('[data-search-results]')!,
      more: slot.querySelector('[data-search-more]')!,
    },
    {
      bundle,
      pageSize: SHOWN,
      onResults: (found) => {
        counts = found?.filters;
        updateCounts(box, counts ?? totals);
      },
      // Indexes merged for a search bring values (tiers, industries) not listed yet; Pagefind
      // counts a filter's values only once it has read that filter of every index.
      onMerged: async (pagefind) => {
        const grown = withValues(totals, await pagefind.filters());
        if (grown === totals) return;
        totals = grown;
        const focused = document.activeElement;
        const at = focused instanceof HTMLInputElement ? [focused.name, focused.value] : undefined;
        renderFilters(box, filterGroups(totals, filters, counts ?? totals));
        if (at) box.querySelector<HTMLInputElement>(checkboxFor(at[0], at[1]))?.focus();
      },
    },
  );

  /** The scope: outside an atlas the page's own index with the filters; in one, scope.ts's. */
  const scope = async (): Promise<Partial<Scope>> => {
    if (!manifest) return { filters: pagefindFilters(filters) };
    const m = await manifest;
    return scopeOf(m, plan, wide ?? m.eager, filters);
  };
  const run = () =>
    void search.run(
      input.value,
      scope(),
      Object.values(filters).some((v) => v.length > 0),
    );
  /** Writes the state to the URL: a new history entry, or in place of the current one. */
  const remember = (push: boolean) => {
    const query = writeSearchState(input.value, filters, wide === eager ? undefined : wide);
    if (query === location.search) return;
    const url = `${location.pathname}${query}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };
  /** Shows the state in the URL: box, checkboxes, results. */
  const restore = () => {
    const state = readSearchState(location.search);
    input.value = state.term;
    filters = state.filters;
    wide = state.all;
    if (widen) widen.checked = wide ?? eager;
    renderFilters(box, filterGroups(totals, filters, counts ?? totals));
    run();
  };

  input.addEventListener('input', () => {
    remember(false);
    run();
  });
  box.addEventListener('change', () => {
    filters = checkedFilters(box);
    remember(true);
    run();
  });
  widen?.addEventListener('change', () => {
    wide = widen.checked;
    remember(true);
    run();
  });
  window.addEventListener('popstate', restore);
  restore();
  // The filters list every value of the page's own index and, in an atlas, every plan, level and
  // region, so they show before the first query.
  Promise.all([loadPagefind(bundle).then((pagefind) => pagefind.filters()), manifest])
    .then(([own, m]) => {
      totals = withValues(m ? { ...own, ...manifestCounts(m) } : own, totals);
      if (m && m.plans.length > 1 && widen) {
        eager = m.eager;
        widen.checked = wide ?? eager;
        widen.closest<HTMLElement>('.search-scope')!.hidden = false;
      }
      renderFilters(box, filterGroups(totals, filters, counts ?? totals));
    })
    .catch(() => {}); // the search itself reports a failed load
}

/** `totals` with every value of `counts` it lacks (count 0), or `totals` itself if none. */
function withValues(totals: FilterCounts, counts: FilterCounts): FilterCounts {
  let grown: FilterCounts | undefined;
  for (const [key, values] of Object.entries(counts)) {
    for (const value of Object.keys(values)) {
      if (totals[key]?.[value] !== undefined) continue;
      grown ??= structuredClone(totals);
      (grown[key] ??= {})[value] = 0;
    }
  }
  return grown ?? totals;
}

/** A selector for the checkbox of one filter value. */
function checkboxFor(key: string, value: string): string {
  return `input[name="${CSS.escape(key)}"][value="${CSS.escape(value)}"]`;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) mount(root);
