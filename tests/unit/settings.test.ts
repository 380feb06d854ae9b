import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { normaliseBase, readSettings, SettingsError } from '../../src/settings.ts';

describe('readSettings', () => {
  test('an empty environment gives every default', () => {
    expect(readSettings({})).toEqual({
      planDir: 'content/plans/shanghai-sei-2021',
      planDirSet: false,
      atlasPlans: ['content/plans'],
      atlasRootPlan: undefined,
      atlasPart: undefined,
      atlasRoot: undefined,
      atlasDir: undefined,
      generatedDir: 'src/generated',
      outDir: 'dist',
      cacheDir: 'node_modules/.astro',
      site: 'http://localhost:4321',
      base: '/',
      bare: false,
      markdown: 'satteri',
      vitest: false,
      e2e: {
        dist: 'dist-test',
        base: '/shanghai-plan/',
        site: 'https://acme.github.io',
        atlasDist: 'dist-atlas-test',
      },
      chromium: '/usr/bin/chromium',
    });
  });

  test('the values are frozen', () => {
    const settings = readSettings({});
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.e2e)).toBe(true);
    expect(Object.isFrozen(settings.atlasPlans)).toBe(true);
  });

  test('every value is trimmed: a stray space cannot send two steps to two folders', () => {
    const settings = readSettings({
      PLAN_DIR: ' content/plans/x/ ',
      ATLAS_PLANS: ' a/ , b ',
      ATLAS_ROOT_PLAN: ' shanghai ',
      ATLAS_PART: ' plan ',
      ATLAS_ROOT: ' /atlas ',
      ATLAS_DIR: ' /tmp/gen/atlas/ ',
      ATLAS_GENERATED_DIR: '  /tmp/gen/\n',
      ATLAS_OUT_DIR: '\tout ',
      ATLAS_CACHE_DIR: ' cache//',
      SITE_URL: ' https://example.org/ ',
      BASE_PATH: ' /atlas ',
      ATLAS_BARE: ' 1 ',
      ATLAS_MARKDOWN: ' unified',
      ATLAS_E2E_DIST: ' d ',
      ATLAS_E2E_BASE: ' /b ',
      ATLAS_E2E_SITE: ' http://localhost:9 ',
      ATLAS_E2E_ATLAS_DIST: ' da/ ',
      CHROMIUM_PATH: ' /opt/chromium ',
    });
    expect(settings).toEqual({
      planDir: 'content/plans/x',
      planDirSet: true,
      atlasPlans: ['a', 'b'],
      atlasRootPlan: 'shanghai',
      atlasPart: 'plan',
      atlasRoot: '/atlas/',
      atlasDir: '/tmp/gen/atlas',
      generatedDir: '/tmp/gen',
      outDir: 'out',
      cacheDir: 'cache',
      site: 'https://example.org',
      base: '/atlas/',
      bare: true,
      markdown: 'unified',
      vitest: false,
      e2e: { dist: 'd', base: '/b/', site: 'http://localhost:9', atlasDist: 'da' },
      chromium: '/opt/chromium',
    });
  });

  test('empty and blank values count as unset (CI passes unset variables as "")', () => {
    expect(
      readSettings({
        PLAN_DIR: ' ',
        ATLAS_PLANS: '',
        ATLAS_ROOT_PLAN: ' ',
        ATLAS_PART: '',
        ATLAS_ROOT: ' ',
        ATLAS_GENERATED_DIR: '',
        ATLAS_OUT_DIR: '  ',
        ATLAS_BARE: '',
        VITEST: '',
      }),
    ).toEqual(readSettings({}));
  });

  test('ATLAS_BARE=0 is off; VITEST set by Vitest is seen', () => {
    expect(readSettings({ ATLAS_BARE: '0', VITEST: 'true' })).toMatchObject({
      bare: false,
      vitest: true,
    });
  });

  test('a root folder keeps its slash', () => {
    expect(readSettings({ ATLAS_OUT_DIR: '/' }).outDir).toBe('/');
  });

  test.each([
    [{ BASE_PATH: 'atlas' }, 'BASE_PATH="atlas": must start with "/"; write "/atlas/"'],
    [
      { BASE_PATH: '/a b/' },
      'BASE_PATH="/a b/": must be a plain path (no spaces, "?", "#", "\\", "." or ".." parts), e.g. /atlas/',
    ],
    [
      { ATLAS_E2E_BASE: '/x/../y' },
      'ATLAS_E2E_BASE="/x/../y": must be a plain path (no spaces, "?", "#", "\\", "." or ".." parts), e.g. /atlas/',
    ],
    [
      { SITE_URL: 'example.org' },
      'SITE_URL="example.org": not an http(s) URL; write the origin the site is served from, e.g. https://example.org',
    ],
    [
      { SITE_URL: 'ftp://example.org' },
      'SITE_URL="ftp://example.org": not an http(s) URL; write the origin the site is served from, e.g. https://example.org',
    ],
    [
      { SITE_URL: 'https://example.org/?a=1' },
      'SITE_URL="https://example.org/?a=1": has a query or fragment; write the origin only, e.g. https://example.org',
    ],
    [{ ATLAS_BARE: 'yes' }, 'ATLAS_BARE="yes": write 1 to switch it on, or leave it unset'],
    [
      { ATLAS_PLANS: ' , ,' },
      'ATLAS_PLANS=" , ,": names no folder; write e.g. content/plans,more/plans',
    ],
    [
      { ATLAS_PART: 'site', ATLAS_ROOT: '/' },
      'ATLAS_PART="site": unknown part; write one of plan, atlas (the atlas build sets it for its sub-builds)',
    ],
    [
      { ATLAS_PART: 'atlas', ATLAS_ROOT: 'atlas' },
      'ATLAS_ROOT="atlas": must start with "/"; write "/atlas/"',
    ],
    [{ ATLAS_PART: 'plan' }, "ATLAS_PART=plan needs ATLAS_ROOT, the atlas's base path (e.g. /)"],
    [
      { ATLAS_ROOT: '/' },
      'ATLAS_ROOT is set without ATLAS_PART: the atlas build sets both, or neither',
    ],
    [
      { ATLAS_PART: 'plan', ATLAS_ROOT: '/atlas/', BASE_PATH: '/plans/x/' },
      'BASE_PATH=/plans/x/ is not under ATLAS_ROOT=/atlas/: a part lives inside its atlas',
    ],
    [
      { ATLAS_MARKDOWN: 'remark' },
      'ATLAS_MARKDOWN="remark": unknown processor; write one of satteri, unified',
    ],
  ])('%j fails with a clear message', (env, message) => {
    expect(() => readSettings(env)).toThrow(
      new SettingsError(`bad environment variable:\n  ${message}`),
    );
  });

  test('every bad value is listed at once', () => {
    expect(() => readSettings({ BASE_PATH: 'atlas', ATLAS_MARKDOWN: 'Unified' })).toThrow(
      new SettingsError(
        [
          'bad environment variables:',
          '  BASE_PATH="atlas": must start with "/"; write "/atlas/"',
          '  ATLAS_MARKDOWN="Unified": unknown processor; write one of satteri, unified',
        ].join('\n'),
      ),
    );
  });
});

