/**
 * Link integrity of the built site: every internal <a href> lands on an existing page or file,
 * stays under the base path, and every #fragment names an id on its target page.
 */

/**
 * What the check needs of a page, compact: its ids and its distinct hrefs, each joined into one
 * new string. (A regex match is a slice that keeps the whole page's HTML alive; a site of
 * thousands of pages kept them all, hundreds of MB, in the link check.)
 */
export interface PageLinks {
  /** Every id, each followed by "\n". */
  ids: string;
  /** Ids used more than once, in order. */
  repeated: string;
  /** Distinct hrefs, in order, joined by "\n". */
  links: string;
}

export interface BuiltSite {
  /** URL path of each HTML page ("/base/industries/x/", "/base/404.html") → its HTML, or just
   *  its ids and links (a large site is read that way, so its HTML is not all held at once). */
  pages: Map<string, string | PageLinks>;
  /** URL paths of the other files ("/base/data/plan.json"). */
  files: Set<string>;
  base: string; // "/" or "/repo/"
}

const SKIP = /<(script|style|template)\b[\s\S]*?<\/\1>/gi;
const ID = /\sid="([^"]*)"/g;
const ANCHOR = /<a\s[^>]*?\bhref="([^"]*)"/gi;

/** Decodes the few entities Astro writes in attribute values. */
export function decodeAttr(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Ids of elements in a page (markup in scripts and styles ignored). */
export function pageIds(html: string): string[] {
  return [...html.replace(SKIP, '').matchAll(ID)].map((m) => decodeAttr(m[1] ?? ''));
}

/** Hrefs of the page's links. */
export function pageLinks(html: string): string[] {
  return [...html.replace(SKIP, '').matchAll(ANCHOR)].map((m) => decodeAttr(m[1] ?? ''));
}

/** The ids and links of a page's HTML. */
export function pageSummary(html: string): PageLinks {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const id of pageIds(html)) {
    if (seen.has(id)) repeated.push(id);
    seen.add(id);
  }
  return {
    ids: [...seen].map((id) => `${id}\n`).join(''),
    repeated: repeated.join('\n'),
    links: [...new Set(pageLinks(html))].join('\n'),
  };
}

/** The items of a "\n"-joined list ("" is none). */
const items = (joined: string) => (joined === '' ? [] : joined.split('\n'));

/** Problems found, one line each ("/base/x/: link "/base/y/#z": no id "z" on /base/y/"). */
export function checkLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  const summaries = new Map<string, PageLinks>();
  for (const [path, page] of site.pages) {
    const summary = typeof page === 'string' ? pageSummary(page) : page;
    summaries.set(path, summary);
    for (const id of items(summary.repeated))
      problems.push(`${path}: id "${id}" is used more than once`);
  }
  const hasId = (path: string, id: string) => {
    const ids = summaries.get(path)?.ids;
    return !!ids && (ids.startsWith(`${id}\n`) || ids.includes(`\n${id}\n`));
  };
  // A root-relative href resolves the same from every page, so it is checked once.
  const verdicts = new Map<string, string | undefined>();
  for (const [path, summary] of summaries) {
    for (const href of items(summary.links)) {
      const shared = href.startsWith('/') && !href.startsWith('//');
      let problem = shared ? verdicts.get(href) : undefined;
      if (!shared || !verdicts.has(href)) {
        problem = checkHref(href, path, site, hasId);
        if (shared) verdicts.set(href, problem);
      }
      if (problem) problems.push(`${path}: link "${href}" ${problem}`);
    }
  }
  return problems;
}

function checkHref(
  href: string,
  from: string,
  site: BuiltSite,
  hasId: (path: string, id: string) => boolean,
): string | undefined {
  if (href === '') return 'is empty';
  // Other schemes and other hosts are outside this check.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `https://site.invalid${from}`);
  let path: string;
  try {
    path = decodeURI(url.pathname);
  } catch {
    return 'is not a valid URL';
  }
  if (!path.startsWith(site.base)) return `leaves the base path ${site.base}`;
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
  if (site.pages.has(path)) {
    if (fragment && !hasId(path, fragment))
      return `points to a missing anchor: no id "${fragment}" on ${path}`;
    return undefined;
  }
  if (site.files.has(path))
    return fragment ? `has a #fragment on a file that is not a page` : undefined;
  if (site.pages.has(`${path}/`)) return 'lacks the trailing "/"';
  return 'points to a page that does not exist';
}
