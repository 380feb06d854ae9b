/**
 * The search dialog's code, loaded on first use: loader.ts has already put the dialog
 * (SearchDialog.astro's <template>) in the page, opened it and focused its box, so what the
 * reader typed meanwhile is in the box; this searches it and everything typed after. In an atlas
 * the dialog searches the page's own index (its plan, or the atlas layer's pages) and "all plans"
 * widens it to every plan; that box starts checked when every index is small (scope.ts).
 */
import { createSearch } from './controller.ts';
import { loadPagefind } from './engine.ts';
import { ALL_PARAM } from './params.ts';
import { loadManifest, scopeOf, type Scope } from './scope.ts';
import { writeSearchState } from './state.ts';

/** Page size of the dialog: few results, so the first query downloads little. */
const SHOWN = 5;

function mount(dialog: HTMLDialogElement): void {
  const bundle = dialog.dataset.bundle ?? '/pagefind/';
  // Pagefind starts loading while the reader types; a failure shows when a search runs.
  loadPagefind(bundle).catch(() => {});
  const manifest = loadManifest(dialog.dataset.manifest);
  manifest?.catch(() => {});
  const input = dialog.querySelector('input[type=search]') as HTMLInputElement;
  const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const plan = dialog.dataset.plan;
  const widen = dialog.querySelector<HTMLInputElement>('[data-search-all-plans]');
  /** The reader's choice, once made; until then the atlas's default. */
  let wide: boolean | undefined;
  void manifest?.then((m) => {
    if (!widen || m.plans.length < 2) return;
    widen.checked = wide ?? m.eager;
    widen.closest<HTMLElement>('.search-scope')!.hidden = false;
  });

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
  /** The scope: outside an atlas the page's own index; in one, as the box says. */
  const scope = async (): Promise<Partial<Scope>> => {
    if (!manifest) return {};
    const m = await manifest;
    return scopeOf(m, plan, wide ?? m.eager, {});
  };
  /** The footer link carries the query and the scope to /search/, where filters are. */
  const update = async () => {
    const m = await manifest?.catch(() => undefined);
    const narrowed = m && plan !== undefined && !(wide ?? m.eager);
    const chosen = m && wide !== undefined && wide !== m.eager ? wide : undefined;
    all.search = writeSearchState(input.value, narrowed ? { plan: [plan] } : {}, chosen);
  };
  const run = () => {
    void update();
    void search.run(input.value, scope());
  };
  input.addEventListener('input', run);
  widen?.addEventListener('change', () => {
    wide = widen.checked;
    run();
  });
  // A click on the backdrop (the <dialog> itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  run();
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) mount(dialog);