describe('atlas settings', () => {
  test('ATLAS_PLANS lists folders, in the order given, without trailing slashes or blanks', () => {
    expect(
      readSettings({ ATLAS_PLANS: 'content/plans,tests/fixtures/atlas/,, x ' }).atlasPlans,
    ).toEqual(['content/plans', 'tests/fixtures/atlas', 'x']);
  });

  test('PLAN_DIR set picks a site of one plan; its default alone does not', () => {
    expect(readSettings({ PLAN_DIR: 'content/plans/shanghai-sei-2021' }).planDirSet).toBe(true);
    expect(readSettings({}).planDirSet).toBe(false);
  });

  test('a plan part lives under its atlas root; the atlas part at it', () => {
    const plan = { ATLAS_PART: 'plan', ATLAS_ROOT: '/atlas', BASE_PATH: '/atlas/plans/x' };
    expect(readSettings(plan)).toMatchObject({
      atlasPart: 'plan',
      atlasRoot: '/atlas/',
      base: '/atlas/plans/x/',
    });
    const atlas = { ATLAS_PART: 'atlas', ATLAS_ROOT: '/', BASE_PATH: '/' };
    expect(readSettings(atlas)).toMatchObject({ atlasPart: 'atlas', atlasRoot: '/', base: '/' });
  });
});

