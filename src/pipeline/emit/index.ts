/**
 * emit: PlanModel → generated files (relative path → content). Pure and deterministic:
 * MDX bodies are built as mdast and serialised in one place; data is JSON; no timestamps.
 */
import type { PlanModel } from '../types.ts';
import { dataFiles } from './data.ts';
import { goalFiles } from './goals.ts';
import { industryFiles } from './industries.ts';
import { blockIndex } from './lookup.ts';

/** Every generated file of the model, keys sorted. */
export function emit(model: PlanModel): Map<string, string> {
  const blocks = blockIndex(model);
  const files = [...industryFiles(model, blocks), ...goalFiles(model, blocks), ...dataFiles(model)];
  const out = new Map<string, string>();
  for (const [path, content] of files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (out.has(path)) throw new Error(`emit: two files at "${path}"`);
    out.set(path, content);
  }
  return out;
}
