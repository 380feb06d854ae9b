/** Where the search bundle lives and the URL parameters search uses. */

/** Query parameter holding the search term on /search/. */
export const QUERY_PARAM = 'q';

/** Query parameter for the reader's scope in an atlas: 1 every plan, 0 the page's own index. */
export const ALL_PARAM = 'all';

/** Query parameter Pagefind adds to result links so the landing page can highlight the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The folder Pagefind's bundle is served from, under the site's base path. */
export function bundlePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}

/** The atlas's list of search indexes, under its base (src/atlas/build/search-indexes.ts). */
export const MANIFEST_PATH = 'search/indexes.json';
