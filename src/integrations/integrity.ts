/**
 * Fails the build when the site would ship a broken cross-reference: before building, every
 * reference in the generated tree must name an existing entry and block; after building, the link
 * checker (src/checks/links.ts) must find every internal link, asset and #anchor resolving and
 * every page reachable. (Astro alone only logs missing references.)
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { settings } from '../settings.ts';
import { dataProblems, runJob, type IntegrityJob } from '../utils/integrity/worker.ts';

/** Most problems a failure message lists before "... and N more". */
const SHOWN = 40;

/**
 * The checks as two integrations around the search indexer:
 * `[mdx(), links.check, pagefind(), links.verdict]`. `check` tests the data before the build
 * and starts the link check on a worker when the build is done; `verdict` waits for it, so
 * the link check runs while Pagefind indexes instead of after it. `run` switches either check
 * off (the parts of an atlas: its build checks the links of the whole once).
 */
export default function integrity(
  run: { data: boolean; links: boolean } = { data: true, links: true },
): { check: AstroIntegration; verdict: AstroIntegration } {
  let base = '/';
  let site = '';
  let early: Promise<string[]> | undefined;
  let links: Promise<string[]> | undefined;
  /** When the link check started and ended (ms), for the build log. */
  let timing = { start: 0, end: 0 };
  const check: AstroIntegration = {
    name: 'plan-atlas:integrity',
    hooks: {
      // A build starts the data check now, on a worker thread, while Astro syncs the content.
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && run.data)
          early ??= inWorker({ check: 'data', dir: settings().generatedDir });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? '';
      },
      'astro:server:start': ({ logger }) => {
        if (!run.data) return;
        const problems = dataProblems(settings().generatedDir);
        if (problems.length > 0)
          logger.warn(report('The generated content has broken references', problems));
      },
      'astro:build:start': async ({ logger }) => {
        if (!run.data) return;
        const problems = await (early ?? dataProblems(settings().generatedDir));
        if (problems.length > 0)
          throw new Error(report('The generated content has broken references', problems));
        logger.info('generated content: every reference resolves');
      },
      'astro:build:done': ({ dir }) => {
        if (!run.links) return;
        timing = { start: performance.now(), end: 0 };
        links = inWorker({ check: 'links', dir: fileURLToPath(dir), base, site }).then((p) => {
          timing.end = performance.now();
          return p;
        });
      },
    },
  };
  const verdict: AstroIntegration = {
    name: 'plan-atlas:integrity-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!run.links) return;
        const job = { check: 'links', dir: fileURLToPath(dir), base, site } as const;
        const waited = performance.now();
        const problems = await (links ?? runJob(job));
        if (problems.length > 0)
          throw new Error(report('The built site has broken links or unreachable pages', problems));
        const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        const took = links ? `checked in ${s(timing.end - timing.start)} beside the indexer, ` : '';
        logger.info(
          `every internal link, asset and anchor resolves; every page is reachable ` +
            `(${took}${s(performance.now() - waited)} waited for)`,
        );
      },
    },
  };
  return { check, verdict };
}

/** The check worker's heap (MB) for a site of one plan. */
export const WORKER_HEAP_MB = 128;

/** A check on a worker thread; on this thread when no worker can run it. */
export function inWorker(job: IntegrityJob, heapMb = WORKER_HEAP_MB): Promise<string[]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../utils/integrity/worker.ts', import.meta.url), {
        workerData: { integrityJob: job },
        // The checks keep little (about 30 MB of ids and links at 5,000 pages): a small heap
        // makes the worker collect each page's HTML early instead of swelling the build's peak.
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
    } catch {
      resolve(runJob(job));
      return;
    }
    worker.once('message', (problems: string[]) => resolve(problems));
    worker.once('error', () => resolve(runJob(job)));
  });
}

/** The problems under a title, at most SHOWN of them. */
export function report(title: string, problems: string[]): string {
  const more = problems.length > SHOWN ? [`... and ${problems.length - SHOWN} more`] : [];
  return [
    `${title} (${problems.length}):`,
    ...problems.slice(0, SHOWN).map((p) => `  - ${p}`),
    ...more,
  ].join('\n');
}
