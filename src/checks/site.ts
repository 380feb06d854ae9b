/**
 * A built static site on disk, seen the way a static host (GitHub Pages) serves it under a
 * base path: which files exist and which URL serves which file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
export function listFiles(dir: string): string[] {
  // One readdir per folder: faster than Node's recursive readdir on thousands of files.
  const walk = (folder: string, prefix: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(folder, entry.name), `${prefix}${entry.name}/`)
        : entry.isFile()
          ? [prefix + entry.name]
          : [],
    );
  return walk(dir, '').sort();
}

/** Reads the built site's file list once. */
export function loadSite(dir: string, base: string): BuiltSite {
  return { dir, base, files: new Set(listFiles(dir)) };
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
