/**
 * Link checker over a built site: every internal link, asset and #fragment must resolve under
 * the base path, and every page must be reachable by following links from the home page.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import {
  fileToUrlPath,
  htmlFiles,
  loadSite,
  pageReader,
  resolveUrlPath,
  type BuiltSite,
} from './site.ts';

export type LinkProblemKind =
  | 'missing-page' // a link (<a>, <area>, refresh) to a URL that no file serves
  | 'missing-asset' // a stylesheet, script, image ... that no file serves
  | 'missing-anchor' // the page exists, the #fragment is no id on it
  | 'outside-base' // same site, but not under the base path (a link that forgot `base`)
  | 'slashless' // a folder linked without its trailing slash: costs a redirect
  | 'relative-in-404' // 404.html is served at any path, so relative URLs in it break
  | 'duplicate-id' // two elements share an id: a #fragment is ambiguous
  | 'unreachable'; // no chain of links from the home page leads to the page

export interface LinkProblem {
  kind: LinkProblemKind;
  /** URL path of the page the problem is on, e.g. "/shanghai-plan/industries/". */
  page: string;
  /** The URL as written in the page, when the problem is about a link. */
  target?: string;
  message: string;
}

export interface LinkCheckOptions {
  /** The built site's folder. */
  dir: string;
  /** Base path the site is built for: "/" or "/repo/". */
  base: string;
  /** Origin the site is deployed at; absolute URLs on it are checked as internal. */
  site?: string;
  /** Pages that need no incoming link (default: the 404 page). */
  orphansAllowed?: string[];
}

interface Reference {
  element: Element;
  raw: string;
  /** Whether following it is navigation (for reachability), not loading a resource. */
  navigates: boolean;
}

const ORIGIN = 'http://checker.invalid';
/** Attributes that hold URLs, and whether following them is navigation. */
const URL_ATTRIBUTES: { selector: string; property: string; navigates: boolean }[] = [
  { selector: 'a[href]', property: 'href', navigates: true },
  { selector: 'area[href]', property: 'href', navigates: true },
  { selector: 'link[href]', property: 'href', navigates: false },
  { selector: 'script[src]', property: 'src', navigates: false },
  { selector: 'img[src]', property: 'src', navigates: false },
  { selector: 'img[srcset]', property: 'srcSet', navigates: false },
  { selector: 'source[src]', property: 'src', navigates: false },
  { selector: 'source[srcset]', property: 'srcSet', navigates: false },
  { selector: 'iframe[src]', property: 'src', navigates: false },
  { selector: 'video[src]', property: 'src', navigates: false },
  { selector: 'video[poster]', property: 'poster', navigates: false },
  { selector: 'audio[src]', property: 'src', navigates: false },
];

/** Checks every internal link of the site in `dir`; returns the problems, sorted. */
export async function checkLinks(options: LinkCheckOptions): Promise<LinkProblem[]> {
  const site = await loadSite(options.dir, options.base);
  const read = pageReader(site);
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const problems: LinkProblem[] = [];
  const edges = new Map<string, string[]>();

  for (const file of htmlFiles(site)) {
    const page = fileToUrlPath(file, site.base);
    const tree = await read(file);
    problems.push(...duplicateIds(tree, page));
    const next: string[] = [];
    edges.set(file, next);
    for (const ref of references(tree)) {
      const result = await checkReference(site, read, file, page, ref, siteOrigin);
      if (result.problem) problems.push(result.problem);
      if (result.file && ref.navigates && result.file.endsWith('.html')) next.push(result.file);
    }
  }

  const reached = reachable('index.html', edges);
  const orphansAllowed = new Set(options.orphansAllowed ?? ['404.html']);
  for (const file of htmlFiles(site)) {
    if (reached.has(file) || orphansAllowed.has(file)) continue;
    const page = fileToUrlPath(file, site.base);
    problems.push({ kind: 'unreachable', page, message: `no link from ${site.base} leads here` });
  }
  if (!site.files.has('index.html')) {
    problems.push({ kind: 'missing-page', page: site.base, message: 'the home page is missing' });
  }
  // The same broken link repeated on one page (header, footer ...) is one problem.
  const unique = new Map(problems.map((p) => [formatLinkProblems([p]), p]));
  return [...unique.values()].sort(compareProblems);
}

