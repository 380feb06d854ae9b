/** Where the page being built sits in an atlas (src/settings.ts: ATLAS_PART, ATLAS_ROOT, ATLAS_DIR). */
import { basename, join, resolve } from 'node:path';
import { ATLAS_FILES } from '../atlas/emit.ts';
import { readAtlasModel } from '../atlas/read.ts';
import { settings } from '../settings.ts';
import { crossPlan, type CrossPlan } from './cross-plan.ts';
import { memoise } from './memo.ts';
import { withBase } from './url.ts';

/** The atlas home's URL when the build is a plan's part of an atlas; else undefined. */
export function atlasHome(): string | undefined {
  const { atlasPart, atlasRoot } = settings();
  return atlasPart === 'plan' ? atlasRoot : undefined;
}

/** The base path the search index lives under: the atlas's one index, else the site's own. */
export function searchBase(base: string): string {
  return atlasHome() ?? base;
}

/**
 * This plan's links to the atlas's cross-plan pages, from the atlas model the orchestrator wrote
 * before any plan's build (read once); undefined in a site of one plan.
 */
export const crossPlanLinks = memoise((): CrossPlan | undefined => {
  const { atlasPart, atlasDir, planDir } = settings();
  if (atlasPart !== 'plan' || atlasDir === undefined) return undefined;
  const model = readAtlasModel(atlasDir);
  const planId = basename(resolve(planDir)); // as find-plans.ts names it
  if (!model.plans.some((p) => p.id === planId))
    throw new Error(
      `${join(atlasDir, ATLAS_FILES.atlas)}: the atlas has no plan "${planId}" (PLAN_DIR=${planDir})`,
    );
  return crossPlan(model, planId);
});

/** A cross-plan page's URL (its site path under the atlas's base). */
export function atlasLink(path: string): string {
  return withBase(atlasHome() ?? '/', path);
}
