/** The pages a build injects: Astro's file-based routing rules, applied to src/routes/<part>/. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  isRouteFile,
  partRoutes,
  routePattern,
  routesFolder,
  routesIn,
} from '../../src/integrations/routes.ts';

describe('routePattern', () => {
  test.each([
    ['index.astro', '/'],
    ['404.astro', '/404'],
    ['search.astro', '/search'],
    ['about/index.astro', '/about'],
    ['data/plan.json.ts', '/data/plan.json'],
    ['goals/[id].astro', '/goals/[id]'],
    ['goals/[...page].astro', '/goals/[...page]'],
    ['plan/index.astro', '/plan'],
    ['plan/[...part].astro', '/plan/[...part]'],
    ['notes.md', '/notes'],
  ])('%s → %s', (file, pattern) => {
    expect(routePattern(file)).toBe(pattern);
  });
});

describe('isRouteFile', () => {
  test.each([
    ['index.astro', true],
    ['data/plan.json.ts', true],
    ['_helper.ts', false],
    ['_parts/card.astro', false],
    ['styles.css', false],
    ['README', false],
  ])('%s → %s', (file, expected) => {
    expect(isRouteFile(file)).toBe(expected);
  });
});

describe('routesFolder', () => {
  test('a site of one plan and a plan inside an atlas take the plan pages; the atlas part its own', () => {
    expect([routesFolder(undefined), routesFolder('plan'), routesFolder('atlas')]).toEqual([
      'plan',
      'plan',
      'atlas',
    ]);
  });
});

describe('routesIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('lists the pages and endpoints of a folder, sorted by file', () => {
    for (const file of ['search.astro', 'index.astro', 'a/[id].astro', 'a/_part.astro', 'x.css']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    expect(routesIn(dir)).toEqual([
      { pattern: '/a/[id]', entrypoint: join(dir, 'a/[id].astro') },
      { pattern: '/', entrypoint: join(dir, 'index.astro') },
      { pattern: '/search', entrypoint: join(dir, 'search.astro') },
    ]);
  });

  test('the plan pages of the repository: the home, the 404 page and the data file among them', () => {
    const plan = routesIn(resolve(import.meta.dirname, '../../src/routes/plan'));
    expect(plan.map((r) => r.pattern)).toEqual(
      expect.arrayContaining(['/', '/404', '/search', '/data/plan.json', '/industries/[id]']),
    );
  });
});

describe('partRoutes', () => {
  const all = [{ pattern: '/' }, { pattern: '/404' }, { pattern: '/search' }];
  test('a plan inside an atlas has no 404 page of its own; a site of one plan and the atlas do', () => {
    expect(partRoutes('plan', all)).toEqual([{ pattern: '/' }, { pattern: '/search' }]);
    expect(partRoutes(undefined, all)).toEqual(all);
    expect(partRoutes('atlas', all)).toEqual(all);
  });
});
