/**
 * Result markup, built with DOM calls only: titles, kinds and URLs go in as text and
 * attributes, excerpts through appendExcerpt (text nodes and <mark>), never innerHTML.
 */
import { appendExcerpt } from './excerpt.ts';
import type { ResultLink, ResultView } from './results.ts';

/** An element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link to a result or sub-result. */
function anchor(link: ResultLink, className: string): HTMLAnchorElement {
  const a = el('a', className, link.title);
  a.href = link.href;
  return a;
}

/** The excerpt paragraph, or nothing when Pagefind gave none. */
function excerpt(html: string): HTMLParagraphElement[] {
  if (!html.trim()) return [];
  const p = el('p', 'search-result__excerpt');
  appendExcerpt<HTMLElement>(p, html, () => document.createElement('mark'));
  return [p];
}

/** The line naming the plan a result comes from, when the view has one. */
function planLine(plan: string | undefined): HTMLParagraphElement[] {
  if (!plan) return [];
  const p = el('p', 'search-result__plan');
  p.append(el('span', 'sr-only', 'From '), plan);
  return [p];
}

/** One result as a list item: title link, kind badge, its plan, excerpt, sub-results. */
export function renderResult(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  const title = el('p', 'search-result__title');
  title.append(anchor(view, 'search-result__link'));
  if (view.kind) title.append(' ', el('span', 'search-kind', view.kind));
  li.append(title, ...planLine(view.plan), ...excerpt(view.excerpt));
  if (view.subs.length > 0) {
    const subs = el('ul', 'search-result__subs');
    for (const sub of view.subs) {
      const item = el('li', 'search-result__sub');
      item.append(anchor(sub, 'search-result__sub-link'), ...excerpt(sub.excerpt));
      subs.append(item);
    }
    li.append(subs);
  }
  return li;
}
