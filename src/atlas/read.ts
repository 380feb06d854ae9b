/** A plan's generated model read back from its generated folder (plan.json, as emit wrote it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanModel } from '../pipeline/types.ts';

/** The PlanModel in `<generatedDir>/plan.json` (the file `npm run generate` writes). */
export function readPlanModel(generatedDir: string): PlanModel {
  const file = join(generatedDir, 'plan.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as PlanModel;
  if (typeof model?.meta?.id !== 'string' || !Array.isArray(model.targets))
    throw new Error(`${file}: not a generated plan model; run \`npm run generate\` for this plan`);
  return model;
}
