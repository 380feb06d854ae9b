/**
 * `npm run dev` regenerates: the plan's content is generated when the dev server starts and again
 * whenever a file of the plan folder (its text, plan.yaml, editorial/*.yaml) or the shared
 * editorial data changes; then the content layer resyncs and the browser reloads. A bad input is
 * reported in the terminal and the browser's error overlay, and the last good output stays.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../pipeline/generate.ts';
import { errorLines } from '../pipeline/report.ts';
import { PlanInputError } from '../pipeline/types.ts';
import { OutputDirError } from '../pipeline/write.ts';
import { settings, type Settings } from '../settings.ts';
import { invalidateMemos } from '../utils/memo.ts';

const SHARED_EDITORIAL = 'content/editorial';

/** Editors' scratch files that are not the plan's: swap files, backups, hidden files. */
const SCRATCH = /(^|[\\/])(\.[^\\/]*|[^\\/]*~|[^\\/]*\.(swp|swx|tmp|bak))$/;

/** Whether a change at `path` is to a file the plan's content is made from. */
export function isPlanInput(path: string, folders: readonly string[]): boolean {
  if (SCRATCH.test(path)) return false;
  return folders.some((folder) => {
    const rel = relative(folder, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
}

/**
 * Runs `task` once after `delay` ms of quiet, never twice at a time: a change during a run
 * starts one more run when it ends (a save often writes a file several times).
 */
export function debounced(task: () => Promise<void>, delay = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const start = async () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void start(), delay);
  };
  return schedule;
}

/** Why generating failed: the lines the terminal shows, and the file and line when known. */
export interface Problem {
  lines: string[];
  file?: string;
  line?: number;
  hint?: string;
}

/** Generate once; a known input error is returned as a Problem, anything else thrown. */
export function tryGenerate(root: string, planDir: string, outDir: string): Problem | undefined {
  try {
    generate({ root, planDir, outDir });
    return undefined;
  } catch (error) {
    if (error instanceof PlanInputError) {
      return {
        lines: errorLines(error),
        file: resolve(root, error.file),
        line: error.line,
        hint: error.hint,
      };
    }
    if (error instanceof OutputDirError) return { lines: [`error: ${error.message}`] };
    throw error;
  }
}

/**
 * The dev server's error payload for a problem. The overlay shows the message and hint as text
 * (it escapes them itself: checked in a browser), so they are passed as they are.
 */
export function overlayError(problem: Problem) {
  return {
    name: 'PlanInputError',
    title: 'The plan could not be generated; the page shows the last good content',
    message: problem.lines[0] ?? '',
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...(problem.file ? { loc: { file: problem.file, line: problem.line ?? 1, column: 1 } } : {}),
    stack: '',
    plugin: 'plan-atlas:generate',
  };
}

export default function devRegenerate(given: Settings = settings()): AstroIntegration {
  const { planDir, generatedDir: outDir } = given;
  let root = process.cwd();
  let problem: Problem | undefined;
  const run = (logger: AstroIntegrationLogger): Problem | undefined => {
    problem = tryGenerate(root, planDir, outDir);
    if (problem) logger.error(`${problem.lines.join('\n')}\n(the last good content stays)`);
    else logger.info(`generated ${planDir} into ${outDir}`);
    return problem;
  };
  return {
    name: 'plan-atlas:dev-regenerate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Vitest loads Astro's config as a dev server too (getViteConfig): tests generate nothing.
        if (command !== 'dev' || given.vitest) return;
        root = fileURLToPath(config.root);
        // With no earlier output there is nothing to show: then a bad input stops the server.
        if (run(logger) && !existsSync(resolve(root, outDir, 'plan.json')))
          throw new Error(`npm run dev: cannot generate ${planDir}:\n${problem!.lines.join('\n')}`);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const folders = [resolve(root, planDir), resolve(root, SHARED_EDITORIAL)];
        const overlay = () =>
          problem && server.ws.send({ type: 'error', err: overlayError(problem) });
        const regenerate = debounced(async () => {
          if (run(logger)) return overlay();
          await refreshContent?.({});
          // Now that the content layer holds the new content, what pages derived from the old is
          // dropped (src/utils/memo.ts); a request before this point may have cached old values.
          invalidateMemos();
          server.ws.send({ type: 'full-reload' });
        });
        server.watcher.add(folders);
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, (path) => {
            if (isPlanInput(path, folders)) regenerate();
          });
        // A page opened while the input is bad shows why.
        server.ws.on('connection', overlay);
      },
    },
  };
}
