/**
 * The project's settings, read from the environment in one place: scripts, the Astro config,
 * integrations, pages and the test harness take their values (and defaults) from here, and a bad
 * value fails with one clear message instead of sending two steps to two different folders.
 */

/** The environment as Node gives it (`process.env`) or as a test writes it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Markdown processors the build can render with (`ATLAS_MARKDOWN`). */
export const MARKDOWN_PROCESSORS = ['satteri', 'unified'] as const;
export type MarkdownProcessor = (typeof MARKDOWN_PROCESSORS)[number];

/** The parts of an atlas (`ATLAS_PART`): one plan's pages, or the atlas layer around them. */
export const ATLAS_PARTS = ['plan', 'atlas'] as const;
export type AtlasPart = (typeof ATLAS_PARTS)[number];

export interface Settings {
  /** `PLAN_DIR`: the plan folder to build (relative to the project, or absolute). */
  readonly planDir: string;
  /** True when `PLAN_DIR` is set: `npm run build` builds that plan alone, else the atlas. */
  readonly planDirSet: boolean;
  /** `ATLAS_PLANS`: the atlas's folders, each a plan folder or a folder of plan folders. */
  readonly atlasPlans: readonly string[];
  /**
   * `ATLAS_ROOT_PLAN`: the plan whose site of its own was served at the base before it became an
   * atlas; its old URLs redirect to `plans/<id>/`. Unset: the one plan of an atlas of one.
   */
  readonly atlasRootPlan: string | undefined;
  /**
   * `ATLAS_PART` (set by the atlas build for its sub-builds only): `plan` builds one plan's pages
   * inside an atlas, `atlas` the atlas layer; undefined for a site of one plan.
   */
  readonly atlasPart: AtlasPart | undefined;
  /** `ATLAS_ROOT` (set with `ATLAS_PART`): the atlas's base path; a plan's base is under it. */
  readonly atlasRoot: string | undefined;
  /**
   * `ATLAS_DIR` (set with `ATLAS_PART=plan`): the atlas's generated folder (its model), so a
   * plan's pages link to the cross-plan pages of what it shares with other plans.
   */
  readonly atlasDir: string | undefined;
  /** `ATLAS_GENERATED_DIR`: where the pipeline writes and the site reads. */
  readonly generatedDir: string;
  /** `ATLAS_OUT_DIR`: where `astro build` writes the site. */
  readonly outDir: string;
  /** `ATLAS_CACHE_DIR`: Astro's cache, so builds can run side by side. */
  readonly cacheDir: string;
  /** `SITE_URL`, else derived from `GITHUB_REPOSITORY`: the origin, without a trailing slash. */
  readonly site: string;
  /** `BASE_PATH`, else derived from `GITHUB_REPOSITORY`: starts and ends with "/". */
  readonly base: string;
  /** `ATLAS_BARE=1`: the benchmark's bare build (MDX only, no integrations of ours). */
  readonly bare: boolean;
  /** `ATLAS_MARKDOWN`: the processor pages are rendered with (Astro's default is Sätteri). */
  readonly markdown: MarkdownProcessor;
  /** `VITEST` (set by Vitest): Astro's config is loaded by a test, not by a dev server. */
  readonly vitest: boolean;
  /** Where the end-to-end tests find the built site. */
  readonly e2e: {
    /** `ATLAS_E2E_DIST`: the build output the tests serve. */
    readonly dist: string;
    /** `ATLAS_E2E_BASE`: the base path that build was made for. */
    readonly base: string;
    /** `ATLAS_E2E_SITE`: the origin that build was configured with (its SITE_URL). */
    readonly site: string;
    /** `ATLAS_E2E_ATLAS_DIST`: the build of the fixture atlas (same base and origin). */
    readonly atlasDist: string;
  };
  /** `CHROMIUM_PATH`: the browser the e2e tests and the benchmark drive. */
  readonly chromium: string;
}

/** Every default, written once. */
export const DEFAULTS = {
  planDir: 'content/plans/shanghai-sei-2021',
  atlasPlans: ['content/plans'],
  generatedDir: 'src/generated',
  outDir: 'dist',
  cacheDir: 'node_modules/.astro',
  site: 'http://localhost:4321',
  base: '/',
  markdown: 'satteri',
  e2e: {
    dist: 'dist-test',
    base: '/shanghai-plan/',
    site: 'https://acme.github.io',
    atlasDist: 'dist-atlas-test',
  },
  chromium: '/usr/bin/chromium',
} as const;

