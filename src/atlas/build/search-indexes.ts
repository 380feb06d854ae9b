/**
 * The atlas's list of search indexes (`<base>search/indexes.json`): each part of an atlas (every
 * plan, and the atlas layer) is indexed by its own build, and the search UI merges the indexes a
 * reader's scope needs with Pagefind's `mergeIndex` (src/components/search/scope.ts). The list
 * also says whether every index is cheap enough to search by default (`eager`).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEVEL_LABELS } from '../../components/search/meta.ts';
import { MANIFEST_PATH } from '../../components/search/params.ts';
import type { SearchManifest } from '../../components/search/scope.ts';
import { BUNDLE_DIR } from '../../integrations/pagefind.ts';
import type { AtlasPlan } from '../../schemas/atlas.ts';
import { planPath } from './parts.ts';

/**
 * The most a search of every index may cost before its first result (metadata, and one index
 * chunk per index for a one-word query) for every plan to be searched by default: the first-query
 * budget (150 KB) less what any search loads (Pagefind's script and WebAssembly, about 100 KB)
 * and the results' fragments.
 */
export const EAGER_BYTES = 40 * 1024;

/** What one index holds and what opening it costs. */
export interface IndexStats {
  pages: number;
  /** Bytes a first one-word query fetches from it: entry, metadata and an average index chunk. */
  cost: number;
}

/** Pages and opening cost of the Pagefind bundle under `dir` (the files are gzipped already). */
export function indexStats(dir: string): IndexStats {
  const bundle = join(dir, BUNDLE_DIR);
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages?: Record<string, { hash: string; page_count?: number }>;
  };
  const languages = Object.entries(entry.languages ?? {});
  if (languages.length !== 1)
    throw new Error(`${entryFile}: expected one language's index, found ${languages.length}`);
  const [, { hash, page_count = 0 }] = languages[0];
  const size = (file: string) => statSync(join(bundle, file)).size;
  const chunks = readdirSync(join(bundle, 'index'));
  const chunk = chunks.reduce((sum, name) => sum + size(join('index', name)), 0);
  return {
    pages: page_count,
    cost:
      size('pagefind-entry.json') +
      size(`pagefind.${hash}.pf_meta`) +
      Math.round(chunk / Math.max(1, chunks.length)),
  };
}

/** The list the search UI reads: the atlas layer's index and each plan's, with filter values. */
export function searchManifest(
  base: string,
  atlas: IndexStats,
  plans: { plan: AtlasPlan; stats: IndexStats }[],
): SearchManifest {
  const cost = plans.reduce((sum, { stats }) => sum + stats.cost, atlas.cost);
  return {
    eager: cost <= EAGER_BYTES,
    atlas: { bundle: `${base}${BUNDLE_DIR}/`, pages: atlas.pages },
    plans: plans.map(({ plan, stats }) => ({
      id: plan.id,
      // The values the plan's pages carry as the plan, level and region filters (meta.ts).
      title: plan.shortTitle,
      ...(plan.level ? { level: LEVEL_LABELS[plan.level] } : {}),
      ...(plan.region ? { region: plan.region } : {}),
      bundle: `${base}${planPath(plan.id)}${BUNDLE_DIR}/`,
      pages: stats.pages,
    })),
  };
}

/** Writes the list for the atlas staged in `out` (plans under plans/<id>/); the pages indexed. */
export function writeSearchManifest(out: string, base: string, plans: AtlasPlan[]): number {
  const atlas = indexStats(out);
  const stats = plans.map((plan) => ({ plan, stats: indexStats(join(out, planPath(plan.id))) }));
  const manifest = searchManifest(base, atlas, stats);
  mkdirSync(dirname(join(out, MANIFEST_PATH)), { recursive: true });
  writeFileSync(join(out, MANIFEST_PATH), `${JSON.stringify(manifest)}\n`);
  return stats.reduce((sum, { stats }) => sum + stats.pages, atlas.pages);
}
