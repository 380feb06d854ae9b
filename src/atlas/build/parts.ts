/**
 * Where each step of an atlas build reads and writes, and the environment of each Astro
 * sub-build: one per plan (`ATLAS_PART=plan` under `<base>plans/<id>/`) and one of the atlas
 * layer (`ATLAS_PART=atlas` at `<base>`), and their caches. The orchestrator (index.ts) builds.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PlanFolder } from './find-plans.ts';

/** The staging folders of a build whose results go to `out` and `generated` (absolute). */
export interface Staging {
  /** The next generated tree: `<plan-id>/` per plan and `atlas/` (sibling of `generated`). */
  generated: string;
  /** The next site (sibling of `out`, so that the swap is a rename). */
  out: string;
  /** Each plan's site before it moves to `<out>/plans/<id>/` (on the same file system). */
  parts: string;
}

/** Sibling staging folders: the final swap is a rename on one file system. */
export function stagingFor(out: string, generated: string): Staging {
  const sibling = (dir: string, suffix: string) =>
    join(dirname(dir), `.${basename(dir)}-${suffix}`);
  return {
    generated: sibling(generated, 'next'),
    out: sibling(out, 'next'),
    parts: sibling(out, 'parts'),
  };
}

/** A plan's site path inside the atlas, without the base: "plans/<id>/". */
export function planPath(id: string): string {
  return `plans/${id}/`;
}

/** The generated folder of the atlas layer, inside the staged generated tree. */
export const ATLAS_GENERATED = 'atlas';

/** What one Astro sub-build is: its name for the log, and the variables it runs with. */
export interface PartBuild {
  name: string;
  env: Record<string, string>;
}

interface Where {
  /** The atlas's base path ("/" or "/repo/") and origin. */
  base: string;
  site: string;
  staging: Staging;
  /** The atlas build's Astro cache; each sub-build takes a folder of its own inside it. */
  cacheDir: string;
}

/** The sub-build of one plan's pages, under `<base>plans/<id>/`. */
export function planPart(plan: PlanFolder, where: Where): PartBuild {
  return {
    name: `plan ${plan.id}`,
    env: {
      ATLAS_PART: 'plan',
      ATLAS_ROOT: where.base,
      BASE_PATH: where.base + planPath(plan.id),
      SITE_URL: where.site,
      PLAN_DIR: plan.dir,
      ATLAS_GENERATED_DIR: join(where.staging.generated, plan.id),
      // The atlas model, written before any plan's build: its pages link to the cross-plan pages.
      ATLAS_DIR: join(where.staging.generated, ATLAS_GENERATED),
      ATLAS_OUT_DIR: join(where.staging.parts, plan.id),
      ATLAS_CACHE_DIR: join(where.cacheDir, 'parts', `plan-${plan.id}`),
    },
  };
}

/** The sub-build of the atlas layer, at `<base>`. */
export function atlasPart(where: Where): PartBuild {
  return {
    name: 'atlas layer',
    env: {
      ATLAS_PART: 'atlas',
      ATLAS_ROOT: where.base,
      BASE_PATH: where.base,
      SITE_URL: where.site,
      ATLAS_GENERATED_DIR: join(where.staging.generated, ATLAS_GENERATED),
      ATLAS_OUT_DIR: where.staging.out,
      ATLAS_CACHE_DIR: join(where.cacheDir, 'parts', 'atlas'),
    },
  };
}

/** The file in the sub-builds' cache folder naming the generated folder they were made from. */
const CACHE_SOURCE = 'generated-from.txt';

/**
 * Empties the sub-builds' caches when they were made from another generated folder (another
 * ATLAS_GENERATED_DIR): Astro's content cache keeps each entry's file path, and a build whose
 * cache names files that no longer exist fails to resolve them. True when it emptied them.
 */
export function resetStalePartCaches(cacheDir: string, generated: string): boolean {
  const parts = join(cacheDir, 'parts');
  const source = join(parts, CACHE_SOURCE);
  const stale =
    existsSync(parts) && (!existsSync(source) || readFileSync(source, 'utf8') !== generated);
  if (stale) rmSync(parts, { recursive: true, force: true });
  mkdirSync(parts, { recursive: true });
  writeFileSync(source, generated);
  return stale;
}
