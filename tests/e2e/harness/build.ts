/**
 * One real build of a plan folder into a temp dir (`npm run build` with PLAN_DIR and the output,
 * generated and cache folders pointed there), as a deploy would run it; or of an atlas
 * (PLAN_DIR unset, ATLAS_PLANS set).
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Variables vitest copies from import.meta.env into process.env; Astro would read them. */
const VITEST_ENV = /^(TEST|VITEST.*|SITE|BASE_URL|ASSETS_PREFIX|MODE|DEV|PROD|SSR)$/;

export interface PlanBuild {
  /** The plan folder (source.en.txt, plan.yaml, editorial/), or `{ atlas: ATLAS_PLANS }`. */
  plan: string | { atlas: string };
  /** Temp folder: generated/, dist/ and cache/ go in it. */
  temp: string;
  base: string;
  site: string;
  /** The project to build (a copy of this one, say); this one by default. */
  root?: string;
}

/** Builds the plan; resolves with the exit code and the build's output. */
export function buildPlan(build: PlanBuild): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k)));
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: build.root ?? ROOT,
      env: {
        ...env,
        PATH: [dirname(process.execPath), join(ROOT, 'node_modules/.bin'), env.PATH].join(
          delimiter,
        ),
        NODE_ENV: 'production',
        ...(typeof build.plan === 'string'
          ? { PLAN_DIR: build.plan }
          : { PLAN_DIR: '', ATLAS_PLANS: build.plan.atlas }),
        ATLAS_GENERATED_DIR: join(build.temp, 'generated'),
        ATLAS_OUT_DIR: join(build.temp, 'dist'),
        ATLAS_CACHE_DIR: join(build.temp, 'cache'),
        BASE_PATH: build.base,
        SITE_URL: build.site,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}
