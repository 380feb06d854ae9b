/** The corpus: every folder of tests/corpus with a gold.yaml, run and scored, sorted by id. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scorePlan } from './evaluate.ts';
import { runPlan } from './run.ts';
import { corpusTotals } from './score.ts';
import type { PlanScores } from './score-types.ts';

export const CORPUS_DIR = 'tests/corpus';

export interface CorpusScores {
  plans: PlanScores[];
  total: PlanScores;
}

/** Ids of the corpus folders (those holding a gold.yaml), sorted. */
export function corpusIds(root: string): string[] {
  const dir = join(root, CORPUS_DIR);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'gold.yaml')))
    .map((e) => e.name)
    .sort();
}

/** Score the corpus (or only the plans in `only`). */
export function scoreCorpus(root: string, only?: string[]): CorpusScores {
  const ids = only ?? corpusIds(root);
  const plans = ids.map((id) => {
    const run = runPlan(join(CORPUS_DIR, id), root);
    return scorePlan(run.id, run.gold, run.view, run.knowledge, run.source);
  });
  return { plans, total: corpusTotals(plans) };
}
