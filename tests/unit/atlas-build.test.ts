/**
 * The atlas build (src/atlas/build/): which folders are plans, where each sub-build writes, and
 * the orchestrator end to end with Astro replaced by a fake that writes a few pages and indexes
 * them as the build's Pagefind integration does (generation, each part's index, the list of
 * indexes, the one link check and the swap are real): a failure at any step leaves the previous
 * site and generated tree byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { findPlans } from '../../src/atlas/build/find-plans.ts';
import { checkHeapMb } from '../../src/atlas/build/finish.ts';
import { buildAtlas } from '../../src/atlas/build/index.ts';
import {
  atlasPart,
  planPart,
  resetStalePartCaches,
  stagingFor,
} from '../../src/atlas/build/parts.ts';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { writeTree } from '../../src/pipeline/write.ts';
import { readSettings } from '../../src/settings.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('findPlans', () => {
  const dir = join(temp, 'find');
  beforeAll(() =>
    write(dir, {
      'many/b-plan/source.en.txt': 'B',
      'many/a-plan/source.en.txt': 'A',
      'many/.hidden/notes.txt': '',
      'many/readme.md': '',
      'one/source.en.txt': 'One',
      'twin/a-plan/source.en.txt': 'A again',
      'mixed/c-plan/source.en.txt': 'C',
      'mixed/drafts/notes.txt': '',
      'empty/.keep': '',
      'Bad Name/source.en.txt': 'x',
      'reserved/atlas/source.en.txt': 'x',
    }),
  );
  const at = (...folders: string[]) => findPlans(folders, dir);

  test('a plan folder, and a folder of plan folders, sorted by id', () => {
    expect(at('one', 'many')).toEqual([
      { id: 'a-plan', dir: 'many/a-plan' },
      { id: 'b-plan', dir: 'many/b-plan' },
      { id: 'one', dir: 'one' },
    ]);
  });

  test.each([
    [
      ['many', 'twin'],
      'two plans have the id "a-plan": many/a-plan and twin/a-plan; rename one folder (the id is its URL)',
    ],
    [['one', 'one/'], 'ATLAS_PLANS lists one twice'],
    [
      ['mixed'],
      'mixed/drafts: no source.en.txt; a folder of mixed must be a plan folder (add the text or move the folder out)',
    ],
    [['empty'], 'ATLAS_PLANS: empty holds no plan folder (a folder with source.en.txt)'],
    [
      ['nowhere'],
      'ATLAS_PLANS: nowhere is not a folder; list plan folders, or folders of plan folders',
    ],
    [
      ['Bad Name'],
      'Bad Name: "Bad Name" cannot be a plan id (its URL segment); name the folder with lower-case letters, digits and "-" only',
    ],
    [['reserved'], 'reserved/atlas: "atlas" is reserved by the atlas; rename the folder'],
  ])('%j fails: %s', (folders, message) => {
    expect(() => at(...folders)).toThrow(message);
  });
});

describe('the sub-builds', () => {
  const staging = stagingFor('/w/dist', '/w/src/generated');
  const where = { base: '/repo/', site: 'https://acme.github.io', staging, cacheDir: '/w/cache' };

  test('stage next to the output and the generated tree', () => {
    expect(staging).toEqual({
      generated: '/w/src/.generated-next',
      out: '/w/.dist-next',
      parts: '/w/.dist-parts',
    });
  });

  test('a plan is built under <base>plans/<id>/ from its own generated folder, with its own cache', () => {
    expect(planPart({ id: 'p1', dir: 'content/plans/p1' }, where)).toEqual({
      name: 'plan p1',
      env: {
        ATLAS_PART: 'plan',
        ATLAS_ROOT: '/repo/',
        BASE_PATH: '/repo/plans/p1/',
        SITE_URL: 'https://acme.github.io',
        PLAN_DIR: 'content/plans/p1',
        ATLAS_GENERATED_DIR: '/w/src/.generated-next/p1',
        ATLAS_DIR: '/w/src/.generated-next/atlas',
        ATLAS_OUT_DIR: '/w/.dist-parts/p1',
        ATLAS_CACHE_DIR: '/w/cache/parts/plan-p1',
      },
    });
  });

  test('the atlas layer is built at <base> into the staged site', () => {
    expect(atlasPart(where).env).toEqual({
      ATLAS_PART: 'atlas',
      ATLAS_ROOT: '/repo/',
      BASE_PATH: '/repo/',
      SITE_URL: 'https://acme.github.io',
      ATLAS_GENERATED_DIR: '/w/src/.generated-next/atlas',
      ATLAS_OUT_DIR: '/w/.dist-next',
      ATLAS_CACHE_DIR: '/w/cache/parts/atlas',
    });
  });
});

/** sha256 of every file under `dir`, by relative path. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const page = (body: string, marked = true) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><main${marked ? ' data-pagefind-body' : ''}><h1>Page</h1>${body}</main></body></html>`;

/** Astro, faked: a plan part writes a home and a search page; the atlas layer links every plan
 *  of the plans list the join step wrote; each part indexes its pages. `broken` adds a link
 *  nothing serves. */
