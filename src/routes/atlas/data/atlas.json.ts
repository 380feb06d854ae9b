/** /data/atlas.json: the atlas model (every plan, and what they share), byte for byte for reuse. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ATLAS_FILES } from '../../../atlas/emit.ts';
import { settings } from '../../../settings.ts';

export const prerender = true;

/** The file the atlas build wrote (src/atlas/emit.ts). */
export async function GET(): Promise<Response> {
  const body = await readFile(resolve(settings().generatedDir, ATLAS_FILES.atlas));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
