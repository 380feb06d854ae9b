/**
 * Astro integration: once the static build is done, index the output with the Pagefind Node API
 * (as Starlight does) and write the search bundle to <outDir>/pagefind/.
 * Only `data-pagefind-body` content is indexed (the templates mark <main>); the 404 and search
 * pages and Pagefind's own files are never indexed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Folder of the search bundle inside the output directory. */
export const BUNDLE_DIR = 'pagefind';

/** What one indexing run did. */
export interface IndexReport {
  pages: number;
  files: number;
  languages: string[];
}

/**
 * Postings per index chunk (Pagefind's default is about 20,000). A query downloads the chunk of
 * each word it has; smaller chunks made a later query on a 5,000-page site cost ~13 KB instead of
 * ~25 KB, for a few KB more metadata. Pagefind reads it only from this (unstable) variable.
 */
export const INDEX_CHUNK_SIZE = 4000;
/**
 * The atlas layer's pages each sum up many plans, so a common word has many postings on each:
 * at 4,000 postings a chunk of its index was up to 15 KB, and a later query of four words 36 KB
 * (50 plans at 10x); at 1,000 the heaviest is 28 KB and the first query 9 KB lighter.
 */
export const ATLAS_LAYER_CHUNK_SIZE = 1000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pages never indexed: the 404 page, and the search page (a result for it helps nobody). */
export const NOT_INDEXED = ['404.html', '404/index.html', 'search/index.html'];

/** True for a page never indexed (each part of an atlas is indexed as a site of its own). */
export function isNotIndexed(relPath: string): boolean {
  return NOT_INDEXED.includes(relPath.split(sep).join('/'));
}

/** True for an output file that belongs in the index: HTML, not excluded, not in the bundle. */
export function isIndexable(relPath: string): boolean {
  const path = relPath.split(sep).join('/');
  if (!path.endsWith('.html') || isNotIndexed(path)) return false;
  return !path.startsWith(`${BUNDLE_DIR}/`);
}

/** Page count per language from the bundle's pagefind-entry.json. */
export function entryLanguages(entryJson: string): Record<string, number> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  const counts: Record<string, number> = {};
  for (const [lang, info] of Object.entries(entry.languages ?? {}))
    counts[lang] = info.page_count ?? 0;
  return counts;
}

/** Throws if a Pagefind response carries errors. */
function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/** Paths of the HTML files under outDir that belong in the index (sorted). Throws when a page
 *  that must never be found (404, search) is marked, or when the home page is not: templates
 *  mark every page alike, and with no marked page Pagefind would index navigation and footers. */
async function indexablePages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  const html = entries
    .map((rel) => rel.split(sep).join('/'))
    .filter((rel) => rel.endsWith('.html'));
  // Only a few files are read: reading every page here doubled the build's peak memory use.
  const marked = async (rel: string) =>
    (await readFile(join(outDir, rel), 'utf8')).includes('data-pagefind-body');
  for (const rel of html.filter(isNotIndexed)) {
    if (await marked(rel)) throw new Error(`${rel} must not carry data-pagefind-body`);
  }
  const pages = html.filter(isIndexable).sort();
  const first = pages.includes('index.html') ? 'index.html' : pages[0];
  if (first && !(await marked(first))) {
    throw new Error(`No page marks its main content with data-pagefind-body (${first} does not)`);
  }
  return pages;
}

/** Indexes the pages under outDir. Pagefind reads the folder itself (in parallel, and in a stable
 *  order, so the bundle is deterministic) and skips pages without data-pagefind-body, so the
 *  count it indexed must equal the indexable pages: a page that lost its mark fails the build. */
export async function indexSite(
  outDir: string,
  chunkSize = INDEX_CHUNK_SIZE,
): Promise<IndexReport> {
  const indexable = await indexablePages(outDir);
  // The Pagefind service inherits this process's environment when it starts.
  process.env[CHUNK_SIZE_VARIABLE] ??= String(chunkSize);
  try {
    const { index } = check(await pagefind.createIndex({}), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    check(await index.addDirectory({ path: outDir, glob: '**/*.html' }), 'indexing');
    const outputPath = join(outDir, BUNDLE_DIR);
    check(await index.writeFiles({ outputPath }), 'writeFiles');
    const written = await readdir(outputPath, { recursive: true });
    const counts = entryLanguages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const languages = Object.keys(counts).sort();
    // Pages that disagree on <html lang> split the index: a search would miss some of them.
    if (languages.length > 1) {
      throw new Error(
        `Pagefind built one index per language (${languages.join(', ')}): give every page the same <html lang>`,
      );
    }
    const pages = languages.reduce((sum, lang) => sum + counts[lang], 0);
    if (pages !== indexable.length) {
      throw new Error(
        `Pagefind indexed ${pages} of ${indexable.length} pages: every page but ${NOT_INDEXED.join(', ')} must mark its content with data-pagefind-body`,
      );
    }
    return { pages, files: written.length, languages };
  } finally {
    await pagefind.close();
  }
}

/**
 * The indexer as two integrations: `[..., search.start, sitemap(), search.finish]`. `start`
 * begins indexing when the build is done and returns at once, so the hooks after it (the
 * sitemap, the link check) run while Pagefind works; `finish` waits for it and reports.
 */
export default function pagefindIntegration(chunkSize = INDEX_CHUNK_SIZE): {
  start: AstroIntegration;
  finish: AstroIntegration;
} {
  let indexing: Promise<{ report: IndexReport; ms: number }> | undefined;
  const run = async (dir: URL) => {
    const started = performance.now();
    const report = await indexSite(fileURLToPath(dir), chunkSize);
    return { report, ms: Math.round(performance.now() - started) };
  };
  const start: AstroIntegration = {
    name: 'plan-atlas:pagefind',
    hooks: {
      'astro:build:done': ({ dir }) => {
        indexing = run(dir);
        // Awaited by `finish`; until then a failure must not count as unhandled.
        indexing.catch(() => {});
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'plan-atlas:pagefind-done',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const { report, ms } = await (indexing ?? run(dir));
        logger.info(
          `Indexed ${report.pages} pages (${report.languages.join(', ') || 'no language'}) into ${BUNDLE_DIR}/ in ${ms} ms`,
        );
      },
    },
  };
  return { start, finish };
}
