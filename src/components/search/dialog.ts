/**
 * The search dialog's code, loaded on first use: loader.ts has already put the dialog
 * (SearchDialog.astro's <template>) in the page, opened it and focused its box, so what the
 * reader typed meanwhile is in the box; this searches it and everything typed after.
 */
import { createSearch } from './controller.ts';
import { loadPagefind } from './engine.ts';
import { writeSearchState } from './state.ts';

/** Page size of the dialog: few results, so the first query downloads little. */
const SHOWN = 5;

function mount(dialog: HTMLDialogElement): void {
  const bundle = dialog.dataset.bundle ?? '/pagefind/';
  // Pagefind starts loading while the reader types; a failure shows when a search runs.
  loadPagefind(bundle).catch(() => {});
  const input = dialog.querySelector('input')!;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const search = createSearch(
    {
      root: dialog,
      input,
      summary: dialog.querySelector('[data-search-summary]')!,
      list: dialog.querySelector('[data-search-results]')!,
      more: dialog.querySelector('[data-search-more]')!,
    },
    { bundle, pageSize: SHOWN },
  );
  const update = () => {
    // The footer link carries the query to /search/, where filters are and the URL can be shared.
    all.search = writeSearchState(input.value, {});
    void search.run(input.value);
  };
  input.addEventListener('input', update);
  // A click on the backdrop (the <dialog> itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  update();
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) mount(dialog);
