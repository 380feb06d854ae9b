/**
 * Step 5 of an atlas build, over the whole staged site: the list of its search indexes (each part
 * indexed its own pages in its own build) and one link check (every link resolves, every page is
 * reachable from the atlas home).
 */
import { readdirSync } from 'node:fs';
import { inWorker, report, WORKER_HEAP_MB } from '../../integrations/integrity.ts';
import type { AtlasPlan } from '../../schemas/atlas.ts';
import { writeSearchManifest } from './search-indexes.ts';

/**
 * The link check's heap for a site of `pages` pages. It keeps about 8 KB per page (ids, links:
 * 5 MB for the 627 pages of a 10x plan), so 50 such plans outgrow a single site's 128 MB, and
 * the check would fall back to the main thread; twice that per page, for the pages being read.
 */
export function checkHeapMb(pages: number): number {
  return WORKER_HEAP_MB + Math.ceil((pages * 16) / 1024);
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** What the finish did, for the log; throws with every problem when the site is not sound. */
export async function finishAtlas(
  dir: string,
  base: string,
  site: string,
  plans: AtlasPlan[],
): Promise<{ indexed: number; ms: number }> {
  const started = performance.now();
  // Written first: the link check sees it as a file of the site.
  const indexed = writeSearchManifest(dir, base, plans);
  const problems = await inWorker(
    { check: 'links', dir, base, site },
    checkHeapMb(countPages(dir)),
  );
  if (problems.length > 0)
    throw new Error(report('The built atlas has broken links or unreachable pages', problems));
  return { indexed, ms: Math.round(performance.now() - started) };
}
