/**
 * The only search code a content page loads before the reader starts searching: it binds the
 * header button and the shortcuts ("/", Ctrl/Cmd+K) and, on a page opened from a result,
 * highlights the terms. On first use it puts the dialog from SearchDialog.astro's <template>
 * in the page and opens it at once, so every key typed after the shortcut lands in its box;
 * the template's own script (dialog.ts) and Pagefind load meanwhile.
 */
import { opensSearch } from './keys.ts';

const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
const { bundle = '/pagefind/', highlight = 'highlight', href = '' } = template?.dataset ?? {};

/** What had focus when the dialog opened. */
let opener: HTMLElement | null = null;

/** True inside a field where "/" is text, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** The dialog, added to the page from the template the first time. */
function dialogFromTemplate(from: HTMLTemplateElement): HTMLDialogElement {
  const existing = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (existing) return existing;
  const content = from.content.cloneNode(true) as DocumentFragment;
  const dialog = content.querySelector('dialog')!;
  // If the search code cannot load, the search page takes over with what was typed.
  content.querySelector('script')?.addEventListener('error', () => {
    const term = dialog.querySelector('input')?.value.trim();
    location.assign(term ? `${href}?${new URLSearchParams({ q: term })}` : href);
  });
  // Focus goes back where it was when the dialog opened.
  dialog.addEventListener('close', () => opener?.focus());
  // Escape closes at once (in a search field it would first only clear the text).
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) dialog.close();
  });
  document.body.append(content);
  return dialog;
}

function openSearch(): void {
  // On /search/ itself the page's own box is the search.
  const page = document.querySelector('[data-search-page]');
  if (page) return page.querySelector('input')?.focus();
  if (!template) return;
  const dialog = dialogFromTemplate(template);
  if (!dialog.open) {
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
  }
  dialog.querySelector('input')?.focus();
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
if (new URLSearchParams(location.search).has(highlight)) {
  const script = Object.assign(document.createElement('script'), {
    type: 'module',
    src: `${bundle}pagefind-highlight.js`,
  });
  script.onload = () => {
    const { PagefindHighlight } = window as unknown as {
      PagefindHighlight: new (o: object) => void;
    };
    new PagefindHighlight({ highlightParam: highlight, addStyles: false });
  };
  document.head.append(script);
}
