/** Read the editorial YAML files of one folder (the only file-system code of the editorial layer). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITORIAL_FILES, type EditorialSources } from './index.ts';

/** Contents of `<dir>/<name>.yaml` for each editorial file name; undefined where a file is absent. */
export function readEditorialFiles(dir: string): EditorialSources {
  const out: EditorialSources = {};
  for (const name of EDITORIAL_FILES) {
    const path = join(dir, `${name}.yaml`);
    out[name] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  return out;
}
