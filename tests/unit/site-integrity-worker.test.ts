import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/utils/integrity/worker.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-built-'));
  await mkdir(join(dir, 'plan'));
  await mkdir(join(dir, 'data'));
  await writeFile(
    join(dir, 'index.html'),
    '<a href="/repo/plan/#p1">p</a><a href="/repo/gone/">x</a>' +
      '<a href="https://acme.github.io/repo/data/plan.json">data</a>' +
      '<a href="https://acme.github.io/repo/data/gone.json">gone</a>',
  );
  await writeFile(join(dir, 'plan/index.html'), '<p id="p1">one</p><a href="/repo/#top2">t</a>');
  await writeFile(join(dir, 'data/plan.json'), '{}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const job = (site: string) => runJob({ check: 'links', dir, base: '/repo/', site });

describe('the link check a build runs on a worker', () => {
  it('gives one line per problem, naming the page and the URL as written', () => {
    expect(job('https://acme.github.io')).toEqual([
      'missing-page: /repo/ → /repo/gone/: <a> no file serves this URL',
      'missing-page: /repo/ → https://acme.github.io/repo/data/gone.json: <a> no file serves this URL',
      'missing-anchor: /repo/plan/ → /repo/#top2: <a> no id "top2" on the page',
    ]);
  });

  it('checks absolute URLs on the site’s own origin only', () => {
    expect(job('https://other.org')).toEqual([
      'missing-page: /repo/ → /repo/gone/: <a> no file serves this URL',
      'missing-anchor: /repo/plan/ → /repo/#top2: <a> no id "top2" on the page',
    ]);
  });
});
