/**
 * Benchmarks one plan folder: generator alone, the full build (`npm run build`: generate +
 * Astro + Pagefind), a bare Astro build of the same generated pages (ATLAS_BARE=1: MDX only,
 * no integrations of ours) and the full build with unified() (ATLAS_MARKDOWN=unified), each
 * from a cold cache, interleaved run by run; then page weights, index size and search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { excerpt, runStep, type StepResult } from './exec.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { median } from './stats.ts';
import { htmlFiles, loadSite } from '../checks/site.ts';
import { pageWeights, treeSize, type PageWeight } from './weights.ts';
import { summariseWeights, type TypeWeight } from './weight-summary.ts';

export interface CorpusSpec {
  id: string; // "shanghai", "synth-10x"
  label: string;
  planDir: string; // relative to the repo root; an atlas: the folder of its plan folders
  sourceBytes: number;
  synthMs?: number;
  /** An atlas corpus: built with PLAN_DIR unset and ATLAS_PLANS=planDir (full build only). */
  atlas?: { plans: number; scale: number };
}

export type VariantId = 'generate' | 'full' | 'bare' | 'unified';

export interface VariantResult {
  ok: boolean;
  runs: number[]; // wall ms of the successful runs
  medianMs?: number;
  peakRssBytes?: number; // the largest single process, the largest over runs (GNU time)
  treeRssBytes?: number; // the whole process tree summed (sampled), the largest over runs
  cpuMs?: number; // user + system of the whole tree (median over runs)
  pages?: number;
  msPerPage?: number;
  failure?: string; // tail of the output of the first failed run
  /** Phases the tools report in their output (median ms over runs), e.g. Pagefind indexing. */
  phases?: Record<string, number>;
}

export interface CorpusResult extends CorpusSpec {
  /** When this corpus was measured and the 1-minute load then (runs merged with --merge differ). */
  measured?: { date: string; load: number };
  variants: Record<VariantId, VariantResult>;
  weights?: PageWeight[];
  /** Per page type, stored instead of `weights` for an atlas (a row per page is too much). */
  weightTypes?: TypeWeight[];
  pagefind?: { bytes: number; files: number };
  search?: SearchResult;
  searchError?: string;
}

export interface CorpusOptions {
  root: string;
  /** Where builds run: a private copy of the project (see shadow.ts). */
  buildRoot: string;
  runs: number;
  env: NodeJS.ProcessEnv;
  search: boolean;
  variants: VariantId[];
  log: (line: string) => void;
  timeoutMs: number;
}

