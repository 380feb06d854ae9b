/**
 * Astro's glob() and file() loaders, quiet about a collection the plan leaves empty. The generator
 * writes no industries/ folder for a plan without industries and "[]" for a plan without places;
 * Astro would warn about both on every build, though nothing is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';

/** Wraps `loader`: when `isEmpty()` says so, the collection is cleared instead of loaded. */
function unlessEmpty(loader: Loader, isEmpty: () => boolean): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      if (!isEmpty()) return loader.load(context);
      // A previous build's entries may still be in Astro's cache.
      context.store.clear();
    },
  };
}

/** True when `path` holds a JSON array with no items (a missing or broken file is not "empty"). */
export function isEmptyJsonArray(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(data) && data.length === 0;
  } catch {
    return false; // file() reports the parse error
  }
}

/** True when `dir` is missing or has no file ending in `extension`. */
export function hasNoFiles(dir: string, extension: string): boolean {
  return !existsSync(dir) || !readdirSync(dir).some((name) => name.endsWith(extension));
}

/** MDX files of a folder, ids = file names; nothing is logged when the folder is missing or empty. */
export function mdxFolder(dir: string): Loader {
  return unlessEmpty(
    glob({
      pattern: '*.mdx',
      base: dir,
      // Keep the generator's file names as ids (glob would re-slug them otherwise).
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    () => hasNoFiles(dir, '.mdx'),
  );
}

/** Entries of a JSON array file; nothing is logged when the array is empty. */
export function jsonArray(path: string): Loader {
  return unlessEmpty(file(path), () => isEmptyJsonArray(path));
}

/** No entries (a collection the part being built has no data for), and nothing logged. */
export function noEntries(name: string): Loader {
  return { name, load: async ({ store }) => store.clear() };
}