/** One line per problem, for test output. */
export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems
    .map((p) => `${p.kind}: ${p.page}${p.target ? ` → ${p.target}` : ''}: ${p.message}`)
    .join('\n');
}

/** Every URL-bearing attribute of the page (srcset gives one reference per candidate). */
function references(tree: Root): Reference[] {
  const refs: Reference[] = [];
  for (const { selector, property, navigates } of URL_ATTRIBUTES) {
    for (const element of selectAll(selector, tree)) {
      const value = String(element.properties[property] ?? '');
      const urls = property === 'srcSet' ? srcsetUrls(value) : [value.trim()];
      for (const raw of urls) refs.push({ element, raw, navigates });
    }
  }
  for (const element of selectAll('meta[http-equiv][content]', tree)) {
    if (String(element.properties.httpEquiv).toLowerCase() !== 'refresh') continue;
    const match = /url\s*=\s*['"]?([^'"]+)/i.exec(String(element.properties.content));
    if (match) refs.push({ element, raw: match[1].trim(), navigates: true });
  }
  return refs;
}

/** "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/**
 * Checks one reference: the file it resolves to (to follow it) and/or its problem. External
 * URLs and other schemes (mailto:, data: ...) are not checked and give neither.
 */
async function checkReference(
  site: BuiltSite,
  read: (file: string) => Promise<Root>,
  file: string,
  page: string,
  ref: Reference,
  siteOrigin: string | undefined,
): Promise<{ file?: string; problem?: LinkProblem }> {
  const { raw } = ref;
  const problem = (kind: LinkProblemKind, message: string): { problem: LinkProblem } => ({
    problem: { kind, page, target: raw, message: `<${ref.element.tagName}> ${message}` },
  });
  if (raw === '' || raw === '#') return {};
  if (file === '404.html' && !/^([a-z][a-z\d+.-]*:|\/|#)/i.test(raw)) {
    return problem('relative-in-404', 'relative URL on a page served at any path');
  }
  const url = new URL(raw, ORIGIN + page);
  const internal = url.origin === ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
  if (!internal) return {};

  const resolved = resolveUrlPath(site, url.pathname);
  if (resolved.kind === 'outside') return problem('outside-base', `points outside ${site.base}`);
  if (resolved.kind === 'missing') {
    const isPage = ref.navigates || /(\/|\.html)$/.test(url.pathname);
    return problem(isPage ? 'missing-page' : 'missing-asset', 'no file serves this URL');
  }
  if (resolved.kind === 'slashless') {
    return { file: resolved.file, ...problem('slashless', 'folder URL without "/"') };
  }

  const fragment = decodeFragment(url.hash);
  if (fragment && resolved.file.endsWith('.html') && fragment.toLowerCase() !== 'top') {
    const ids = anchorNames(await read(resolved.file));
    if (!ids.has(fragment)) {
      return {
        file: resolved.file,
        ...problem('missing-anchor', `no id "${fragment}" on the page`),
      };
    }
  }
  return { file: resolved.file };
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Names a #fragment can target: every id, and the name of every <a name>. */
function anchorNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const element of selectAll('[id]', tree)) names.add(String(element.properties.id));
  for (const element of selectAll('a[name]', tree)) names.add(String(element.properties.name));
  return names;
}

function duplicateIds(tree: Root, page: string): LinkProblem[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const problems: LinkProblem[] = [];
  for (const element of selectAll('[id]', tree)) {
    const id = String(element.properties.id);
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      problems.push({ kind: 'duplicate-id', page, message: `id "${id}" is used more than once` });
    }
    seen.add(id);
  }
  return problems;
}

/** Files reachable from `start` through navigation edges (breadth first). */
function reachable(start: string, edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  if (!edges.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function compareProblems(a: LinkProblem, b: LinkProblem): number {
  const key = (p: LinkProblem) =>
    `${p.page}\u0000${p.kind}\u0000${p.target ?? ''}\u0000${p.message}`;
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
