/**
 * The only search code a content page loads before the reader starts searching: it binds the
 * header button and the shortcuts ("/", Ctrl/Cmd+K) and, on a page opened from a result,
 * highlights the terms. The Component UI, pagefind.js and the index load on first use.
 */
import { opensSearch } from './keys.ts';
import { bundlePath, HIGHLIGHT_PARAM } from './params.ts';
import { load, loadSearchUI } from './ui.ts';

const bundle = bundlePath(import.meta.env.BASE_URL);

/** True inside a field where "/" is text, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** Keeps the characters typed while the search code loads, so a quick reader loses none. */
function bufferTyping(): () => string {
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    typed += event.key;
    event.preventDefault();
  };
  document.addEventListener('keydown', keep, true);
  return () => {
    document.removeEventListener('keydown', keep, true);
    return typed;
  };
}

/** Opens the dialog, made from the <template> SearchButton.astro renders, on first use. */
async function openDialog(template: HTMLTemplateElement): Promise<void> {
  const typed = bufferTyping();
  const instance = await loadSearchUI(bundle).finally(typed);
  let modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
  if (!modal) {
    document.body.append(template.content.cloneNode(true));
    modal = document.querySelector('pagefind-modal')!;
    // The footer link carries the query to /search/, where filters are and the URL can be shared.
    const more = modal.querySelector('a')!;
    instance.on('search', (term) => {
      more.search = term ? `?q=${encodeURIComponent(String(term))}` : '';
    });
  }
  modal.open();
  const text = typed();
  const input = modal.querySelector('input');
  if (text && input) {
    input.value += text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function openSearch(): void {
  // On /search/ itself the page's own box is the search.
  const page = document.querySelector('[data-search-page]');
  if (page) return page.querySelector('input')?.focus();
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
  const fallback = template?.dataset.href ?? '';
  // If the search code cannot load, the search page still says how to find things.
  if (template) openDialog(template).catch(() => location.assign(fallback));
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || !opensSearch(event, typing(event.target))) return;
  event.preventDefault();
  openSearch();
});

for (const trigger of document.querySelectorAll('[data-search-open]')) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return; // new tab etc.
    e.preventDefault();
    openSearch();
  });
}

// pagefind-highlight.js loads only on a page opened from a result link.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void load('script', { type: 'module', src: `${bundle}pagefind-highlight.js` }).then(() => {
    const { PagefindHighlight } = window as unknown as {
      PagefindHighlight: new (o: object) => void;
    };
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  });
}
