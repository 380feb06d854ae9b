/**
 * The old URLs of a plan that had the site to itself before it became an atlas (ATLAS_ROOT_PLAN,
 * else the one plan of an atlas of one): bookmarks of `<base>industries/x/` must still lead to
 * `<base>plans/<id>/industries/x/`. A static host cannot redirect, so each old page becomes a
 * small page as Astro's static `redirects` write them (a refresh, a canonical link, a link for
 * readers, noindex), written after the builds: in no sitemap, and never indexed (it has no
 * `data-pagefind-body`). Where the atlas layer serves a path itself (its home, /search/, an
 * industry across plans), its page stays. The plan's data files are copied: a script that
 * fetches `<base>data/plan.json` follows no refresh.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../../checks/site.ts';
import { plural } from '../../utils/format.ts';
import { AtlasPlansError } from './find-plans.ts';
import { planPath } from './parts.ts';

/** The plan whose old URLs the atlas keeps: the one named, else the only one; none of many. */
export function rootPlan(
  plans: readonly { id: string }[],
  named: string | undefined,
): string | undefined {
  const ids = plans.map((plan) => plan.id);
  if (named === undefined) return ids.length === 1 ? ids[0] : undefined;
  if (!ids.includes(named))
    throw new AtlasPlansError(
      `ATLAS_ROOT_PLAN=${named} is no plan of the atlas (${ids.join(', ')}): write one of them, or leave it unset`,
    );
  return named;
}

/** A file of the plan's site kept at its old path: a page redirected, or a data file copied. */
export interface Kept {
  kind: 'redirect' | 'copy';
  /** Its path in the plan's site, and at the atlas's root ("industries/x/index.html"). */
  file: string;
}

/** The site's files for reuse (data/plan.json): the only files besides pages people link to. */
const DATA = 'data/';

/**
 * Which files of the plan's site (paths relative to it, sorted) the atlas keeps at their old
 * path: every page, every data file, except those `taken` by the atlas layer and anything under
 * plans/ (the atlas's plans).
 */
export function keptFiles(files: readonly string[], taken: (file: string) => boolean): Kept[] {
  return files.flatMap((file): Kept[] => {
    if (file.startsWith('plans/') || taken(file)) return [];
    if (file.endsWith('.html')) return [{ kind: 'redirect', file }];
    return file.startsWith(DATA) ? [{ kind: 'copy', file }] : [];
  });
}

/** The URL path (without the base) a page file is served at: "a/index.html" → "a/". */
export function servedAt(file: string): string {
  const path = file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -10) : file;
  // Percent-encoded as a URL; a quote too, which would end the refresh's url= early.
  return encodeURI(path).replace(/'/g, '%27');
}

/** The redirect page at `from` to `to` (URL paths with the base); its canonical URL at `site`. */
export function redirectPage(from: string, to: string, site: string): string {
  // A refresh drops the #fragment of a link to a paragraph (/plan/#b12); this keeps it.
  const script = `location.hash&&location.replace(${JSON.stringify(to).replace(/</g, '\\u003c')}+location.hash)`;
  const hash = createHash('sha256').update(script).digest('base64');
  const [at, away] = [escapeHtml(from), escapeHtml(to)];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-${hash}'">`,
    `<title>Redirecting to: ${away}</title>`,
    `<script>${script}</script>`,
    `<meta http-equiv="refresh" content="0;url=${away}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(new URL(to, site).href)}">`,
    '<body>',
    `\t<a href="${away}">Redirecting from <code>${at}</code> to <code>${away}</code></a>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Keeps the old URLs of plan `id`, whose site is at `<out>/plans/<id>/`, in the atlas at `out`
 * (served at `base` of `site`); how many pages were redirected and data files copied.
 */
export function writeRedirects(
  out: string,
  id: string,
  base: string,
  site: string,
): { pages: number; files: number } {
  const from = join(out, planPath(id));
  const kept = keptFiles(listFiles(from), (file) => existsSync(join(out, file)));
  for (const { kind, file } of kept) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    if (kind === 'copy') copyFileSync(join(from, file), join(out, file));
    else {
      const path = servedAt(file);
      writeFileSync(join(out, file), redirectPage(base + path, base + planPath(id) + path, site));
    }
  }
  const pages = kept.filter((k) => k.kind === 'redirect').length;
  return { pages, files: kept.length - pages };
}

/** writeRedirects for the atlas build, which logs what it kept. */
export function keepOldUrls(
  out: string,
  id: string,
  where: { base: string; site: string },
  log: (line: string) => void,
): void {
  const { pages, files } = writeRedirects(out, id, where.base, where.site);
  log(
    `atlas: ${id} keeps its old URLs: ${plural(pages, 'page redirects', 'pages redirect')} to ${where.base}${planPath(id)}, ${plural(files, 'data file', 'data files')} copied`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
