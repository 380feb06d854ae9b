/**
 * The pages of the built site under test, listed at collection time so that every page gets
 * its own test, with a clear message when the site has not been built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileToUrlPath } from '../../../src/checks/site.ts';
import { E2E } from './config.ts';

export interface BuiltPage {
  /** Path in the build, e.g. "industries/index.html". */
  file: string;
  /** URL path it is served at, e.g. "/shanghai-plan/industries/". */
  path: string;
}

/** Every HTML page of the build in E2E.dist, sorted by file. */
export function builtPages(dir = E2E.dist, base = E2E.base): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir}/index.html is missing: run \`npm test\` (it builds ${dir}/ first), or build with ` +
        `BASE_PATH=${base} ATLAS_OUT_DIR=${dir} npm run build`,
    );
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => ({ file, path: fileToUrlPath(file, base) }));
}