function fakeAstro(options: { fail?: string; broken?: boolean } = {}) {
  const built: string[] = [];
  const astroBuild = async (env: Record<string, string>) => {
    built.push(env.BASE_PATH);
    if (env.BASE_PATH === options.fail) return false;
    const out = env.ATLAS_OUT_DIR;
    if (env.ATLAS_PART === 'plan') {
      const extra = options.broken ? `<a href="${env.BASE_PATH}gone/">x</a>` : '';
      write(out, {
        'index.html': page(
          `<a href="${env.ATLAS_ROOT}">Atlas</a><a href="search/">Search</a><p>solar</p>${extra}`,
        ),
        'search/index.html': page('', false),
      });
    } else {
      const plans = JSON.parse(
        readFileSync(join(env.ATLAS_GENERATED_DIR, 'plans.json'), 'utf8'),
      ) as { path: string; title: string }[];
      const links = plans.map((p) => `<a href="${env.BASE_PATH}${p.path}">${p.title}</a>`);
      write(out, { 'index.html': page(links.join('')), '404.html': page('', false) });
    }
    await indexSite(out);
    return true;
  };
  return { built, astroBuild };
}

describe('resetStalePartCaches', () => {
  test('keeps the caches of the same generated folder, empties those of another', () => {
    const cache = join(temp, 'stale-cache');
    const kept = join(cache, 'parts', 'plan-p1', 'data-store.json');
    expect(resetStalePartCaches(cache, '/gen/a')).toBe(false); // no caches yet
    write(cache, { 'parts/plan-p1/data-store.json': '{}' });
    expect(resetStalePartCaches(cache, '/gen/a')).toBe(false);
    expect(readdirSync(dirname(kept))).toEqual(['data-store.json']);
    expect(resetStalePartCaches(cache, '/gen/b')).toBe(true);
    expect(readdirSync(join(cache, 'parts'))).toEqual(['generated-from.txt']);
    // Caches from before the file existed are of an unknown folder: emptied too.
    rmSync(join(cache, 'parts', 'generated-from.txt'));
    write(cache, { 'parts/plan-p1/data-store.json': '{}' });
    expect(resetStalePartCaches(cache, '/gen/b')).toBe(true);
  });
});

describe('checkHeapMb', () => {
  test('a site of one plan keeps the single build’s 128 MB; 50 plans of 627 pages get more', () => {
    expect(checkHeapMb(0)).toBe(128);
    expect(checkHeapMb(627)).toBe(138);
    expect(checkHeapMb(50 * 627)).toBe(618);
  });
});