/** A variable with a value the project cannot use; the message says which and what to write. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads and checks every setting; throws a SettingsError listing each bad value. */
export function readSettings(env: Env): Settings {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() ?? '';
  const check = <T>(name: string, read: (raw: string) => T, fallback: T): T => {
    const raw = value(name);
    if (raw === '') return fallback; // CI passes unset variables as ""
    try {
      return read(raw);
    } catch (error) {
      problems.push(`${name}=${JSON.stringify(env[name])}: ${(error as Error).message}`);
      return fallback;
    }
  };
  const derived = fromRepository(value('GITHUB_REPOSITORY'));
  const settings: Settings = {
    planDir: check('PLAN_DIR', folder, DEFAULTS.planDir),
    planDirSet: value('PLAN_DIR') !== '',
    atlasPlans: check<readonly string[]>('ATLAS_PLANS', folders, DEFAULTS.atlasPlans),
    atlasRootPlan: check<string | undefined>('ATLAS_ROOT_PLAN', (raw) => raw, undefined),
    atlasPart: check<AtlasPart | undefined>('ATLAS_PART', part, undefined),
    atlasRoot: check<string | undefined>('ATLAS_ROOT', basePath, undefined),
    atlasDir: check<string | undefined>('ATLAS_DIR', folder, undefined),
    generatedDir: check('ATLAS_GENERATED_DIR', folder, DEFAULTS.generatedDir),
    outDir: check('ATLAS_OUT_DIR', folder, DEFAULTS.outDir),
    cacheDir: check('ATLAS_CACHE_DIR', folder, DEFAULTS.cacheDir),
    site: check('SITE_URL', origin, derived.site),
    base: check('BASE_PATH', basePath, derived.base),
    bare: check('ATLAS_BARE', flag, false),
    markdown: check('ATLAS_MARKDOWN', processor, DEFAULTS.markdown),
    vitest: value('VITEST') !== '',
    e2e: {
      dist: check('ATLAS_E2E_DIST', folder, DEFAULTS.e2e.dist),
      base: check('ATLAS_E2E_BASE', basePath, DEFAULTS.e2e.base),
      site: check('ATLAS_E2E_SITE', origin, DEFAULTS.e2e.site),
      atlasDist: check('ATLAS_E2E_ATLAS_DIST', folder, DEFAULTS.e2e.atlasDist),
    },
    chromium: check('CHROMIUM_PATH', folder, DEFAULTS.chromium),
  };
  // Checked together only once each value is sound (a bad value is reported as itself).
  if (problems.length === 0) problems.push(...atlasProblems(settings));
  if (problems.length > 0)
    throw new SettingsError(
      `bad environment variable${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  return Object.freeze({
    ...settings,
    atlasPlans: Object.freeze([...settings.atlasPlans]),
    e2e: Object.freeze(settings.e2e),
  });
}

/** The atlas variables only make sense together: a part needs its root, and a base under it. */
function atlasProblems({ atlasPart, atlasRoot, base }: Settings): string[] {
  if (atlasPart === undefined && atlasRoot === undefined) return [];
  if (atlasPart === undefined)
    return ['ATLAS_ROOT is set without ATLAS_PART: the atlas build sets both, or neither'];
  if (atlasRoot === undefined)
    return [`ATLAS_PART=${atlasPart} needs ATLAS_ROOT, the atlas's base path (e.g. /)`];
  if (!base.startsWith(atlasRoot))
    return [
      `BASE_PATH=${base} is not under ATLAS_ROOT=${atlasRoot}: a part lives inside its atlas`,
    ];
  return [];
}

let current: Settings | undefined;

/** This process's settings, read from `process.env` on first use (a child process reads its own). */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}

/** A path without its trailing slashes ("out/" → "out"); the root stays "/". */
function folder(raw: string): string {
  return raw.replace(/(?<=.)\/+$/, '');
}

/** A comma-separated list of folders ("content/plans, more/"); empty items are skipped. */
function folders(raw: string): string[] {
  const list = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(folder);
  if (list.length === 0) throw new Error('names no folder; write e.g. content/plans,more/plans');
  return list;
}

function part(raw: string): AtlasPart {
  const known = ATLAS_PARTS.find((name) => name === raw);
  if (!known)
    throw new Error(
      `unknown part; write one of ${ATLAS_PARTS.join(', ')} (the atlas build sets it for its sub-builds)`,
    );
  return known;
}

/** An http(s) origin (and optional path) without the trailing slash. */
function origin(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(
      'not an http(s) URL; write the origin the site is served from, e.g. https://example.org',
    );
  if (url.search || url.hash)
    throw new Error('has a query or fragment; write the origin only, e.g. https://example.org');
  return raw.replace(/\/+$/, '');
}

/** A base path: "/atlas" → "/atlas/"; it must start with "/" and be a plain path. */
function basePath(raw: string): string {
  if (!raw.startsWith('/'))
    throw new Error(`must start with "/"; write ${JSON.stringify(normaliseBase(raw))}`);
  if (/[\s?#\\]/.test(raw) || raw.split('/').some((part) => part === '.' || part === '..'))
    throw new Error(
      'must be a plain path (no spaces, "?", "#", "\\", "." or ".." parts), e.g. /atlas/',
    );
  return normaliseBase(raw);
}

/** "1" is on; "0" is off. */
function flag(raw: string): boolean {
  if (raw === '1') return true;
  if (raw === '0') return false;
  throw new Error('write 1 to switch it on, or leave it unset');
}

function processor(raw: string): MarkdownProcessor {
  const known = MARKDOWN_PROCESSORS.find((name) => name === raw);
  if (!known) throw new Error(`unknown processor; write one of ${MARKDOWN_PROCESSORS.join(', ')}`);
  return known;
}

/**
 * GITHUB_REPOSITORY ("owner/repo", set by GitHub Actions) gives https://owner.github.io/repo/,
 * or the root for an owner.github.io repository; a malformed value is ignored.
 */
function fromRepository(repo: string): { site: string; base: string } {
  const [owner, name] = /^[\w.-]+\/[\w.-]+$/.test(repo) ? repo.split('/') : [];
  if (!owner || !name) return { site: DEFAULTS.site, base: DEFAULTS.base };
  const userSite = name.toLowerCase() === `${owner.toLowerCase()}.github.io`;
  return {
    site: `https://${owner.toLowerCase()}.github.io`,
    base: userSite ? '/' : `/${name}/`,
  };
}

/** "/a/b" → "/a/b/", "" → "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
