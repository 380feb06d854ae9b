/** The atlas model read back from the atlas's generated folder (data/atlas.json, as emit wrote it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasModel } from '../schemas/atlas.ts';
import { ATLAS_FILES } from './emit.ts';

/** The AtlasModel in `<atlasDir>/data/atlas.json`; a clear error when it is missing or not one. */
export function readAtlasModel(atlasDir: string): AtlasModel {
  const file = join(atlasDir, ATLAS_FILES.atlas);
  const fix = 'build the atlas with `npm run build` (PLAN_DIR unset), which writes it first';
  let model: AtlasModel;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as AtlasModel;
  } catch (error) {
    throw new Error(`${file}: cannot read the atlas model (${(error as Error).message}); ${fix}`);
  }
  if (!Array.isArray(model?.plans) || !Array.isArray(model.industries))
    throw new Error(`${file}: not an atlas model; ${fix}`);
  return model;
}
