/**
 * One search box and its results, for the dialog and the /search/ page alike: runs the query
 * through Pagefind (the last one wins), loads the data of the results shown, renders them (with
 * their plan when the index holds several), announces the count politely, pages with "More
 * results" and moves with the arrow keys.
 */
import {
  countingPlans,
  hasMerged,
  loadPagefind,
  mergeIndexes,
  planCount,
  type Pagefind,
  type PagefindResult,
  type PagefindSearch,
} from './engine.ts';
import type { Scope } from './scope.ts';
import { renderResult } from './render.ts';
import { resultView, summaryText } from './results.ts';

/** The elements a search needs; `root` holds the box and the results (for arrow keys). */
export interface SearchElements {
  root: HTMLElement;
  input: HTMLInputElement;
  /** role="status": its text is announced when it changes. */
  summary: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
}

export interface SearchSettings {
  bundle: string;
  /** Results rendered at first and per "More results". */
  pageSize: number;
  /** Called after each finished search (undefined when the box was cleared). */
  onResults?: (search: PagefindSearch | undefined) => void;
  /** Called when a search merged indexes, before it runs (to list their filter values). */
  onMerged?: (pagefind: Pagefind) => Promise<void>;
}

/** Quiet time after a keystroke before the search starts. */
const DEBOUNCE_MS = 150;
/**
 * Longer when the last word is one letter: its index chunks would be all the words with that
 * initial (several chunks in a large index), mostly wasted once the next letter comes.
 */
const SHORT_WORD_DEBOUNCE_MS = 500;

/** How long to wait before searching `term`. */
export function debounceFor(term: string): number {
  const last = term.trim().split(/\s+/).at(-1) ?? '';
  return [...last].length === 1 ? SHORT_WORD_DEBOUNCE_MS : DEBOUNCE_MS;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Binds a search to its elements; `run` searches (an empty term and no filters clears). */
export function createSearch(els: SearchElements, settings: SearchSettings) {
  let current = 0;
  /** The search whose results are listed. */
  let listed = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  /** The index holds more than one plan: each result names its plan. */
  let withPlan = false;

  /** Renders the next page of results, unless a newer search started meanwhile. */
  async function nextPage(id: number): Promise<HTMLLIElement[] | undefined> {
    const slice = results.slice(shown, shown + settings.pageSize);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (id !== current) return undefined;
    shown += slice.length;
    els.more.hidden = shown >= results.length;
    return data
      .map((d) => resultView(d, withPlan))
      .flatMap((view) => (view ? [renderResult(view)] : []));
  }

  function show(items: HTMLLIElement[], summary: string): void {
    els.list.replaceChildren(...items);
    els.summary.textContent = summary;
  }

  /** Searches `term` in `scope` (its indexes are merged first); `filters` alone may list pages.
   *  A scope that depends on the atlas's list of indexes may be a promise of one. */
  async function run(
    term: string,
    scope: Partial<Scope> | Promise<Partial<Scope>> = {},
    listing = false,
  ): Promise<void> {
    const id = ++current;
    const text = term.trim();
    if (!text && !listing) {
      results = [];
      listed = id;
      els.more.hidden = true;
      show([], '');
      settings.onResults?.(undefined);
      return;
    }
    try {
      // Only the last term typed is searched: its index chunks and fragments are all it fetches.
      const [pagefind, { bundles = [], filters = {}, narrow = {}, weights }] = await Promise.all([
        loadPagefind(settings.bundle),
        scope,
        sleep(debounceFor(text)),
      ]);
      if (id !== current) return; // a later keystroke took over
      if ((await mergeIndexes(pagefind, bundles, weights)) && settings.onMerged)
        await settings.onMerged(pagefind);
      if (id !== current) return;
      // One index holds one plan (or the atlas layer's pages): only merged ones need the plan
      // filter, which keeps to the page's own index or counts the plans the results come from.
      const several = hasMerged();
      const asked = several ? countingPlans({ ...filters, ...narrow }) : filters;
      const search = await pagefind.search(text || null, { filters: asked });
      if (id !== current) return;
      withPlan = several && planCount(search.filters ?? {}) > 1;
      results = search.results;
      listed = id;
      shown = 0;
      const items = await nextPage(id);
      if (!items) return;
      show(items, summaryText(results.length, text));
      settings.onResults?.(search);
    } catch (error) {
      if (id !== current) return;
      show([], 'Search could not load. Please try again, or use the search page.');
      console.error(error);
    }
  }

  els.more.addEventListener('click', async () => {
    if (listed !== current) return; // a newer search will replace the list
    const items = await nextPage(current);
    if (!items) return;
    els.list.append(...items);
    // Keyboard and screen reader users continue at the first new result.
    items[0]?.querySelector('a')?.focus();
  });

  els.root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [els.input, ...els.list.querySelectorAll('a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = at === -1 ? undefined : stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  // Enter in the box follows the first result.
  els.input.addEventListener('keydown', (event) => {
    const first = els.list.querySelector('a');
    if (event.key !== 'Enter' || event.isComposing || !first) return;
    event.preventDefault();
    first.click();
  });

  return { run };
}
