/** `npm run generate` as a function: load a plan folder, build the model, emit, write atomically. */
import { isAbsolute, relative, resolve } from 'node:path';
import { modelCounts, type ModelCounts } from './counts.ts';
import { emit } from './emit/index.ts';
import { buildModel } from './index.ts';
import { loadPlanInput } from './load.ts';
import type { PlanModel } from './types.ts';
import { writeTree } from './write.ts';

export interface GenerateOptions {
  /** Project root: relative paths below are resolved against it, and messages name files from it. */
  root: string;
  planDir: string;
  outDir: string;
}

export interface GenerateResult {
  model: PlanModel;
  counts: ModelCounts;
  files: number;
  /** Output directory: relative to the root when inside it, else absolute. */
  outDir: string;
}

/** Generate the site's content for one plan; the output dir is untouched if anything fails. */
export function generate(options: GenerateOptions): GenerateResult {
  const model = buildModel(loadPlanInput(options.planDir, options.root));
  const files = emit(model);
  const out = resolve(options.root, options.outDir);
  writeTree(out, files);
  return {
    model,
    counts: modelCounts(model),
    files: files.size,
    outDir: shown(options.root, out),
  };
}

function shown(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
