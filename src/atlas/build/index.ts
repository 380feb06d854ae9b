/**
 * `npm run build` without PLAN_DIR: the atlas of ATLAS_PLANS (ATLAS.md, "Data flow"). Find the
 * plans; generate each; join them into the atlas layer's data; one Astro build per plan and one
 * of the atlas layer, one after another (Astro writes .astro/ under the project root, so two
 * builds in one tree break each other), each indexing its own pages for search; the list of
 * those indexes and one link check over the whole; then swap staging into place. A failure anywhere leaves dist/ and src/generated/ as they were.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorLines } from '../../pipeline/report.ts';
import { PlanInputError } from '../../pipeline/types.ts';
import { ATLAS_MARKER, replaceDir } from '../../pipeline/write.ts';
import type { Settings } from '../../settings.ts';
import { readAtlasModel } from '../read.ts';
import { findPlans } from './find-plans.ts';
import { finishAtlas } from './finish.ts';
import { generatePlans } from './generate-plans.ts';
import { keepOldUrls, rootPlan } from './redirects.ts';
import { writeAtlasSitemap } from './sitemap.ts';
import {
  ATLAS_GENERATED,
  atlasPart,
  planPart,
  resetStalePartCaches,
  stagingFor,
  type PartBuild,
  type Staging,
} from './parts.ts';

export interface AtlasBuildOptions {
  /** The project root: folders in the settings are relative to it. */
  root: string;
  settings: Settings;
  /** Runs `astro build` in the project with these extra variables; false when it failed. */
  astroBuild: (env: Record<string, string>) => boolean | Promise<boolean>;
  log?: (line: string) => void;
}

/** A step that failed with its own message already printed (Astro prints its errors). */
class StepFailed extends Error {}

/** Builds the atlas; true when dist/ and the generated folder were replaced. */
export async function buildAtlas(options: AtlasBuildOptions): Promise<boolean> {
  const { root, settings } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const out = resolve(root, settings.outDir);
  const generated = resolve(root, settings.generatedDir);
  const staging = stagingFor(out, generated);
  const where = {
    base: settings.base,
    site: settings.site,
    staging,
    cacheDir: resolve(root, settings.cacheDir),
  };
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  cleanUp(staging);
  try {
    const plans = findPlans(settings.atlasPlans, root);
    log(`atlas: ${planCount(plans.length)} (${plans.map((p) => p.id).join(', ')})`);
    const oldRoot = rootPlan(plans, settings.atlasRootPlan);
    // Generation and the join (ATLAS.md steps 2 and 3) in a child process: the models end with it.
    await generatePlans(
      {
        root,
        plans,
        generated: staging.generated,
        atlas: join(staging.generated, ATLAS_GENERATED),
        where: { base: settings.base, site: settings.site },
      },
      log,
    );
    writeFileSync(
      join(staging.generated, ATLAS_MARKER),
      `${JSON.stringify({ plans: plans.map(({ id, dir }) => ({ id, dir })) }, null, 2)}\n`,
    );

    if (resetStalePartCaches(where.cacheDir, staging.generated))
      log('atlas: the sub-builds’ caches were made from another generated folder; emptied them');
    const parts: PartBuild[] = [...plans.map((plan) => planPart(plan, where)), atlasPart(where)];
    for (const [i, part] of parts.entries()) {
      log(`atlas: building ${part.name} (${i + 1} of ${parts.length}) at ${part.env.BASE_PATH}`);
      if (!(await options.astroBuild(part.env)))
        throw new StepFailed(`building ${part.name} failed`);
    }
    mkdirSync(join(staging.out, 'plans'), { recursive: true });
    for (const plan of plans)
      renameSync(join(staging.parts, plan.id), join(staging.out, 'plans', plan.id));
    // After every build (so in no sitemap and no index), before the link check of their targets.
    if (oldRoot) keepOldUrls(staging.out, oldRoot, where, log);
    const ids = plans.map((plan) => plan.id);
    writeAtlasSitemap(staging.out, ids, settings.site, settings.base);

    const { indexed, ms } = await finishAtlas(
      staging.out,
      settings.base,
      settings.site,
      readAtlasModel(join(staging.generated, ATLAS_GENERATED)).plans,
    );
    log(
      `atlas: ${indexed} pages searchable in ${plans.length + 1} indexes; every link resolves and every page is reachable from the atlas home (${ms} ms)`,
    );
    replaceDir(staging.generated, generated);
    replaceDir(staging.out, out);
    log(`atlas: ${planCount(plans.length)}, ${countPages(out)} pages in ${seconds()}`);
    return true;
  } catch (error) {
    for (const line of failureLines(error)) console.error(line);
    return false;
  } finally {
    cleanUp(staging);
  }
}

/** What a failure prints: the input error with its file, line and hint, or the message. */
function failureLines(error: unknown): string[] {
  if (error instanceof PlanInputError) return errorLines(error);
  // AtlasPlansError, OutputDirError, StepFailed, a Pagefind or link-check failure: the message.
  if (error instanceof Error) return [`error: ${error.message}`];
  throw error;
}

function cleanUp(staging: Staging): void {
  for (const dir of Object.values(staging)) rmSync(dir, { recursive: true, force: true });
}

const planCount = (n: number) => `${n} plan${n === 1 ? '' : 's'}`;

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html'))
    .length;
}
