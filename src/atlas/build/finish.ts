/**
 * Step 5 of an atlas build: one Pagefind index over the whole staged site and one link check of
 * it (every link resolves, every page is reachable from the atlas home), side by side as in a
 * single-plan build: the link check runs on a worker while Pagefind indexes.
 */
import { indexSite, type IndexReport } from '../../integrations/pagefind.ts';
import { inWorker, report } from '../../integrations/integrity.ts';

/** What the finish did, for the log; throws with every problem when the site is not sound. */
export async function indexAndCheck(
  dir: string,
  base: string,
  site: string,
): Promise<{ index: IndexReport; ms: number }> {
  const started = performance.now();
  const links = inWorker({ check: 'links', dir, base, site });
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