/** Run every step of one corpus; failures are recorded, never thrown. */
export async function benchCorpus(spec: CorpusSpec, opts: CorpusOptions): Promise<CorpusResult> {
  // Absolute paths: builds run in the private copy of the project (opts.buildRoot).
  const work = join(opts.root, '.bench', spec.id);
  const dirs = (v: VariantId) => ({
    ATLAS_OUT_DIR: join(work, `out-${v}`),
    ATLAS_CACHE_DIR: join(work, `cache-${v}`),
  });
  const base: NodeJS.ProcessEnv = {
    ...opts.env,
    ...(spec.atlas
      ? { ATLAS_PLANS: join(opts.root, spec.planDir) }
      : { PLAN_DIR: join(opts.root, spec.planDir) }),
    ATLAS_GENERATED_DIR: join(work, 'generated'),
    NODE_ENV: 'production',
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (spec.atlas) delete base.PLAN_DIR;
  // An atlas is measured as a whole build: its parts are the single-plan corpora's figures.
  const measured = spec.atlas ? opts.variants.filter((v) => v === 'full') : opts.variants;
  const commands: Record<VariantId, [string, string[], NodeJS.ProcessEnv]> = {
    generate: ['node', ['scripts/generate.ts'], base],
    full: ['npm', ['run', '--silent', 'build'], { ...base, ...dirs('full') }],
    bare: ['npx', ['astro', 'build'], { ...base, ...dirs('bare'), ATLAS_BARE: '1' }],
    unified: [
      'npm',
      ['run', '--silent', 'build'],
      { ...base, ...dirs('unified'), ATLAS_MARKDOWN: 'unified' },
    ],
  };
  const results = {} as Record<VariantId, StepResult[]>;
  for (const v of measured) results[v] = [];

  for (let run = 1; run <= opts.runs; run++) {
    for (const v of measured) {
      // The bare build reads what the full build generated: skip it if that failed.
      if (v === 'bare' && !results.full?.some((r) => r.ok) && measured.includes('full')) {
        continue;
      }
      const [cmd, args, env] = commands[v];
      if (v !== 'generate') {
        await rm(env.ATLAS_OUT_DIR!, { recursive: true, force: true });
        await rm(env.ATLAS_CACHE_DIR!, { recursive: true, force: true });
      }
      const step = await runStep(cmd, args, {
        cwd: opts.buildRoot,
        env,
        timeoutMs: opts.timeoutMs,
      });
      results[v].push(step);
      opts.log(
        `  ${spec.id} ${v} run ${run}: ${step.ok ? `${(step.ms / 1000).toFixed(2)} s` : `FAILED (exit ${step.code})`}`,
      );
      if (!step.ok) opts.log(excerpt(step.output, 8).replace(/^/gm, '    | '));
    }
  }

  const variants = {} as Record<VariantId, VariantResult>;
  for (const v of measured) {
    const outDir = commands[v][2].ATLAS_OUT_DIR;
    const pages = outDir && existsSync(outDir) ? htmlFiles(loadSite(outDir, '/')).length : 0;
    variants[v] = summarise(results[v], pages || undefined, opts.root, Boolean(spec.atlas));
  }
  const result: CorpusResult = { ...spec, variants };

  const fullOut = dirs('full').ATLAS_OUT_DIR;
  if (variants.full?.ok) {
    const weights = await pageWeights(fullOut, '/');
    if (spec.atlas) result.weightTypes = summariseWeights(weights);
    else result.weights = weights;
    result.pagefind = await treeSize(join(fullOut, 'pagefind'));
    if (opts.search) {
      try {
        if (spec.atlas) {
          // The first plan's words, asked on the atlas home and on that plan's home page.
          const first = (await readdir(join(fullOut, 'plans'))).sort()[0];
          const queries = await searchQueries(join(base.ATLAS_GENERATED_DIR!, first));
          // Only pages that have the dialog (an atlas home may have none yet).
          const pages = [`plans/${first}/`, ''].filter((page) =>
            readFileSync(join(fullOut, page, 'index.html'), 'utf8').includes('data-search-dialog'),
          );
          result.search = await measureSearch(fullOut, queries, pages, 5);
        } else {
          const queries = await searchQueries(base.ATLAS_GENERATED_DIR!);
          result.search = await measureSearch(fullOut, queries);
        }
      } catch (error) {
        result.searchError = (error as Error).message.split('\n')[0];
      }
    }
  }
  return result;
}

function summarise(
  steps: StepResult[],
  pages: number | undefined,
  root: string,
  atlas = false,
): VariantResult {
  const good = steps.filter((s) => s.ok);
  const failed = steps.find((s) => !s.ok);
  const ms = good.map((s) => s.ms);
  // Memory of a failed build says nothing about the build: successful runs only.
  const largest = (values: (number | undefined)[]) => {
    const known = values.filter((b): b is number => b !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
  const cpu = good.map((s) => s.cpuMs).filter((c): c is number => c !== undefined);
  const medianMs = ms.length ? median(ms) : undefined;
  return {
    ok: steps.length > 0 && !failed,
    runs: ms.map((m) => Math.round(m)),
    medianMs,
    peakRssBytes: largest(good.map((s) => s.peakRssBytes)),
    treeRssBytes: largest(good.map((s) => s.treeRssBytes)),
    cpuMs: cpu.length ? median(cpu) : undefined,
    pages,
    msPerPage: medianMs && pages ? medianMs / pages : undefined,
    phases: atlas ? atlasPhases(good.map((s) => s.output)) : phases(good.map((s) => s.output)),
    failure: failed
      ? excerpt(failed.output).replaceAll(root, '.')
      : steps.length
        ? undefined
        : 'skipped: the full build failed',
  };
}

/** Durations printed by Astro and our integrations: where a build's time goes. */
const PHASES: [string, RegExp][] = [
  ['content sync', /\[types\] Generated ([\d.]+)(m?s)/],
  ['static routes', /generating static routes[\s\S]*?Completed in ([\dm .]+?)(m?s)\./],
  ['astro total', /\[build\] \d+ page\(s\) built in ([\dm .]+?)(m?s)\n/],
  ['pagefind', /Indexed \d+ pages .* in (\d+) (ms)/],
];

/** Median of each phase found in the runs' output, in ms. */
export function phases(outputs: string[]): Record<string, number> | undefined {
  const found: Record<string, number> = {};
  for (const [name, re] of PHASES) {
    const values = outputs.flatMap((o) => {
      const m = re.exec(o);
      return m ? [toMs(m[1], m[2])] : [];
    });
    if (values.length) found[name] = Math.round(median(values));
  }
  return Object.keys(found).length ? found : undefined;
}

/**
 * An atlas build's steps (median ms over runs): its plans' Astro builds summed (each indexes its
 * pages), the atlas layer's Astro build (the last one), and the one link check over the whole.
 */
export function atlasPhases(outputs: string[]): Record<string, number> | undefined {
  const runs = outputs.flatMap((o) => {
    const builds = [...o.matchAll(/\[build\] \d+ page\(s\) built in ([\dm .]+?)(m?s)\n/g)].map(
      (m) => toMs(m[1], m[2]),
    );
    const finish = /atlas: \d+ pages searchable .*\((\d+) ms\)/.exec(o);
    if (builds.length < 2 || !finish) return [];
    const plans = builds.slice(0, -1).reduce((a, b) => a + b, 0);
    return [{ 'plan builds': plans, 'atlas layer': builds.at(-1)!, links: Number(finish[1]) }];
  });
  if (!runs.length) return undefined;
  const keys = Object.keys(runs[0]) as (keyof (typeof runs)[0])[];
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(runs.map((r) => r[k])))]));
}

/** "1m 23" + "s" → 83000; "7.65" + "s" → 7650; "137" + "ms" → 137. */
function toMs(value: string, unit: string): number {
  const minutes = /(\d+)m\s*/.exec(value);
  const rest = Number(value.replace(/\d+m\s*/, '').trim() || 0);
  return (minutes ? Number(minutes[1]) * 60_000 : 0) + (unit === 'ms' ? rest : rest * 1000);
}

/**
 * Queries from the plan itself, so no plan's words are built in: names of industries, places
 * and terms from the generated model (plan.json), interleaved, 24 at most.
 */
export async function searchQueries(generatedDir: string): Promise<string[]> {
  const model = JSON.parse(await readFile(join(generatedDir, 'plan.json'), 'utf8')) as {
    industries?: { name: string }[];
    places?: { name: string }[];
    terms?: { term: string }[];
  };
  const lists = [
    (model.industries ?? []).map((i) => i.name),
    (model.places ?? []).map((p) => p.name),
    (model.terms ?? []).map((t) => t.term),
  ];
  const queries: string[] = [];
  for (let i = 0; queries.length < 24 && lists.some((l) => i < l.length); i++) {
    for (const list of lists) if (i < list.length && queries.length < 24) queries.push(list[i]);
  }
  return [...new Set(queries)];
}
