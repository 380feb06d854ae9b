/**
 * The integrity checks, runnable on a worker thread: integrity.ts starts the data check when the
 * build is configured (it overlaps Astro's content sync) and the link check when the build is
 * done (it overlaps Pagefind's indexing).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readBuilt } from './built.ts';
import { checkData } from './data.ts';
import { checkLinks } from './html.ts';
import { readGenerated } from './read.ts';

/** A check a worker runs: the generated tree in `dir`, or the site built in `dir` under `base`. */
export type IntegrityJob =
  { check: 'data'; dir: string } | { check: 'links'; dir: string; base: string };

/** Problems of the generated tree in `dir`, one line each (a read error is one problem). */
export function dataProblems(dir: string): string[] {
  try {
    return checkData(readGenerated(dir)).map((p) => `${dir}/${p}`);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** Broken internal links and anchors of the site built in `dir`, one line each. */
export function linkProblems(dir: string, base: string): string[] {
  return checkLinks(readBuilt(dir, base));
}

/** Runs one job on this thread. */
export function runJob(job: IntegrityJob): string[] {
  return job.check === 'data' ? dataProblems(job.dir) : linkProblems(job.dir, job.base);
}

const job = workerData as { integrityJob?: IntegrityJob } | null;
if (!isMainThread && parentPort && job?.integrityJob) {
  parentPort.postMessage(runJob(job.integrityJob));
}