describe('site and base', () => {
  const where = (env: Record<string, string>) => {
    const { site, base } = readSettings(env);
    return { site, base };
  };

  test('a project repository is served from <owner>.github.io/<repo>/', () => {
    expect(where({ GITHUB_REPOSITORY: 'acme/shanghai-plan' })).toEqual({
      site: 'https://acme.github.io',
      base: '/shanghai-plan/',
    });
  });

  test('a user or organisation repository <owner>.github.io is served from the root', () => {
    expect(where({ GITHUB_REPOSITORY: 'acme/acme.github.io' })).toEqual({
      site: 'https://acme.github.io',
      base: '/',
    });
    expect(where({ GITHUB_REPOSITORY: 'Acme/ACME.github.io' })).toEqual({
      site: 'https://acme.github.io',
      base: '/',
    });
  });

  test('the owner is lower-cased in the host but the repository keeps its case in the path', () => {
    expect(where({ GITHUB_REPOSITORY: 'Acme/Shanghai-Plan' })).toEqual({
      site: 'https://acme.github.io',
      base: '/Shanghai-Plan/',
    });
  });

  test('SITE_URL and BASE_PATH override the repository (custom domain)', () => {
    expect(
      where({
        GITHUB_REPOSITORY: 'acme/shanghai-plan',
        SITE_URL: 'https://example.org',
        BASE_PATH: '/',
      }),
    ).toEqual({ site: 'https://example.org', base: '/' });
    expect(where({ SITE_URL: 'https://example.org/', BASE_PATH: '/plans/shanghai' })).toEqual({
      site: 'https://example.org',
      base: '/plans/shanghai/',
    });
  });

  test('BASE_PATH alone keeps the origin derived from the repository', () => {
    expect(where({ GITHUB_REPOSITORY: 'acme/shanghai-plan', BASE_PATH: '/atlas' })).toEqual({
      site: 'https://acme.github.io',
      base: '/atlas/',
    });
  });

  test('empty SITE_URL and BASE_PATH (unset CI variables) keep the derived values', () => {
    expect(where({ GITHUB_REPOSITORY: 'acme/shanghai-plan', SITE_URL: '', BASE_PATH: '' })).toEqual(
      { site: 'https://acme.github.io', base: '/shanghai-plan/' },
    );
    expect(where({ GITHUB_REPOSITORY: '', SITE_URL: '' })).toEqual({
      site: 'http://localhost:4321',
      base: '/',
    });
  });

  test('a malformed GITHUB_REPOSITORY is ignored', () => {
    expect(where({ GITHUB_REPOSITORY: 'no-slash' })).toEqual({
      site: 'http://localhost:4321',
      base: '/',
    });
  });
});

describe('normaliseBase', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['repo/', '/repo/'],
    ['/a/b', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('astro.config.mjs', () => {
  const load = async (env: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    vi.resetModules();
    try {
      return (await import('../../astro.config.mjs')).default;
    } finally {
      vi.unstubAllEnvs();
    }
  };

  test('takes site, base and folders from the settings, with a trailing slash on every URL', async () => {
    const config = await load({
      GITHUB_REPOSITORY: 'acme/shanghai-plan',
      SITE_URL: '',
      BASE_PATH: undefined,
      ATLAS_OUT_DIR: ' /tmp/atlas-out/ ',
    });
    expect([config.site, config.base, config.trailingSlash, config.outDir]).toEqual([
      'https://acme.github.io',
      '/shanghai-plan/',
      'always',
      '/tmp/atlas-out',
    ]);
  });

  test('refuses a bad setting', async () => {
    await expect(load({ BASE_PATH: 'atlas' })).rejects.toThrow(
      'BASE_PATH="atlas": must start with "/"',
    );
  });
});

describe('npm run build', () => {
  test('stops on a bad setting before generating or building anything', () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = join(tmpdir(), `atlas-settings-${process.pid}`);
    const run = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, ATLAS_OUT_DIR: out, BASE_PATH: 'shanghai-plan', SITE_URL: 'acme' },
      encoding: 'utf8',
    });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      1,
      '',
      [
        'error: bad environment variables:',
        '  SITE_URL="acme": not an http(s) URL; write the origin the site is served from, e.g. https://example.org',
        '  BASE_PATH="shanghai-plan": must start with "/"; write "/shanghai-plan/"',
        '',
      ].join('\n'),
    ]);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
