import { expect, test } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { E2E } from './harness/config.ts';
import { builtPages } from './harness/pages.ts';

test('no broken internal link, anchor or asset, and every page is reachable from the home page', () => {
  const problems = checkLinks({ dir: E2E.dist, base: E2E.base, site: E2E.site });
  expect(formatLinkProblems(problems)).toBe('');
});

test('the build has the pages the design card names', () => {
  const paths = new Set(builtPages().map((page) => page.path.slice(E2E.base.length)));
  const expected = ['', 'plan/', 'industries/', 'goals/', 'targets/', 'places/', 'projects/'];
  expected.push('glossary/', 'search/', 'about/', '404.html');
  expect(expected.filter((path) => !paths.has(path))).toEqual([]);
});

test('the whole model is published at data/plan.json', async () => {
  const { readFile } = await import('node:fs/promises');
  const model = JSON.parse(await readFile(`${E2E.dist}/data/plan.json`, 'utf8')) as object;
  expect(Object.keys(model)).toEqual(expect.arrayContaining(['meta', 'sections', 'industries']));
});
