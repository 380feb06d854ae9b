import { describe, expect, test, vi } from 'vitest';
import { normaliseBase, siteConfig } from '../../src/utils/site-config.ts';

describe('siteConfig', () => {
  test('a project repository is served from <owner>.github.io/<repo>/', () => {
    expect(siteConfig({ GITHUB_REPOSITORY: 'acme/shanghai-plan' })).toEqual({
      site: 'https://acme.github.io',
      base: '/shanghai-plan/',
    });
  });

  test('a user or organisation repository <owner>.github.io is served from the root', () => {
    expect(siteConfig({ GITHUB_REPOSITORY: 'acme/acme.github.io' })).toEqual({
      site: 'https://acme.github.io',
      base: '/',
    });
    expect(siteConfig({ GITHUB_REPOSITORY: 'Acme/ACME.github.io' })).toEqual({
      site: 'https://acme.github.io',
      base: '/',
    });
  });

  test('the owner is lower-cased in the host but the repository keeps its case in the path', () => {
    expect(siteConfig({ GITHUB_REPOSITORY: 'Acme/Shanghai-Plan' })).toEqual({
      site: 'https://acme.github.io',
      base: '/Shanghai-Plan/',
    });
  });

  test('SITE_URL and BASE_PATH override the repository (custom domain)', () => {
    expect(
      siteConfig({
        GITHUB_REPOSITORY: 'acme/shanghai-plan',
        SITE_URL: 'https://example.org',
        BASE_PATH: '/',
      }),
    ).toEqual({ site: 'https://example.org', base: '/' });
    expect(siteConfig({ SITE_URL: 'https://example.org/', BASE_PATH: 'plans/shanghai' })).toEqual({
      site: 'https://example.org',
      base: '/plans/shanghai/',
    });
  });

  test('BASE_PATH alone keeps the origin derived from the repository', () => {
    expect(siteConfig({ GITHUB_REPOSITORY: 'acme/shanghai-plan', BASE_PATH: '/atlas' })).toEqual({
      site: 'https://acme.github.io',
      base: '/atlas/',
    });
  });

  test('an empty environment builds for the root of a local preview', () => {
    expect(siteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(siteConfig({ GITHUB_REPOSITORY: '', SITE_URL: '' })).toEqual({
      site: 'http://localhost:4321',
      base: '/',
    });
  });

  test('empty SITE_URL and BASE_PATH (unset CI variables) keep the derived values', () => {
    expect(
      siteConfig({ GITHUB_REPOSITORY: 'acme/shanghai-plan', SITE_URL: '', BASE_PATH: '' }),
    ).toEqual({ site: 'https://acme.github.io', base: '/shanghai-plan/' });
  });

  test('a malformed GITHUB_REPOSITORY is ignored', () => {
    expect(siteConfig({ GITHUB_REPOSITORY: 'no-slash' })).toEqual({
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
  test('takes site and base from GITHUB_REPOSITORY, with a trailing slash on every URL', async () => {
    vi.stubEnv('GITHUB_REPOSITORY', 'acme/shanghai-plan');
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('BASE_PATH', undefined);
    vi.resetModules();
    try {
      const { default: config } = await import('../../astro.config.mjs');
      expect([config.site, config.base, config.trailingSlash]).toEqual([
        'https://acme.github.io',
        '/shanghai-plan/',
        'always',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
