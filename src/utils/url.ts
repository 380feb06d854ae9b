/**
 * Internal links. Every href on the site goes through `link()` so the base path
 * (`/shanghai-plan/` on GitHub Pages) is never forgotten; pages end in "/".
 */

import { pagePath } from './paging.ts';

export type LinkKind = 'industry' | 'goal' | 'target' | 'place' | 'project' | 'term' | 'correction';

/** Joins a base ("/repo/") and a site path ("industries/x", "/plan/#b1"); page paths get a trailing "/". */
export function withBase(base: string, path: string): string {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const hashAt = path.indexOf('#');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  let page = (hashAt === -1 ? path : path.slice(0, hashAt)).replace(/^\/+/, '');
  const last = page.split('/').at(-1) ?? '';
  // Files ("data/plan.json") keep their name; pages are folders.
  if (page && !page.endsWith('/') && !last.includes('.')) page += '/';
  return root + page + hash;
}

/** A site path made absolute under the configured base path. */
export function link(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/**
 * Site path (without base) of an entity's page, or of its anchor on the list page `page` that
 * holds it (targets, projects, terms, corrections). `listLinks().entityPath(kind, id)`
 * (list-pages.ts) looks that page up; only entities with their own page can do without it.
 */
export function entityPathAt(kind: LinkKind, id: string, page = 1): string {
  switch (kind) {
    case 'industry':
      return `industries/${id}/`;
    case 'goal':
      return `goals/${id}/`;
    case 'place':
      return `places/${id}/`;
    case 'target':
      return `${pagePath('targets', page)}#${anchorId('target', id)}`;
    case 'project':
      return `${pagePath('projects', page)}#${anchorId('project', id)}`;
    case 'term':
      return `${pagePath('glossary', page)}#${anchorId('term', id)}`;
    case 'correction':
      return `${pagePath('glossary', page)}#${anchorId('correction', id)}`;
  }
}

/**
 * Site path of a block (paragraph, item, bullet) or section heading on the Plan reader page
 * `page` ("plan/" or "plan/<part>/"); `readerLinks().blockPath(id)` (reader.ts) looks the page up.
 */
export function blockPathAt(page: string, id: string): string {
  return `${page}#${id}`;
}

/** Id of an entity's anchor on a list page: "term-igbt", "correction-x". */
export function anchorId(kind: 'target' | 'project' | 'term' | 'correction', id: string): string {
  return `${kind}-${id}`;
}
