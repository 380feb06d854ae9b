/**
 * The pipeline's only file-system reads for a plan: the source text, plan.yaml and the
 * editorial files, gathered into buildModel's input. Paths in messages are relative to root.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { loadEditorial } from './editorial/index.ts';
import { readEditorialFiles } from './editorial/files.ts';
import type { BuildInput } from './index.ts';
import { PlanInputError } from './types.ts';

/** Preferred name of a plan's text; otherwise the folder's single *.txt file is used. */
const SOURCE_FILE = 'source.en.txt';
const META_FILE = 'plan.yaml';
const SHARED_EDITORIAL = 'content/editorial';
/** An editor's fixes to what the machine read, in the plan folder's editorial/. */
const EDITS_FILE = 'edits.yaml';

/** Read everything buildModel needs for the plan folder `planDir` (absolute or relative to root). */
export function loadPlanInput(planDir: string, root: string): BuildInput {
  const dir = resolve(root, planDir);
  const rel = (path: string) => relative(root, path).split('\\').join('/') || '.';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PlanInputError(
      rel(dir),
      1,
      'no plan folder here',
      'set PLAN_DIR to a folder holding the plan text, e.g. content/plans/shanghai-sei-2021',
    );
  }
  const source = sourceFile(dir, rel);
  const metaPath = join(dir, META_FILE);
  const localEditorial = join(dir, 'editorial');
  const editsPath = join(localEditorial, EDITS_FILE);
  return {
    planId: basename(dir),
    file: rel(source),
    bytes: readFileSync(source),
    metaYaml: existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined,
    metaFile: rel(metaPath),
    editorial: loadEditorial(
      readEditorialFiles(resolve(root, SHARED_EDITORIAL)),
      existsSync(localEditorial) ? readEditorialFiles(localEditorial) : {},
      { sharedDir: SHARED_EDITORIAL, localDir: rel(localEditorial) },
    ),
    ...(existsSync(editsPath)
      ? { edits: { file: rel(editsPath), text: readFileSync(editsPath, 'utf8') } }
      : {}),
  };
}

/** source.en.txt, or the one *.txt file of the folder. */
function sourceFile(dir: string, rel: (path: string) => string): string {
  const preferred = join(dir, SOURCE_FILE);
  if (existsSync(preferred)) return preferred;
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && statSync(join(dir, name)).isFile())
    .sort();
  if (texts.length === 1) return join(dir, texts[0]!);
  throw new PlanInputError(
    rel(dir),
    1,
    texts.length === 0
      ? 'no plan text in this folder'
      : `several text files and no ${SOURCE_FILE}: ${texts.join(', ')}`,
    `put the plan's English text in ${rel(preferred)}`,
  );
}
