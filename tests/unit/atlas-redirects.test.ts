/**
 * The old URLs of a plan that had the site to itself (src/atlas/build/redirects.ts): which plan,
 * which of its files are kept at their old path, the redirect page itself, and writing them into
 * a staged atlas, whose link check then passes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  keptFiles,
  redirectPage,
  rootPlan,
  servedAt,
  writeRedirects,
} from '../../src/atlas/build/redirects.ts';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { listFiles } from '../../src/checks/site.ts';

const temp = mkdtempSync(join(tmpdir(), 'atlas-redirects-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('rootPlan', () => {
  const plans = [{ id: 'a' }, { id: 'b' }];
  test('the one plan of an atlas of one; none of an atlas of many', () => {
    expect(rootPlan([{ id: 'shanghai' }], undefined)).toBe('shanghai');
    expect(rootPlan(plans, undefined)).toBeUndefined();
  });

  test('the plan ATLAS_ROOT_PLAN names, which must be one of the atlas', () => {
    expect(rootPlan(plans, 'b')).toBe('b');
    expect(() => rootPlan(plans, 'c')).toThrow(
      'ATLAS_ROOT_PLAN=c is no plan of the atlas (a, b): write one of them, or leave it unset',
    );
  });
});

describe('keptFiles', () => {
  test('every page and data file the atlas layer does not serve; no asset, no sitemap', () => {
    const taken = new Set([
      'index.html',
      '404.html',
      'search/index.html',
      'industries/ic/index.html',
    ]);
    const files = [
      '404.html',
      '_astro/page.css',
      'about/index.html',
      'data/plan.json',
      'favicon.svg',
      'index.html',
      'industries/ic/index.html',
      'industries/index.html',
      'industries/solar/index.html',
      'plans/x/index.html',
      'search/index.html',
      'sitemap-0.xml',
    ];
    expect(keptFiles(files, (file) => taken.has(file))).toEqual([
      { kind: 'redirect', file: 'about/index.html' },
      { kind: 'copy', file: 'data/plan.json' },
      { kind: 'redirect', file: 'industries/index.html' },
      { kind: 'redirect', file: 'industries/solar/index.html' },
    ]);
  });
});

describe('servedAt', () => {
  test.each([
    ['index.html', ''],
    ['plan/index.html', 'plan/'],
    ['old.html', 'old.html'],
    ["it's a/é/index.html", 'it%27s%20a/%C3%A9/'],
  ])('%s is served at %s', (file, path) => expect(servedAt(file)).toBe(path));
});

describe('redirectPage', () => {
  const script = 'location.hash&&location.replace("/repo/plans/p/plan/"+location.hash)';
  const hash = createHash('sha256').update(script).digest('base64');

  test('as Astro writes a static redirect, with a script that keeps the #fragment', () => {
    expect(redirectPage('/repo/plan/', '/repo/plans/p/plan/', 'https://acme.github.io')).toBe(
      [
        '<!doctype html>',
        '<html lang="en">',
        '<meta charset="utf-8">',
        `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-${hash}'">`,
        '<title>Redirecting to: /repo/plans/p/plan/</title>',
        `<script>${script}</script>`,
        '<meta http-equiv="refresh" content="0;url=/repo/plans/p/plan/">',
        '<meta name="robots" content="noindex">',
        '<link rel="canonical" href="https://acme.github.io/repo/plans/p/plan/">',
        '<body>',
        '\t<a href="/repo/plans/p/plan/">Redirecting from <code>/repo/plan/</code> to <code>/repo/plans/p/plan/</code></a>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  test('markup in a path stays text: escaped in HTML, and no "</script>" in the script', () => {
    const page = redirectPage('/a/"><b>/', '/b/</script><i>/', 'https://acme.github.io');
    expect(page).not.toMatch(/<(b|i|\/script><i)>/);
    expect(page).toContain('<code>/a/&#34;&#62;&#60;b&#62;/</code>');
    expect(page).toContain('location.replace("/b/\\u003c/script>\\u003ci>/"+location.hash)');
  });
});

describe('writeRedirects', () => {
  /** Writes `files` (path → text) under `dir`. */
  const write = (dir: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

  test('redirects the pages the atlas layer lacks, copies the data, and the links check', () => {
    const out = join(temp, 'atlas');
    write(out, {
      'index.html': page('<a href="/repo/plans/p/">P</a><a href="/repo/search/">Search</a>'),
      '404.html': page('<a href="/repo/">Atlas</a>'),
      'search/index.html': page('atlas search'),
      'data/atlas.json': '{}',
      'plans/p/index.html': page('<a href="plan/">Plan</a><a href="search/">Search</a>'),
      'plans/p/plan/index.html': page('<p id="b1">text</p><a href="../data/plan.json">data</a>'),
      'plans/p/search/index.html': page('plan search'),
      'plans/p/data/plan.json': '{"plan":1}',
      'plans/p/favicon.svg': '<svg/>',
    });
    expect(writeRedirects(out, 'p', '/repo/', 'https://acme.github.io')).toEqual({
      pages: 1,
      files: 1,
    });
    expect(listFiles(out).filter((file) => !file.startsWith('plans/'))).toEqual([
      '404.html',
      'data/atlas.json',
      'data/plan.json',
      'index.html',
      'plan/index.html',
      'search/index.html',
    ]);
    expect(readFileSync(join(out, 'data/plan.json'), 'utf8')).toBe('{"plan":1}');
    expect(readFileSync(join(out, 'plan/index.html'), 'utf8')).toBe(
      redirectPage('/repo/plan/', '/repo/plans/p/plan/', 'https://acme.github.io'),
    );
    expect(readFileSync(join(out, 'search/index.html'), 'utf8')).toBe(page('atlas search'));
    const problems = checkLinks({ dir: out, base: '/repo/', site: 'https://acme.github.io' });
    expect(formatLinkProblems(problems)).toBe('');
  });
});
