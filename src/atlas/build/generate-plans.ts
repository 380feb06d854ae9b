/**
 * Steps 2 and 3 of an atlas build in a child process: every plan generated, then the join (the
 * atlas model and its files). The models and the pipeline's heap end with the child, so the
 * orchestrator stays small while the Astro builds and Pagefind run: generating 50 plans of the
 * 10x size in the orchestrator left ~540 MB resident in it throughout, and so did a worker
 * thread (the process keeps the memory a finished thread allocated).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../pipeline/generate.ts';
import { PlanInputError, type PlanModel } from '../../pipeline/types.ts';
import { emitAtlas } from '../emit.ts';
import type { PlanFolder } from './find-plans.ts';

/** The argument that makes this module, run as a script, the generating child. */
const CHILD = '--atlas-generate-child';

/** What the child tells of one plan: its files and warnings, or the input error that stopped it. */
type Message =
  | { id: string; files: number; warnings: { file: string; line: number; message: string }[] }
  | { error: { file: string; line: number; message: string; hint: string } }
  | { failure: string };

interface Job {
  root: string;
  plans: PlanFolder[];
  /** The staged generated tree: each plan goes to `<generated>/<id>/`. */
  generated: string;
  /** The atlas layer's generated folder, and the site's address for its links. */
  atlas: string;
  where: { base: string; site: string };
}

/** Generates `plans` under `generated/<id>/` and joins them, in a child; throws the first failure. */
export function generatePlans(job: Job, log: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let failure: Error | undefined;
    child.on('message', (m: Message) => {
      if ('error' in m) {
        const { file, line, message, hint } = m.error;
        failure = new PlanInputError(file, line, message, hint);
      } else if ('failure' in m) failure = new Error(m.failure);
      else {
        log(`atlas: generated ${m.id}: ${m.files} files, ${m.warnings.length} warnings`);
        for (const w of m.warnings) log(`  warning: ${w.file}:${w.line}: ${w.message}`);
      }
    });
    child.on('error', (error) => (failure ??= error));
    child.on('exit', (code) =>
      failure || code !== 0 ? fail(failure ?? new Error(`generation stopped (${code})`)) : done(),
    );
    child.send(job);
  });
}

/** The child: generate one plan after another, report each, join; stop at the first failure. */
function work({ root, plans, generated, atlas, where }: Job): void {
  const post = (m: Message) => {
    sending++;
    process.send!(m, undefined, {}, () => --sending === 0 && closing && process.disconnect());
  };
  const models: PlanModel[] = [];
  for (const plan of plans) {
    try {
      const result = generate({ root, planDir: plan.dir, outDir: join(generated, plan.id) });
      models.push(result.model);
      const warnings = result.model.warnings.map(({ file, line, message }) => ({
        file,
        line,
        message,
      }));
      post({ id: plan.id, files: result.files, warnings });
    } catch (error) {
      if (error instanceof PlanInputError) {
        const prefix = `${error.file}:${error.line}: `;
        const head = error.message.split('\n  hint: ')[0];
        const message = head.startsWith(prefix) ? head.slice(prefix.length) : head;
        post({ error: { file: error.file, line: error.line, message, hint: error.hint } });
      } else post({ failure: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  try {
    emitAtlas(models, atlas, where);
  } catch (error) {
    post({ failure: error instanceof Error ? error.message : String(error) });
  }
}

/** Messages on their way to the parent, and whether the work is done. */
let sending = 0;
let closing = false;

if (process.argv.includes(CHILD) && process.send) {
  process.once('message', (job: Job) => {
    work(job);
    // The channel closes once every message is handed over; then the child ends.
    closing = true;
    if (sending === 0) process.disconnect();
  });
}
