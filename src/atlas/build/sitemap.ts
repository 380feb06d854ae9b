/**
 * The atlas's one sitemap index: each part's build writes its own sitemap (sitemap-0.xml ...,
 * listed by its sitemap-index.xml), so the atlas's root index lists the atlas layer's sitemaps
 * and every plan's, and a crawler given the site's sitemap finds every page.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A sitemap file of a part (not its index), as @astrojs/sitemap names them. */
const SITEMAP = /^sitemap-\d+\.xml$/;
const INDEX = 'sitemap-index.xml';

/** Site paths of the sitemaps under `dir`: its own, then each plan's in `order`. */
export function sitemapPaths(dir: string, order: readonly string[]): string[] {
  const own = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((name) => SITEMAP.test(name))
          .sort((a, b) => number(a) - number(b))
          .map((name) => folder + name)
      : [];
  return [own(''), ...order.map((id) => own(`plans/${id}/`))].flat();
}

const number = (name: string) => Number(/\d+/.exec(name)?.[0]);

/** The sitemap index listing the sitemaps at `paths` of the site at `origin` + `base`. */
export function sitemapIndex(paths: readonly string[], origin: string, base: string): string {
  const locs = paths.map(
    (path) => `<sitemap><loc>${escapeXml(new URL(base + path, origin).href)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.join('')}</sitemapindex>`;
}

/** Rewrites `<dir>/sitemap-index.xml` (the atlas layer's) to list every part's sitemaps. */
export function writeAtlasSitemap(
  dir: string,
  plans: readonly string[],
  origin: string,
  base: string,
): void {
  if (!existsSync(join(dir, INDEX))) return; // no sitemap without a site URL
  writeFileSync(join(dir, INDEX), sitemapIndex(sitemapPaths(dir, plans), origin, base));
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
