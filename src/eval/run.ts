/** Run the pipeline on one corpus folder: its gold (checked against the text) and a view of the model. */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { buildModel } from '../pipeline/index.ts';
import { loadPlanInput } from '../pipeline/load.ts';
import { viewOf } from './compat.ts';
import type { Knowledge } from './foreign.ts';
import { checkGold } from './gold-check.ts';
import { parseGold } from './gold-load.ts';
import type { Gold } from './gold-types.ts';
import { knowledgeOf } from './knowledge.ts';
import type { ModelView } from './view-types.ts';

export interface PlanRun {
  /** The corpus folder's name. */
  id: string;
  gold: Gold;
  view: ModelView;
  knowledge: Knowledge;
  /** The plan's source text. */
  source: string;
}

/** Evaluate-ready data of the corpus folder `folder` (relative to root or absolute). */
export function runPlan(folder: string, root: string): PlanRun {
  const dir = resolve(root, folder);
  const goldPath = join(dir, 'gold.yaml');
  const gold = parseGold(
    readFileSync(goldPath, 'utf8'),
    relative(root, goldPath).split('\\').join('/'),
  );
  const planDir = gold.planDir ? resolve(root, gold.planDir) : dir;
  const input = loadPlanInput(planDir, root);
  const source = new TextDecoder().decode(input.bytes);
  checkGold(gold, source);
  return {
    id: basename(dir),
    gold,
    view: viewOf(buildModel(input)),
    knowledge: knowledgeOf(root, planDir),
    source,
  };
}
