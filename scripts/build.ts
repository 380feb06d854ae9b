/**
 * npm run build. With PLAN_DIR: a site of that plan alone: generate, then `astro build`, both
 * into staging folders; only when both succeed do the generated content and the site replace
 * the previous ones. Without PLAN_DIR: the atlas of ATLAS_PLANS (src/atlas/build/), with the
 * same guarantee. A failure at any step leaves the last good src/generated/ and dist/ exactly
 * as they were.
 * Settings (src/settings.ts): PLAN_DIR, ATLAS_PLANS, ATLAS_GENERATED_DIR, ATLAS_OUT_DIR,
 * ATLAS_CACHE_DIR.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { replaceDir } from '../src/pipeline/write.ts';
import { settings, SettingsError } from '../src/settings.ts';

const root = resolve(import.meta.dirname, '..');
const given = settingsOrExit();
const { generatedDir, outDir, cacheDir } = given;
const generated = resolve(root, generatedDir);
const out = resolve(root, outDir);
/** A sibling staging folder: same file system, so the final swap is a rename. */
const staging = (dir: string) => join(dirname(dir), `.${basename(dir)}-next`);
const next = { generated: staging(generated), out: staging(out) };

/** Node 24 (running this script) and the project's tools first, as under `npm run`. */
const PATH = [dirname(process.execPath), join(root, 'node_modules', '.bin'), process.env.PATH];
/**
 * The bundler (Rolldown) allocates with mimalloc, which kept what it freed: Astro then rendered
 * every page on top of the bundling's peak. Handing freed memory back at once (purge delay 0;
 * two glibc arenas for Node's own allocations) took the synthetic 100x plan's build from
 * 2.10 GiB (largest process) to 1.71-1.77 GiB, and its whole tree from 2.72 to 2.01 GiB.
 */
const memoryEnv = { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' };
const baseEnv = { ...process.env, ...memoryEnv, PATH: PATH.join(delimiter) };

/** The settings, or the exit with their error before anything is touched. */
function settingsOrExit() {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}

/** Runs one step in the foreground; false when it failed. */
function step(command: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

const astro = join(root, 'node_modules', '.bin', 'astro');
const failed = 'build failed: the previous generated content and site are unchanged.';

if (!given.planDirSet) {
  // Loaded only here: its modules cost a single plan's build 50 MB of the parent's memory.
  const { buildAtlas } = await import('../src/atlas/build/index.ts');
  const ok = await buildAtlas({
    root,
    settings: given,
    astroBuild: (env) => step(astro, ['build'], { ...baseEnv, ...env }),
  });
  if (!ok) {
    console.error(failed);
    process.exit(1);
  }
  console.log(`atlas written to ${basename(out)}/`);
  process.exit(0);
}

const env = { ...baseEnv, ATLAS_GENERATED_DIR: next.generated, ATLAS_OUT_DIR: next.out };
const cache = resolve(root, cacheDir);
const cleanUp = () => {
  for (const dir of Object.values(next)) rmSync(dir, { recursive: true, force: true });
  // Astro's content store remembers the staging paths; the next build or dev server must
  // read the swapped-in folder, so it starts from a fresh store (a re-sync takes a second).
  rmSync(join(cache, 'data-store.json'), { force: true });
};

cleanUp();
const ok =
  step(process.execPath, [join(root, 'scripts', 'generate.ts')], env) &&
  step(astro, ['build'], env);
if (!ok) {
  cleanUp();
  console.error(failed);
  process.exit(1);
}
replaceDir(next.generated, generated);
replaceDir(next.out, out);
cleanUp();
console.log(`site written to ${basename(out)}/`);
