/**
 * The generated-content check, runnable on a worker thread: integrity.ts starts it when the
 * build is configured, so at 100x its YAML parsing overlaps Astro's content sync.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkData } from './data.ts';
import { readGenerated } from './read.ts';

/** Problems of the generated tree in `dir`, one line each (a read error is one problem). */
export function dataProblems(dir: string): string[] {
  try {
    return checkData(readGenerated(dir)).map((p) => `${dir}/${p}`);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

const job = workerData as { integrityDir?: string } | null;
if (!isMainThread && parentPort && typeof job?.integrityDir === 'string') {
  parentPort.postMessage(dataProblems(job.integrityDir));
}
