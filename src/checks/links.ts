/**
 * The link checker of a built site, run by every build (src/integrations/integrity.ts) and by
 * the e2e tests: every internal link, asset and #fragment must resolve under the base path
 * (in `<template>`s too, and absolute URLs on the site's own origin), the 404 page must use no
 * relative URL, and every page must be reachable by following links from the home page, except
 * a redirect (a page with a `<meta http-equiv="refresh">`, which serves an old URL): its target
 * must resolve like any link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPage, type PageScan } from './scan.ts';
import { fileToUrlPath, htmlFiles, loadSite, resolveUrlPath } from './site.ts';

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
  /** Pages that need no incoming link (default: the 404 page, which the host serves itself). */
  orphansAllowed?: string[];
}

/** What a URL is to the site: outside it (undefined), or the file it leads to and what is wrong. */
interface Verdict {
  /** The file it leads to, if any. */
  file?: string;
  problem?: 'outside-base' | 'missing' | 'slashless' | 'missing-anchor';
  /** For "missing": whether the URL names a page ("/" or ".html"), not an asset. */
  pageLike?: boolean;
  fragment?: string;
}

const ORIGIN = 'http://checker.invalid';
/** Elements whose URL is followed by a reader (the others load a resource). */
const NAVIGATES = new Set(['a', 'area', 'meta']);
/** A URL that means the same on every page: with a scheme, from the root, or a #fragment. */
const PAGE_INDEPENDENT = /^([a-z][a-z\d+.-]*:|\/|#)/i;
/** A refresh among a page's references (scan.ts reads a `<meta>` only for its refresh URL). */
const REFRESH = /(^|\n)meta\t/;

/** Checks every internal link of the site in `dir`; returns the problems, sorted. */
export function checkLinks(options: LinkCheckOptions): LinkProblem[] {
  const site = loadSite(options.dir, options.base);
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const pages = htmlFiles(site);
  const scans = new Map<string, PageScan>();
  for (const file of pages) scans.set(file, scanPage(readFileSync(join(site.dir, file), 'utf8')));

  const hasAnchor = (file: string, name: string) =>
    !name.includes('\n') && !!scans.get(file)?.anchors.includes(`\n${name}\n`);
  const judge = (raw: string, file: string, page: string): Verdict | undefined => {
    if (raw.startsWith('#')) {
      // A fragment of the page itself: no URL to resolve (a third of the 100x site's links).
      const fragment = decodeFragment(raw);
      return fragment && fragment.toLowerCase() !== 'top' && !hasAnchor(file, fragment)
        ? { file, problem: 'missing-anchor', fragment }
        : { file };
    }
    const url = new URL(raw, ORIGIN + page);
    if (url.origin !== ORIGIN && url.origin !== siteOrigin) return undefined;
    const resolved = resolveUrlPath(site, url.pathname);
    if (resolved.kind === 'outside') return { problem: 'outside-base' };
    if (resolved.kind === 'missing')
      return { problem: 'missing', pageLike: /(\/|\.html)$/.test(url.pathname) };
    const target = resolved.file;
    if (resolved.kind === 'slashless') return { file: target, problem: 'slashless' };
    const fragment = decodeFragment(url.hash);
    if (fragment && target.endsWith('.html') && fragment.toLowerCase() !== 'top')
      if (!hasAnchor(target, fragment))
        return { file: target, problem: 'missing-anchor', fragment };
    return { file: target };
  };
  // A URL from the root leads to the same place from every page: judged once.
  const shared = new Map<string, Verdict | undefined>();

  const problems: LinkProblem[] = [];
  const edges = new Map<string, string[]>();
  /** Redirect pages: they serve old URLs that nothing on the site links to, by design. */
  const redirects = new Set<string>();
  for (const file of pages) {
    const page = fileToUrlPath(file, site.base);
    const scan = scans.get(file)!;
    for (const id of scan.repeated)
      problems.push({ kind: 'duplicate-id', page, message: `id "${id}" is used more than once` });
    const next: string[] = [];
    edges.set(file, next);
    if (REFRESH.test(scan.refs)) redirects.add(file);
    for (const line of scan.refs === '' ? [] : scan.refs.split('\n')) {
      const tab = line.indexOf('\t');
      const tag = line.slice(0, tab);
      const raw = line.slice(tab + 1);
      if (raw === '' || raw === '#') continue;
      const problem = (kind: LinkProblemKind, message: string) =>
        problems.push({ kind, page, target: raw, message: `<${tag}> ${message}` });
      if (file === '404.html' && !PAGE_INDEPENDENT.test(raw)) {
        problem('relative-in-404', 'relative URL on a page served at any path');
        continue;
      }
      let verdict: Verdict | undefined;
      if (raw.startsWith('/') && !raw.startsWith('//')) {
        verdict = shared.get(raw);
        if (verdict === undefined && !shared.has(raw))
          shared.set(raw, (verdict = judge(raw, file, page)));
      } else verdict = judge(raw, file, page);
      if (!verdict) continue;
      const navigates = NAVIGATES.has(tag);
      if (verdict.problem === 'outside-base')
        problem('outside-base', `points outside ${site.base}`);
      else if (verdict.problem === 'missing') {
        const kind = navigates || verdict.pageLike ? 'missing-page' : 'missing-asset';
        problem(kind, 'no file serves this URL');
      } else if (verdict.problem === 'slashless') problem('slashless', 'folder URL without "/"');
      else if (verdict.problem === 'missing-anchor')
        problem('missing-anchor', `no id "${verdict.fragment}" on the page`);
      if (navigates && verdict.file?.endsWith('.html')) next.push(verdict.file);
    }
  }

  const reached = reachable('index.html', edges);
  const orphansAllowed = new Set(options.orphansAllowed ?? ['404.html']);
  for (const file of pages) {
    if (reached.has(file) || orphansAllowed.has(file) || redirects.has(file)) continue;
    const page = fileToUrlPath(file, site.base);
    problems.push({ kind: 'unreachable', page, message: `no link from ${site.base} leads here` });
  }
  if (!site.files.has('index.html')) {
    problems.push({ kind: 'missing-page', page: site.base, message: 'the home page is missing' });
  }
  // The same broken URL in two elements of one page (<a> and <link> ...) is one line each.
  const unique = new Map(problems.map((p) => [formatLinkProblems([p]), p]));
  return [...unique.values()].sort(compareProblems);
}

/** One line per problem: "kind: page → URL as written: <element> what is wrong". */
export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems
    .map((p) => `${p.kind}: ${p.page}${p.target ? ` → ${p.target}` : ''}: ${p.message}`)
    .join('\n');
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** Files reachable from `start` through navigation edges (breadth first). */
function reachable(start: string, edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  if (!edges.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]!) ?? []) {
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
