/**
 * Step 3 of an atlas build until the atlas model (src/atlas/model/) lands: the atlas layer's
 * generated folder holds the list of plans only (`plans.json`: id, titles, level and region when
 * known, the plan's site path), read back by the `plans` content collection.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { PlanMeta } from '../../pipeline/types.ts';
import { planLevel } from '../../schemas/plan.ts';
import type { PlanFolder } from './find-plans.ts';
import { planPath } from './parts.ts';

/** One plan in the atlas's list. */
export const atlasPlanEntry = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  level: planLevel.optional(),
  region: z.string().optional(),
  /** The plan's home, as a site path without the base ("plans/<id>/"). */
  path: z.string(),
});
export type AtlasPlanEntry = z.infer<typeof atlasPlanEntry>;

/** The file of the list, in the atlas layer's generated folder. */
export const PLANS_FILE = 'plans.json';

/** A plan of the atlas once generated: its folder and its generated tree. */
export interface GeneratedPlan extends PlanFolder {
  generated: string;
}

/** The list entry of a plan, from its generated plan.json (level and region from plan.yaml, else
 *  read from the text by the pipeline). */
export function planEntry(plan: GeneratedPlan): AtlasPlanEntry {
  const [record] = JSON.parse(readFileSync(join(plan.generated, 'data', 'plan.json'), 'utf8')) as {
    meta: Pick<PlanMeta, 'titleEn' | 'shortTitle' | 'level' | 'region'>;
  }[];
  const { titleEn, shortTitle, level, region } = record.meta;
  return {
    id: plan.id,
    title: titleEn,
    shortTitle,
    ...(level ? { level } : {}),
    ...(region ? { region } : {}),
    path: planPath(plan.id),
  };
}

/** Writes the atlas layer's generated folder `dir` for `plans` (in atlas order). */
export function writeAtlasLayer(dir: string, plans: readonly GeneratedPlan[]): void {
  mkdirSync(dir, { recursive: true });
  const entries = plans.map(planEntry);
  writeFileSync(join(dir, PLANS_FILE), `${JSON.stringify(entries, null, 2)}\n`);
}
