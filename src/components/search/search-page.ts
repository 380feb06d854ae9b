/**
 * The /search/ page: mounts the box, filters and results from their <template> (without
 * JavaScript the page only says how to find things), runs the search in the URL (?q=, filters)
 * and keeps the URL in step: typing replaces the entry, a filter adds one, and back/forward
 * bring the earlier search back.
 */
import { createSearch } from './controller.ts';
import { loadPagefind, type FilterCounts } from './engine.ts';
import { checkedFilters, filterGroups, renderFilters, updateCounts } from './filters.ts';
import { pagefindFilters, readSearchState, writeSearchState, type Filters } from './state.ts';

/** Results per page: the reader came to search, so more than the dialog's. */
const SHOWN = 10;

function mount(root: HTMLElement): void {
  const template = root.querySelector('template');
  const slot = root.querySelector('[data-search-slot]');
  if (!template || !slot) return;
  slot.replaceChildren(template.content.cloneNode(true));
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const input = slot.querySelector('input')!;
  const box = slot.querySelector<HTMLElement>('[data-search-filters]')!;
  let totals: FilterCounts = {};
  /** Counts among the current results; undefined when no search ran. */
  let counts: FilterCounts | undefined;
  let filters: Filters = {};

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
    },
  );

  const run = () => void search.run(input.value, pagefindFilters(filters));
  /** Writes the state to the URL: a new history entry, or in place of the current one. */
  const remember = (push: boolean) => {
    const query = writeSearchState(input.value, filters);
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
  window.addEventListener('popstate', restore);
  restore();
  // The filters list every value in the index, so they show before the first query.
  loadPagefind(bundle)
    .then((pagefind) => pagefind.filters())
    .then((all) => {
      totals = all;
      renderFilters(box, filterGroups(totals, filters, counts ?? totals));
    })
    .catch(() => {}); // the search itself reports a failed load
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) mount(root);
