/** /data/plan.json: the generated model, served byte for byte for reuse. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { settings } from '../../../settings.ts';

export const prerender = true;

/** The whole PlanModel as the pipeline wrote it. */
export async function GET(): Promise<Response> {
  const body = await readFile(resolve(settings().generatedDir, 'plan.json'));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
