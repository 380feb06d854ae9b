/** Where the search bundle lives and the URL parameters search uses. */

/** Query parameter holding the search term on /search/. */
export const QUERY_PARAM = 'q';

/** Query parameter Pagefind adds to result links so the landing page can highlight the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The folder Pagefind's bundle is served from, under the site's base path. */
export function bundlePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
}
