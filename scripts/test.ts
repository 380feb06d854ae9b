/**
 * The one test command (`npm test`): format check, type check, unit tests, a production build
 * of the default plan and one of the fixture atlas under a base path, and browser tests against
 * those builds. Each step prints its time; the first failure stops the run with a non-zero
 * exit. `npm test -- unit e2e` runs only the named steps (e2e reuses the last dist-test/ and
 * dist-atlas-test/ builds).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { DEFAULTS } from '../src/settings.ts';
import { E2E, E2E_ATLAS_PLANS } from '../tests/e2e/harness/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
/** Node 24 (the one running this script) and the project's tools come first on PATH. */
const PATH = [dirname(process.execPath), BIN, process.env.PATH].join(delimiter);

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** For vitest steps: where its JSON report goes, to count tests. */
  report?: string;
}

interface Counts {
  files: number;
  passed: number;
  failed: number;
  skipped: number;
}

const tmp = await mkdtemp(join(tmpdir(), 'atlas-test-'));
const vitest = (project: string, env?: Record<string, string>): Step => {
  const report = join(tmp, `${project}.json`);
  const args = ['run', '--project', project, '--reporter=default', '--reporter=json'];
  return {
    name: project,
    command: 'vitest',
    args: [...args, `--outputFile.json=${report}`],
    env,
    report,
  };
};

const STEPS: Step[] = [
  { name: 'format', command: 'prettier', args: ['--check', '.'] },
  { name: 'generate', command: process.execPath, args: ['scripts/generate.ts'] },
  { name: 'check', command: 'astro', args: ['check'] },
  vitest('unit'),
  {
    name: 'build',
    command: 'npm',
    args: ['run', 'build'],
    // Deployed like a project site; a build started from a test run must still be production.
    env: {
      NODE_ENV: 'production',
      // A site of the default plan alone (without PLAN_DIR, npm run build builds the atlas).
      PLAN_DIR: DEFAULTS.planDir,
      BASE_PATH: E2E.base,
      SITE_URL: E2E.site,
      ATLAS_OUT_DIR: E2E.dist,
      ATLAS_CACHE_DIR: 'node_modules/.astro-test',
    },
  },
  {
    name: 'atlas',
    command: 'npm',
    args: ['run', 'build'],
    // The fixture atlas (PLAN_DIR unset), under the same base; its generated tree stays out of
    // src/generated/, which the e2e tests read as the single-plan build's.
    env: {
      NODE_ENV: 'production',
      PLAN_DIR: '',
      ATLAS_PLANS: E2E_ATLAS_PLANS,
      BASE_PATH: E2E.base,
      SITE_URL: E2E.site,
      ATLAS_OUT_DIR: E2E.atlasDist,
      ATLAS_GENERATED_DIR: join(tmp, 'atlas-generated'),
      ATLAS_CACHE_DIR: 'node_modules/.astro-atlas-test',
    },
  },
  vitest('e2e', {
    ATLAS_E2E_DIST: E2E.dist,
    ATLAS_E2E_BASE: E2E.base,
    ATLAS_E2E_SITE: E2E.site,
    ATLAS_E2E_ATLAS_DIST: E2E.atlasDist,
  }),
];

/** Runs one step with inherited output; resolves to its exit code. */
function run(step: Step): Promise<number> {
  return new Promise((done) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      stdio: 'inherit',
      // The network is closed here: Astro must not try to send telemetry.
      env: { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
    });
    child.on('error', (error) => {
      console.error(`cannot start ${step.command}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Test counts from a vitest JSON report (undefined when the run wrote none). */
async function countsOf(report: string): Promise<Counts | undefined> {
  try {
    const json = JSON.parse(await readFile(report, 'utf8')) as Record<string, number> & {
      testResults: unknown[];
    };
    return {
      files: json.testResults.length,
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  } catch {
    return undefined;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length) {
  console.error(
    `unknown step(s) ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`,
  );
  await rm(tmp, { recursive: true, force: true });
  process.exit(2);
}

/** The command line as a reader would type it. */
const shown = (step: Step) =>
  [step.command === process.execPath ? 'node' : step.command, ...step.args]
    .filter((arg) => !arg.startsWith('--outputFile'))
    .join(' ');

const timings: string[] = [];
const totals: Counts = { files: 0, passed: 0, failed: 0, skipped: 0 };
const started = performance.now();
let exitCode = 0;

const steps = STEPS.filter((step) => wanted.length === 0 || wanted.includes(step.name));
for (const step of steps) {
  // A stale build must never be tested: the build starts from an empty folder.
  if (step.name === 'build') await rm(join(ROOT, E2E.dist), { recursive: true, force: true });
  if (step.name === 'atlas') await rm(join(ROOT, E2E.atlasDist), { recursive: true, force: true });
  console.log(`\n▶ ${step.name}: ${shown(step)}`);
  const t0 = performance.now();
  const code = await run(step);
  const took = seconds(performance.now() - t0);
  const counts = step.report ? await countsOf(step.report) : undefined;
  let tests = '';
  if (counts) {
    for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += counts[key];
    tests = `, ${counts.passed} passed, ${counts.failed} failed in ${counts.files} files`;
  }
  const status = code === 0 ? 'passed' : `FAILED (exit ${code})`;
  console.log(`${code === 0 ? '✔' : '✖'} ${step.name} ${status} in ${took}${tests}`);
  timings.push(`  ${step.name.padEnd(9)} ${took.padStart(8)}  ${status}${tests}`);
  if (code !== 0) {
    exitCode = code;
    break;
  }
}

await rm(tmp, { recursive: true, force: true });
const total = seconds(performance.now() - started);
console.log(`\nSteps:\n${timings.join('\n')}\n  ${'total'.padEnd(9)} ${total.padStart(8)}`);
if (exitCode !== 0) console.log('npm test failed at the step marked FAILED.');
// The plain closing line CI reads: "N passed, N failed".
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(exitCode);
