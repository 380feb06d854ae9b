/**
 * Fails the build when the site would ship a broken cross-reference: before building, every
 * reference in the generated tree must name an existing entry and block; after building, every
 * internal link and #anchor in the HTML must resolve. (Astro alone only logs missing references.)
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { generatedDir } from '../utils/generated-dir.ts';
import { checkLinks, type BuiltSite } from '../utils/integrity/html.ts';
import { dataProblems } from '../utils/integrity/worker.ts';

/** Most problems a failure message lists before "... and N more". */
const SHOWN = 40;

/** The integration: data check at build start (a warning in dev), link check after the build. */
export default function integrity(): AstroIntegration {
  let base = '/';
  let early: Promise<string[]> | undefined;
  return {
    name: 'plan-atlas:integrity',
    hooks: {
      // A build starts the data check now, on a worker thread, while Astro syncs the content.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') early ??= checkInWorker(generatedDir());
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:start': ({ logger }) => {
        const problems = dataProblems(generatedDir());
        if (problems.length > 0)
          logger.warn(report('The generated content has broken references', problems));
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await (early ?? dataProblems(generatedDir()));
        if (problems.length > 0)
          throw new Error(report('The generated content has broken references', problems));
        logger.info('generated content: every reference resolves');
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = readBuilt(fileURLToPath(dir), base);
        const problems = checkLinks(site);
        if (problems.length > 0)
          throw new Error(report('The built site has broken links or anchors', problems));
        logger.info(`${site.pages.size} pages: every internal link and anchor resolves`);
      },
    },
  };
}

/** The data check on a worker thread; on this thread when no worker can run it. */
function checkInWorker(dir: string): Promise<string[]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../utils/integrity/worker.ts', import.meta.url), {
        workerData: { integrityDir: dir },
      });
    } catch {
      resolve(dataProblems(dir));
      return;
    }
    worker.once('message', (problems: string[]) => resolve(problems));
    worker.once('error', () => resolve(dataProblems(dir)));
  });
}

function report(title: string, problems: string[]): string {
  const more = problems.length > SHOWN ? [`... and ${problems.length - SHOWN} more`] : [];
  return [
    `${title} (${problems.length}):`,
    ...problems.slice(0, SHOWN).map((p) => `  - ${p}`),
    ...more,
  ].join('\n');
}

/** Every file under the output folder, as URL paths under the base. */
function readBuilt(outDir: string, base: string): BuiltSite {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const file of walk(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    if (rel.endsWith('.html')) {
      const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
      pages.set(path, readFileSync(file, 'utf8'));
    } else {
      files.add(base + rel);
    }
  }
  return { pages, files, base };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
