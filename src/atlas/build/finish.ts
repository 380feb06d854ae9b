/**
 * Step 5 of an atlas build: one Pagefind index over the whole staged site and one link check of
 * it (every link resolves, every page is reachable from the atlas home), side by side as in a
 * single-plan build: the link check runs on a worker while Pagefind indexes.
 */
import { readdirSync } from 'node:fs';
import { indexSite, type IndexReport } from '../../integrations/pagefind.ts';
import { inWorker, report, WORKER_HEAP_MB } from '../../integrations/integrity.ts';

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
export async function indexAndCheck(
  dir: string,
  base: string,
  site: string,
): Promise<{ index: IndexReport; ms: number }> {
  const started = performance.now();
  const links = inWorker({ check: 'links', dir, base, site }, checkHeapMb(countPages(dir)));
  // Both settle before either failure is reported, so no worker outlives the build.
  const [indexed, problems] = await Promise.allSettled([indexSite(dir), links]);
  if (problems.status === 'fulfilled' && problems.value.length > 0)
    throw new Error(
      report('The built atlas has broken links or unreachable pages', problems.value),
    );
  if (problems.status === 'rejected') throw problems.reason;
  if (indexed.status === 'rejected') throw indexed.reason;
  return { index: indexed.value, ms: Math.round(performance.now() - started) };
}
