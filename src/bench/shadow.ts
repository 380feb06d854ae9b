/**
 * A private copy of the project to build in. Astro writes `.astro/content-modules.mjs` under the
 * project root (not the cache dir), so a build running at the same time in the same tree (a
 * test, a dev server) can swap the module map under a long build and break it. The copy holds
 * the project's own files and links node_modules; the benchmark builds nothing else.
 */
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project; generated and output folders are left behind. */
const ENTRIES = [
  'src',
  'public',
  'scripts',
  'content',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/** (Re)create `dir` as a copy of the project at `root`; returns `dir`. */
export async function shadowProject(root: string, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of ENTRIES) {
    const from = join(root, entry);
    if (!existsSync(from)) continue;
    await cp(from, join(dir, entry), {
      recursive: true,
      filter: (src) => !src.startsWith(join(root, 'src', 'generated')),
    });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
