/**
 * The /search/ page: loads the Component UI at once (the reader came to search), mounts the box,
 * filters and results from their <template>, runs the search in the URL (?q=, filters) and keeps
 * the URL in step with what the reader types and picks, so a search can be shared.
 */
import { bundlePath } from './params.ts';
import { readSearchState, writeSearchState, type Filters } from './state.ts';
import { loadSearchUI } from './ui.ts';

async function mount(root: HTMLElement): Promise<void> {
  const template = root.querySelector('template');
  const slot = root.querySelector('[data-search-slot]');
  if (!template || !slot) return;
  const instance = await loadSearchUI(bundlePath(import.meta.env.BASE_URL));
  // Configured before the elements exist, so they join the instance with its options.
  slot.replaceChildren(template.content.cloneNode(true));
  instance.on('search', (term, filters) => {
    const query = writeSearchState(String(term ?? ''), (filters ?? {}) as Filters);
    if (query !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
  });
  const { term, filters } = readSearchState(location.search);
  if (term || Object.keys(filters).length > 0) instance.triggerSearchWithFilters(term, filters);
  else void instance.triggerLoad(); // filters show before the first query
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void mount(root);
