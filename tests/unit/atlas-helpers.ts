/** The fixture atlas's plan models (tests/fixtures/atlas/), built once per test file. */
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import type { PlanModel } from '../../src/pipeline/types.ts';

export const FIXTURE_PLANS = [
  'jiangsu-sei-2021',
  'national-ic-2021',
  'suzhou-chips-2023',
  'wuxi-biomed-2022',
] as const;

let cache: PlanModel[] | undefined;

/** The models as their plan.json holds them (a JSON round trip drops undefined fields). */
export function fixturePlans(): PlanModel[] {
  cache ??= FIXTURE_PLANS.map(
    (id) =>
      JSON.parse(
        JSON.stringify(buildModel(loadPlanInput(`tests/fixtures/atlas/${id}`, process.cwd()))),
      ) as PlanModel,
  );
  return structuredClone(cache);
}

/** A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF records, line breaks in quotes. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else if (c === '"' || c === '\r' || c === '\n')
      throw new Error(`bad CSV at ${i}: ${JSON.stringify(text.slice(i - 10, i + 10))}`);
    else cell += c;
  }
  if (quoted) throw new Error('bad CSV: unclosed quote');
  if (cell !== '' || row.length > 0) throw new Error('bad CSV: the last record lacks its CRLF');
  return rows;
}
