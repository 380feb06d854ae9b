/** Where the page being built sits in an atlas (src/settings.ts: ATLAS_PART, ATLAS_ROOT, ATLAS_DIR). */
import { basename, join, resolve } from 'node:path';
import { ATLAS_FILES } from '../atlas/emit.ts';
import { readAtlasModel } from '../atlas/read.ts';
import { MANIFEST_PATH } from '../components/search/params.ts';
import { settings } from '../settings.ts';
import { crossPlan, type CrossPlan } from './cross-plan.ts';
import { memoise } from './memo.ts';
import { withBase } from './url.ts';

/** The atlas home's URL when the build is a plan's part of an atlas; else undefined. */
export function atlasHome(): string | undefined {
  const { atlasPart, atlasRoot } = settings();
  return atlasPart === 'plan' ? atlasRoot : undefined;
}

/** The atlas's list of search indexes (search/indexes.json) when the build is part of an atlas. */
export function searchManifestUrl(): string | undefined {
  const { atlasPart, atlasRoot } = settings();
  return atlasPart === undefined || atlasRoot === undefined
    ? undefined
    : withBase(atlasRoot, MANIFEST_PATH);
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
