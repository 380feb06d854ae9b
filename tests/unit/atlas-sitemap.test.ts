/** The atlas's one sitemap index: the atlas layer's sitemaps, then every plan's, in atlas order. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { sitemapIndex, sitemapPaths, writeAtlasSitemap } from '../../src/atlas/build/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = [
  'sitemap-index.xml',
  'sitemap-0.xml',
  'plans/b/sitemap-index.xml',
  'plans/b/sitemap-10.xml',
  'plans/b/sitemap-2.xml',
  'plans/a/sitemap-0.xml',
  'plans/a/other.xml',
];
for (const file of files) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), '<urlset/>');
}

describe('the atlas sitemap index', () => {
  test('lists the atlas layer’s sitemaps, then each plan’s in atlas order and by number', () => {
    expect(sitemapPaths(dir, ['a', 'b', 'none'])).toEqual([
      'sitemap-0.xml',
      'plans/a/sitemap-0.xml',
      'plans/b/sitemap-2.xml',
      'plans/b/sitemap-10.xml',
    ]);
  });

  test('as absolute URLs under the base, in the format of @astrojs/sitemap', () => {
    expect(sitemapIndex(['sitemap-0.xml', 'plans/a/sitemap-0.xml'], 'https://x.org', '/r/')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://x.org/r/sitemap-0.xml</loc></sitemap>' +
        '<sitemap><loc>https://x.org/r/plans/a/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
  });

  test('replaces the atlas layer’s own index', () => {
    writeAtlasSitemap(dir, ['a'], 'https://x.org', '/');
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain(
      '<loc>https://x.org/plans/a/sitemap-0.xml</loc>',
    );
  });
});
