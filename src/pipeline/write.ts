/**
 * Writes the generated tree atomically: everything goes to a sibling temp dir, which then
 * replaces the target by rename, so readers see the old tree or the new one, never a mix.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** File that marks a directory as generated (the emit stage always writes it). */
const MARKER = 'plan.json';
/** File that marks a generated tree of an atlas (a folder per plan), which a plan may replace. */
export const ATLAS_MARKER = 'atlas-build.json';

/** The output directory cannot be replaced safely (nothing was changed). */
export class OutputDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputDirError';
  }
}

/** Replace directory `target` with exactly `files` (relative path → content). */
export function writeTree(target: string, files: ReadonlyMap<string, string>): void {
  const out = resolve(target);
  const parent = dirname(out);
  const temp = join(parent, `.generated-tmp-${basename(out)}`);
  const backup = `${temp}-old`;
  guardTarget(out);
  mkdirSync(parent, { recursive: true });
  // Leftovers of an interrupted run are ours to remove.
  rmSync(temp, { recursive: true, force: true });
  rmSync(backup, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const file = resolve(temp, path);
      if (!file.startsWith(temp + sep))
        throw new OutputDirError(`refusing to write outside the output: ${path}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  replaceDir(temp, out);
}

/** Put directory `next` in the place of `target` by rename; on failure `target` is restored. */
export function replaceDir(next: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(next, target);
    return;
  }
  const backup = `${next}-old`;
  rmSync(backup, { recursive: true, force: true });
  renameSync(target, backup);
  try {
    renameSync(next, target);
  } catch (error) {
    renameSync(backup, target);
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  rmSync(backup, { recursive: true, force: true });
}

/** Refuse to replace anything that is not a generated directory (or an empty/new one). */
function guardTarget(out: string): void {
  if (!relative(out, process.cwd()).startsWith('..')) {
    throw new OutputDirError(`refusing to replace ${out}: it contains the working directory`);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory())
    throw new OutputDirError(`refusing to replace ${out}: not a directory`);
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(MARKER) && !entries.includes(ATLAS_MARKER)) {
    throw new OutputDirError(
      `refusing to replace ${out}: it has files but no ${MARKER}, so it was not generated`,
    );
  }
}
