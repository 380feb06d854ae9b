/**
 * The integrity checks, runnable on a worker thread: integrity.ts starts the data check when the
 * build is configured (it overlaps Astro's content sync) and the link check when the build is
 * done (it overlaps Pagefind's indexing).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkLinks, formatLinkProblems } from '../../checks/links.ts';
import { checkData } from './data.ts';
import { readGenerated } from './read.ts';

/** A check a worker runs: the generated tree in `dir`, or the site built in `dir` under `base`
 *  for the origin `site`. */
export type IntegrityJob =
  { check: 'data'; dir: string } | { check: 'links'; dir: string; base: string; site: string };

/** Problems of the generated tree in `dir`, one line each (a read error is one problem). */
export function dataProblems(dir: string): string[] {
  try {
    return checkData(readGenerated(dir)).map((p) => `${dir}/${p}`);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** Broken links, assets and anchors and unreachable pages of the site built in `dir`, one line each. */
export function linkProblems(dir: string, base: string, site: string): string[] {
  return checkLinks({ dir, base, site }).map((problem) => formatLinkProblems([problem]));
}

/** Runs one job on this thread. */
export function runJob(job: IntegrityJob): string[] {
  return job.check === 'data' ? dataProblems(job.dir) : linkProblems(job.dir, job.base, job.site);
}

const job = workerData as { integrityJob?: IntegrityJob } | null;
if (!isMainThread && parentPort && job?.integrityJob) {
  parentPort.postMessage(runJob(job.integrityJob));
}
