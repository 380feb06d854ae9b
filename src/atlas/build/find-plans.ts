/**
 * Step 1 of an atlas build: the plan folders of `ATLAS_PLANS`, sorted by id. Each listed folder
 * is a plan folder (it holds source.en.txt) or a folder of plan folders; a plan's id is its
 * folder's name, which is also its URL (`/plans/<id>/`), so it must be unique and URL-safe.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The file that makes a folder a plan folder. */
export const SOURCE_FILE = 'source.en.txt';
/** A plan id: lower-case letters, digits, "-" and "_", as a URL path segment keeps them. */
const PLAN_ID = /^[a-z0-9][a-z0-9_-]*$/;
/** Ids the atlas uses for itself (the generated atlas layer lives in generated/atlas/). */
const RESERVED = new Set(['atlas']);

/** One plan of the atlas. */
export interface PlanFolder {
  /** The folder's name: the plan's id and URL segment. */
  id: string;
  /** The folder, as listed (relative to the project, or absolute). */
  dir: string;
}

/** A folder list the atlas cannot be built from; the message names the folder and the fix. */
export class AtlasPlansError extends Error {
  override name = 'AtlasPlansError';
}

/** The plans of `folders` (relative to `root`), sorted by id; throws AtlasPlansError. */
export function findPlans(folders: readonly string[], root: string): PlanFolder[] {
  const found: PlanFolder[] = [];
  for (const folder of folders) {
    const full = resolve(root, folder);
    if (!existsSync(full) || !statSync(full).isDirectory())
      throw new AtlasPlansError(
        `ATLAS_PLANS: ${folder} is not a folder; list plan folders, or folders of plan folders`,
      );
    if (existsSync(join(full, SOURCE_FILE))) {
      found.push(plan(folder));
      continue;
    }
    const subs = readdirSync(full, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    const plans = subs.filter((name) => existsSync(join(full, name, SOURCE_FILE)));
    const others = subs.filter((name) => !plans.includes(name));
    if (others.length > 0)
      throw new AtlasPlansError(
        `${join(folder, others[0])}: no ${SOURCE_FILE}; a folder of ${folder} must be a plan folder (add the text or move the folder out)`,
      );
    if (plans.length === 0)
      throw new AtlasPlansError(
        `ATLAS_PLANS: ${folder} holds no plan folder (a folder with ${SOURCE_FILE})`,
      );
    found.push(...plans.map((name) => plan(join(folder, name))));
  }
  return sortedUnique(found, root);
}

function plan(dir: string): PlanFolder {
  const id = basename(resolve(dir));
  if (!PLAN_ID.test(id))
    throw new AtlasPlansError(
      `${dir}: "${id}" cannot be a plan id (its URL segment); name the folder with lower-case letters, digits and "-" only`,
    );
  if (RESERVED.has(id))
    throw new AtlasPlansError(`${dir}: "${id}" is reserved by the atlas; rename the folder`);
  return { id, dir };
}

/** Sorted by id; two folders with one id would share one URL, so that is an error naming both. */
function sortedUnique(plans: PlanFolder[], root: string): PlanFolder[] {
  const sorted = [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.id === b.id)
      throw new AtlasPlansError(
        resolve(root, a.dir) === resolve(root, b.dir)
          ? `ATLAS_PLANS lists ${a.dir} twice`
          : `two plans have the id "${a.id}": ${a.dir} and ${b.dir}; rename one folder (the id is its URL)`,
      );
  }
  return sorted;
}
