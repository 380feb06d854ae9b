/**
 * Writes the atlas layer's generated folder: the collections' JSON files (plans, industries,
 * measures, places), and the data for reuse served at /data/ (atlas.json, targets.csv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { json } from '../pipeline/emit/data.ts';
import type { PlanModel } from '../pipeline/types.ts';
import type { AtlasModel } from '../schemas/atlas.ts';
import { targetsCsv, type SiteAddress } from './emit-csv.ts';
import { atlasModel } from './model/index.ts';
import { planPaths } from './model/paths.ts';

/** The files, relative to the atlas generated folder. */
export const ATLAS_FILES = {
  plans: 'plans.json',
  industries: 'industries.json',
  measures: 'measures.json',
  places: 'places.json',
  atlas: 'data/atlas.json',
  targets: 'data/targets.csv',
} as const;

/** Path → content of every file of the atlas layer's generated folder (pure). */
export function atlasFiles(
  plans: readonly PlanModel[],
  where: SiteAddress,
): { model: AtlasModel; files: Map<string, string> } {
  const model = atlasModel(plans);
  const withPaths = plans.map((plan) => ({ model: plan, paths: planPaths(plan) }));
  const files = new Map<string, string>([
    [ATLAS_FILES.plans, json(model.plans)],
    [ATLAS_FILES.industries, json(model.industries)],
    [ATLAS_FILES.measures, json(model.measures)],
    [ATLAS_FILES.places, json(model.places)],
    [ATLAS_FILES.atlas, json(model)],
    [ATLAS_FILES.targets, targetsCsv(withPaths, where)],
  ]);
  return { model, files };
}

/** Writes the atlas of `plans` into `dir` (created if need be); returns the model. */
export function emitAtlas(
  plans: readonly PlanModel[],
  dir: string,
  where: SiteAddress,
): AtlasModel {
  const { model, files } = atlasFiles(plans, where);
  for (const [path, content] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return model;
}
