/** Ids of places, corrections and glossary entries in the shared data and in a plan's own folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { memoise } from '../utils/memo.ts';
import type { Knowledge } from './foreign.ts';

const SHARED = 'content/editorial';

/** Ids of the list entries in `<dir>/<name>.yaml` (none when the file is absent). */
function ids(dir: string, name: string): string[] {
  const file = join(dir, `${name}.yaml`);
  if (!existsSync(file)) return [];
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) return [];
  return data.flatMap((e) =>
    e && typeof e === 'object' && typeof e.id === 'string' ? [e.id] : [],
  );
}

const three = (dir: string) => ({
  places: ids(dir, 'places'),
  corrections: ids(dir, 'corrections'),
  glossary: ids(dir, 'glossary'),
});

// The shared files are the same for every plan of a run: read them once per root.
const sharedOf = memoise((root: string) => three(join(root, SHARED)));

/** Knowledge of the plan folder `planDir` (absolute). */
export function knowledgeOf(root: string, planDir: string): Knowledge {
  return { shared: sharedOf(root), local: three(join(planDir, 'editorial')) };
}
