/** Reads the generated tree as plain data, for checks that run outside Astro's content layer. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Row = Record<string, unknown> & { id: string };

export interface MdxFile {
  id: string;
  file: string; // relative to the generated dir, for messages
  data: Record<string, unknown>;
  body: string;
}

export interface GeneratedTree {
  industries: MdxFile[];
  goals: MdxFile[];
  sections: Row[];
  targets: Row[];
  places: Row[];
  projects: Row[];
  terms: Row[];
  corrections: Row[];
  plan: Row[];
}

/** Splits "---\nyaml\n---\nbody" into frontmatter data and body. */
export function splitFrontmatter(
  text: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  const data = parse(match[1] ?? '') as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: frontmatter is not a mapping`);
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

function readMdx(dir: string, folder: string): MdxFile[] {
  const path = join(dir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      return {
        id: name.slice(0, -'.mdx'.length),
        file,
        ...splitFrontmatter(readFileSync(join(path, name), 'utf8'), file),
      };
    });
}

function readRows(dir: string, name: string): Row[] {
  const file = join(dir, 'data', `${name}.json`);
  if (!existsSync(file)) throw new Error(`data/${name}.json is missing`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error(`data/${name}.json is not an array`);
  return rows as Row[];
}

/** Everything the site reads from `dir`; throws with the file name when a file is missing or malformed. */
export function readGenerated(dir: string): GeneratedTree {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run generate\` first`);
  return {
    industries: readMdx(dir, 'industries'),
    goals: readMdx(dir, 'goals'),
    sections: readRows(dir, 'sections'),
    targets: readRows(dir, 'targets'),
    places: readRows(dir, 'places'),
    projects: readRows(dir, 'projects'),
    terms: readRows(dir, 'terms'),
    corrections: readRows(dir, 'corrections'),
    plan: readRows(dir, 'plan'),
  };
}