describe('buildAtlas', () => {
  const dist = join(temp, 'dist');
  const generated = join(temp, 'generated');
  const settings = (plans: string) =>
    readSettings({
      ATLAS_PLANS: plans,
      ATLAS_OUT_DIR: dist,
      ATLAS_GENERATED_DIR: generated,
      ATLAS_CACHE_DIR: join(temp, 'cache'),
      BASE_PATH: '/repo/',
      SITE_URL: 'https://acme.github.io',
    });
  const run = async (plans: string, fake = fakeAstro()) => {
    const lines: string[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const ok = await buildAtlas({
        root: ROOT,
        settings: settings(plans),
        astroBuild: fake.astroBuild,
        log: (line) => lines.push(line),
      });
      return { ok, lines, errors: errors.mock.calls.map((call) => String(call[0])), fake };
    } finally {
      errors.mockRestore();
    }
  };
  const twoPlans = 'tests/fixtures/plans/one-paragraph,tests/fixtures/plans/no-goals-cr';
  let before: { dist: Record<string, string>; generated: Record<string, string> };

  test('builds every plan under plans/<id>/, then the atlas layer, lists their indexes and swaps', async () => {
    const { ok, lines, errors, fake } = await run(twoPlans);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
    expect(fake.built).toEqual([
      '/repo/plans/no-goals-cr/',
      '/repo/plans/one-paragraph/',
      '/repo/',
    ]);
    expect(lines[0]).toBe('atlas: 2 plans (no-goals-cr, one-paragraph)');
    const finish = 'atlas: 3 pages searchable in 3 indexes; every link resolves and every page is';
    expect(lines.filter((line) => line.startsWith(finish))).toHaveLength(1);
    before = { dist: hashTree(dist), generated: hashTree(generated) };
    expect(
      Object.keys(before.dist)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual([
      '404.html',
      'index.html',
      'plans/no-goals-cr/index.html',
      'plans/no-goals-cr/search/index.html',
      'plans/one-paragraph/index.html',
      'plans/one-paragraph/search/index.html',
    ]);
    for (const part of ['', 'plans/no-goals-cr/', 'plans/one-paragraph/'])
      expect(Object.keys(before.dist)).toContain(`${part}pagefind/pagefind-entry.json`);
    const manifest = JSON.parse(readFileSync(join(dist, 'search/indexes.json'), 'utf8'));
    expect(manifest).toMatchObject({
      eager: true,
      atlas: { bundle: '/repo/pagefind/', pages: 1 },
      plans: [
        { id: 'no-goals-cr', bundle: '/repo/plans/no-goals-cr/pagefind/', pages: 1 },
        { id: 'one-paragraph', bundle: '/repo/plans/one-paragraph/pagefind/', pages: 1 },
      ],
    });
    expect(Object.keys(before.generated)).toEqual(
      expect.arrayContaining([
        'atlas-build.json',
        'atlas/plans.json',
        'atlas/data/atlas.json',
        'atlas/data/targets.csv',
        'no-goals-cr/data/plan.json',
        'one-paragraph/data/plan.json',
      ]),
    );
    // Nothing staged is left behind.
    expect(readdirSync(temp).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 60_000);

  test.each([
    [
      'bad input',
      'tests/fixtures/hostile/nul-bytes',
      {},
      'error: tests/fixtures/hostile/nul-bytes/source.en.txt:3: NUL byte: this looks like binary data, not text',
    ],
    [
      'a sub-build',
      twoPlans,
      { fail: '/repo/plans/one-paragraph/' },
      'error: building plan one-paragraph failed',
    ],
    [
      'the link check',
      twoPlans,
      { broken: true },
      'error: The built atlas has broken links or unreachable pages (2):',
    ],
  ])(
    'a failure at %s leaves the site and the generated tree byte-identical',
    async (_, plans, fail, message) => {
      const { ok, errors } = await run(plans, fakeAstro(fail));
      expect(ok).toBe(false);
      expect(errors[0].split('\n')[0]).toBe(message);
      expect({ dist: hashTree(dist), generated: hashTree(generated) }).toEqual(before);
      expect(readdirSync(temp).filter((name) => name.startsWith('.'))).toEqual([]);
    },
    60_000,
  );

  test('an atlas of one keeps its plan’s old URLs; naming a plan it lacks fails at once', async () => {
    const one = await run('tests/fixtures/plans/one-paragraph');
    expect(one.errors).toEqual([]);
    expect(one.lines).toContain(
      'atlas: one-paragraph keeps its old URLs: 1 page redirects to /repo/plans/one-paragraph/, 0 data files copied',
    );
    expect(readFileSync(join(dist, 'search/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0;url=/repo/plans/one-paragraph/search/">',
    );
    const fake = fakeAstro();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const named = { ...settings(twoPlans), atlasRootPlan: 'one' };
      expect(await buildAtlas({ root: ROOT, settings: named, astroBuild: fake.astroBuild })).toBe(
        false,
      );
      expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
        'error: ATLAS_ROOT_PLAN=one is no plan of the atlas (no-goals-cr, one-paragraph): write one of them, or leave it unset',
      ]);
      expect(fake.built).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  }, 60_000);
});

describe('the generated tree of an atlas', () => {
  test("may be replaced by one plan's (npm run generate, npm run dev after an atlas build)", () => {
    const dir = join(temp, 'swapped');
    write(dir, { 'atlas-build.json': '{}', 'p1/plan.json': '{}' });
    writeTree(dir, new Map([['plan.json', '{}']]));
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });
});
