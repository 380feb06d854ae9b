/**
 * The search dialog's code, loaded on first use: loader.ts has already put the dialog
 * (SearchDialog.astro's <template>) in the page, opened it and focused its box, so what the
 * reader typed meanwhile is in the box; this searches it and everything typed after. When a
 * search shows that the index holds more than one plan, "Only this plan" appears and narrows
 * the search to the plan of the page.
 */
import { createSearch } from './controller.ts';
import { loadPagefind, planCount } from './engine.ts';
import { pagefindFilters, writeSearchState, type Filters } from './state.ts';

/** Page size of the dialog: few results, so the first query downloads little. */
const SHOWN = 5;

function mount(dialog: HTMLDialogElement): void {
  const bundle = dialog.dataset.bundle ?? '/pagefind/';
  // Pagefind starts loading while the reader types; a failure shows when a search runs.
  loadPagefind(bundle).catch(() => {});
  const input = dialog.querySelector('input')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const plan = dialog.dataset.plan;
  /** "Only this plan", once a search has shown that the index holds several plans. */
  let only: HTMLInputElement | undefined;
  /** The reader's choice: this plan only, or everything. */
  const filters = (): Filters => (plan && only?.checked ? { plan: [plan] } : {});
  const search = createSearch(
    {
      root: dialog,
      input,
      summary: dialog.querySelector('[data-search-summary]')!,
      list: dialog.querySelector('[data-search-results]')!,
      more: dialog.querySelector('[data-search-more]')!,
    },
    {
      bundle,
      pageSize: SHOWN,
      onResults: (found) => {
        // The index does not change: once it shows several plans, the choice stays offered.
        if (plan && !only && found && planCount(found.filters ?? {}) > 1) only = addScope();
      },
    },
  );
  const update = () => {
    // The footer link carries the query to /search/, where filters are and the URL can be shared.
    all.search = writeSearchState(input.value, filters());
    void search.run(input.value, pagefindFilters(filters()));
  };
  input.addEventListener('input', update);
  /** Adds the "Only this plan" checkbox under the box (DOM calls only: no markup from text). */
  function addScope(): HTMLInputElement {
    const label = Object.assign(document.createElement('label'), { className: 'search-scope' });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    box.dataset.searchThisPlan = '';
    label.append(box, ' Only this plan');
    dialog.querySelector('.search-dialog__head')?.after(label);
    box.addEventListener('change', update);
    return box;
  }
  // A click on the backdrop (the <dialog> itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  update();
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) mount(dialog);
