/**
 * A built static site on disk, seen the way a static host (GitHub Pages) serves it under a
 * base path: which files exist, which URL serves which file, and each HTML page parsed once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The site: its folder, its base path ("/" or "/repo/") and its files (posix, relative). */
export interface BuiltSite {
  dir: string;
  base: string;
  files: Set<string>;
}

/** What a URL path resolves to on a static host. */
export type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'slashless'; file: string } // a folder asked for without "/": the host redirects
  | { kind: 'outside' } // not under the base path
  | { kind: 'missing' };

/** Every file under `dir`, as sorted posix paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Reads the built site's file list once. */
export async function loadSite(dir: string, base: string): Promise<BuiltSite> {
  return { dir, base, files: new Set(await listFiles(dir)) };
}

/** The HTML pages of a site, sorted. */
export function htmlFiles(site: BuiltSite): string[] {
  return [...site.files].filter((file) => file.endsWith('.html')).sort();
}

/** The URL path a file is served at: "a/index.html" → "/base/a/", "404.html" → "/base/404.html". */
export function fileToUrlPath(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

/** Which file a URL path is served from, following GitHub Pages' rules. */
export function resolveUrlPath(site: BuiltSite, pathname: string): Resolved {
  if (!pathname.startsWith(site.base) && pathname + '/' !== site.base) return { kind: 'outside' };
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(site.base.length));
  } catch {
    return { kind: 'missing' };
  }
  if (pathname + '/' === site.base) return { kind: 'slashless', file: 'index.html' };
  if (rel === '' || rel.endsWith('/')) {
    const file = rel + 'index.html';
    return site.files.has(file) ? { kind: 'file', file } : { kind: 'missing' };
  }
  if (site.files.has(rel)) return { kind: 'file', file: rel };
  if (site.files.has(rel + '/index.html')) return { kind: 'slashless', file: rel + '/index.html' };
  if (site.files.has(rel + '.html')) return { kind: 'file', file: rel + '.html' };
  return { kind: 'missing' };
}

const parser = unified().use(rehypeParse);

/** Parses HTML into a hast tree (no positions needed, so errors in markup never throw). */
export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** Reads and parses one page of the site, memoised per file. */
export function pageReader(site: BuiltSite): (file: string) => Promise<Root> {
  const cache = new Map<string, Promise<Root>>();
  return (file) => {
    let tree = cache.get(file);
    if (!tree) {
      tree = readFile(join(site.dir, file), 'utf8').then(parseHtml);
      cache.set(file, tree);
    }
    return tree;
  };
}
