import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuilt } from '../../src/utils/integrity/built.ts';
import { runJob } from '../../src/utils/integrity/worker.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-built-'));
  await mkdir(join(dir, 'plan'));
  await mkdir(join(dir, 'data'));
  await writeFile(
    join(dir, 'index.html'),
    '<a href="/repo/plan/#p1">p</a><a href="/repo/gone/">x</a>',
  );
  await writeFile(join(dir, 'plan/index.html'), '<p id="p1">one</p><a href="/repo/#top">t</a>');
  await writeFile(join(dir, 'data/plan.json'), '{}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readBuilt', () => {
  it('maps pages to URL paths under the base with their ids and links; other files as paths', () => {
    const site = readBuilt(dir, '/repo/');
    expect(Object.fromEntries(site.pages)).toEqual({
      '/repo/': { ids: '', repeated: '', links: '/repo/plan/#p1\n/repo/gone/' },
      '/repo/plan/': { ids: 'p1\n', repeated: '', links: '/repo/#top' },
    });
    expect([...site.files]).toEqual(['/repo/data/plan.json']);
  });
});

describe('the link check a worker runs', () => {
  it('reports the missing page and the missing anchor, nothing else', () => {
    expect(runJob({ check: 'links', dir, base: '/repo/' })).toEqual([
      '/repo/: link "/repo/gone/" points to a page that does not exist',
      '/repo/plan/: link "/repo/#top" points to a missing anchor: no id "top" on /repo/',
    ]);
  });
});
