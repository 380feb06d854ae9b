/**
 * Step 3 of an atlas build until the atlas model (src/atlas/model/) lands: the atlas layer's
 * generated folder holds the list of plans only (`plans.json`: id, titles, level and region when
 * plan.yaml gives them, the plan's site path), read back by the `plans` content collection.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { PlanFolder } from './find-plans.ts';
import { planPath } from './parts.ts';

/** One plan in the atlas's list. */
export const atlasPlanEntry = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  level: z.string().optional(),
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

/** The list entry of a plan: titles from its generated plan.json, level and region from plan.yaml. */
export function planEntry(plan: GeneratedPlan, root: string): AtlasPlanEntry {
  const [record] = JSON.parse(readFileSync(join(plan.generated, 'data', 'plan.json'), 'utf8')) as {
    meta: { titleEn: string; shortTitle: string };
  }[];
  const yamlFile = resolve(root, plan.dir, 'plan.yaml');
  const given: unknown = existsSync(yamlFile) ? parse(readFileSync(yamlFile, 'utf8')) : undefined;
  const field = (name: 'level' | 'region') => {
    const value = (given as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' && value.trim() !== '' ? { [name]: value.trim() } : {};
  };
  return {
    id: plan.id,
    title: record.meta.titleEn,
    shortTitle: record.meta.shortTitle,
    ...field('level'),
    ...field('region'),
    path: planPath(plan.id),
  };
}

/** Writes the atlas layer's generated folder `dir` for `plans` (in atlas order). */
export function writeAtlasLayer(dir: string, plans: readonly GeneratedPlan[], root: string): void {
  mkdirSync(dir, { recursive: true });
  const entries = plans.map((plan) => planEntry(plan, root));
  writeFileSync(join(dir, PLANS_FILE), `${JSON.stringify(entries, null, 2)}\n`);
}
