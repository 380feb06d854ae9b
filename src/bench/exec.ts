/**
 * Runs one benchmark step as a child process: wall time, CPU time (user + system of the whole
 * tree, from GNU time), exit status, peak memory (GNU time's "Maximum resident set size": the
 * largest single process of the tree; and the whole tree's summed resident set, sampled) and
 * the output's tail.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTree } from './tree-memory.ts';

export interface StepResult {
  ok: boolean;
  ms: number;
  code: number | null;
  /** Largest resident set of any process in the step's tree, in bytes (if measurable). */
  peakRssBytes?: number;
  /** Largest sum of the resident sets of the whole tree at one time (sampled every 250 ms). */
  treeRssBytes?: number;
  /** User + system CPU time of the whole tree, in ms (GNU time). */
  cpuMs?: number;
  /** Last part of stdout + stderr, for failure reports and for parsing tool summaries. */
  output: string;
}

export interface StepOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';
const KEEP = 16 * 1024 * 1024; // a build prints a line per page: 30,000 in an atlas

/** Run `cmd args` and measure it; never throws for a failing command. */
export async function runStep(cmd: string, args: string[], opts: StepOptions): Promise<StepResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-step-'));
  const timeFile = join(scratch, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  let output = '';
  const started = performance.now();
  let sampler: ReturnType<typeof sampleTree> | undefined;
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env, detached: true });
    if (child.pid) sampler = sampleTree(child.pid);
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEEP);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          output += `\n[bench] killed after ${opts.timeoutMs} ms`;
          // The whole process group: npm → sh → node → workers.
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      output += `\n[bench] ${error.message}`;
      resolve(null);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve(status);
    });
  });
  const ms = performance.now() - started;
  const treeRssBytes = sampler?.stop();
  const time = useTime ? await readFile(timeFile, 'utf8').catch(() => '') : '';
  await rm(scratch, { recursive: true, force: true });
  return { ok: code === 0, ms, code, ...timeFigures(time), treeRssBytes, output };
}

/** Peak memory (GNU time -v reports kilobytes) and CPU seconds from GNU time's report. */
export function timeFigures(text: string): { peakRssBytes?: number; cpuMs?: number } {
  const figure = (label: string) => {
    const match = new RegExp(`${label}: ([\\d.]+)`).exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const kb = figure('Maximum resident set size \\(kbytes\\)');
  const user = figure('User time \\(seconds\\)');
  const system = figure('System time \\(seconds\\)');
  return {
    ...(kb === undefined ? {} : { peakRssBytes: kb * 1024 }),
    ...(user === undefined || system === undefined
      ? {}
      : { cpuMs: Math.round((user + system) * 1000) }),
  };
}

/** The last `lines` lines of a step's output, for the report. */
export function tail(output: string, lines = 12): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Where a failed step's output says what went wrong: from the first error line, else the tail. */
export function excerpt(output: string, lines = 15): string {
  const all = output.trimEnd().split('\n');
  const first = all.findIndex((l) => /\berror\b|\bERR_|\bfailed\b/i.test(l));
  return first < 0 ? tail(output, lines) : all.slice(first, first + lines).join('\n');
}
