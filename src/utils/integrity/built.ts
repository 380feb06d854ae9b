/** Reads a built site from its output folder, for the link check. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageSummary, type BuiltSite, type PageLinks } from './html.ts';

/** Every file under the output folder, as URL paths under the base; pages keep only their ids
 *  and links, so a site of thousands of pages is checked without holding all its HTML. */
export function readBuilt(outDir: string, base: string): BuiltSite {
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  for (const file of walk(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    if (rel.endsWith('.html')) {
      const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
      pages.set(path, pageSummary(readFileSync(file, 'utf8')));
    } else {
      files.add(base + rel);
    }
  }
  return { pages, files, base };
}

/** Files under dir, depth first in name order (so problems are listed in a stable order). */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
