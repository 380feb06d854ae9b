/**
 * What a first visit to each built page downloads: the HTML, the stylesheets and scripts it
 * links (and the modules those import statically), raw and gzip. Dynamic imports are left
 * out on purpose: they load on use (search), not on the first visit.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { htmlFiles, loadSite } from '../checks/site.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string; // URL path below the base, e.g. "industries/marine-robotics/"
  type: string;
  html: Size;
  css: Size;
  /** External scripts, module preloads and their static imports, plus inline scripts. */
  js: Size;
}

const parser = unified().use(rehypeParse);
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Page type from its path: "" → home, "industries/x/" → industry, "industries/" → industries;
 * in an atlas a plan's pages are "plans/*: " and their type ("plans/a/goals/x/" → "plans/*: goal").
 */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'plans' && parts.length >= 2) {
    return `plans/*: ${pageType(parts.slice(2).join('/') + (path.endsWith('/') ? '/' : ''))}`;
  }
  if (parts.length === 0) return 'home';
  if (parts[0] === '404.html' || parts[0] === '404') return '404';
  if (parts.length === 1) return parts[0];
  // "industries/2/": a later page of a paginated list is still the list.
  if (parts.length === 2 && /^\d+$/.test(parts[1])) return parts[0];
  if (parts[0] === 'plan') return 'plan part';
  const singular: Record<string, string> = {
    industries: 'industry',
    goals: 'goal',
    places: 'place',
    projects: 'project',
    targets: 'target',
    terms: 'term',
  };
  return singular[parts[0]] ?? `${parts[0]}/*`;
}

/** Weigh every page of a build served at `base` ("/" or "/repo/"). */
export async function pageWeights(outDir: string, base: string): Promise<PageWeight[]> {
  const cache = new Map<string, Promise<{ size: Size; text: string } | undefined>>();
  const asset = (path: string) => {
    if (!cache.has(path)) {
      cache.set(
        path,
        readFile(join(outDir, path))
          .then((buf) => ({ size: sizeOf(buf), text: buf.toString('utf8') }))
          .catch(() => undefined),
      );
    }
    return cache.get(path)!;
  };
  const out: PageWeight[] = [];
  for (const file of htmlFiles(loadSite(outDir, base))) {
    const html = await readFile(join(outDir, file));
    const urlPath = file.replace(/(^|\/)index\.html$/, '$1');
    const tree = parser.parse(html.toString('utf8')) as Root;
    const pageUrl = new URL(base + urlPath, 'http://bench.invalid');
    const local = (href: string) => localPath(href, pageUrl, base);

    const cssPaths = new Set<string>();
    const jsPaths = new Set<string>();
    for (const el of selectAll('link[href]', tree)) {
      const rel = String(el.properties.rel ?? '').split(/[ ,]+/);
      const as = String(el.properties.as ?? '');
      const path = local(String(el.properties.href));
      if (!path) continue;
      if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style'))
        cssPaths.add(path);
      if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))
        jsPaths.add(path);
    }
    let inline: Size = { raw: 0, gzip: 0 };
    for (const el of selectAll('script', tree) as Element[]) {
      const type = String(el.properties.type ?? '').toLowerCase();
      if (!EXECUTABLE.has(type)) continue;
      if (el.properties.src) {
        const path = local(String(el.properties.src));
        if (path) jsPaths.add(path);
      } else {
        const code = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        inline = add(inline, sizeOf(Buffer.from(code)));
      }
    }
    // Static imports of the linked modules load on the first visit too.
    for (const path of [...jsPaths]) {
      for (const dep of staticImports((await asset(path))?.text ?? '')) {
        const resolved = localPath(dep, new URL(base + path, 'http://bench.invalid'), base);
        if (resolved && !jsPaths.has(resolved)) jsPaths.add(resolved);
      }
    }
    const total = async (paths: Set<string>) => {
      let size: Size = { raw: 0, gzip: 0 };
      for (const p of paths) size = add(size, (await asset(p))?.size ?? { raw: 0, gzip: 0 });
      return size;
    };
    out.push({
      path: urlPath,
      type: pageType(urlPath),
      html: sizeOf(html),
      css: await total(cssPaths),
      js: add(await total(jsPaths), inline),
    });
  }
  return out;
}

/** Import specifiers of `import … from "x"`, `import "x"` and `export … from "x"` (not import()). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+)["']/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1]);
  return [...found];
}

/** Site-relative file path of a same-origin URL under the base, else undefined. */
function localPath(href: string, from: URL, base: string): string | undefined {
  const url = new URL(href, from);
  if (url.origin !== from.origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return path.endsWith('/') || path === '' ? `${path}index.html` : path;
}

/** Raw and gzip (default level 6, as a host compressing on the fly would) byte counts. */
export function sizeOf(buf: Buffer): Size {
  return { raw: buf.length, gzip: buf.length ? gzipSync(buf).length : 0 };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Total bytes and file count of a directory tree (0 if absent). */
export async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (!e.isFile()) continue;
    bytes += (await readFile(join(e.parentPath, e.name))).length;
    files++;
  }
  return { bytes, files };
}
