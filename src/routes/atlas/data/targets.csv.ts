/** /data/targets.csv: one row per target of every plan, for spreadsheets (src/atlas/emit-csv.ts). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ATLAS_FILES } from '../../../atlas/emit.ts';
import { settings } from '../../../settings.ts';

export const prerender = true;

/** The file the atlas build wrote. */
export async function GET(): Promise<Response> {
  const body = await readFile(resolve(settings().generatedDir, ATLAS_FILES.targets));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
