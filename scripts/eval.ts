/**
 * npm run eval: scores the pipeline on every plan of tests/corpus against its gold.yaml, prints
 * a table per plan and kind and the corpus total, and writes EVAL.md and EVAL.json.
 * Options: --plan <id> scores one plan and prints its misses in full (writes nothing);
 * --json prints EVAL.json's figures instead of the tables.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusIds, scoreCorpus } from '../src/eval/corpus.ts';
import { GoldError } from '../src/eval/gold-error.ts';
import { evalJson } from '../src/eval/report-json.ts';
import { evalMarkdown } from '../src/eval/report-md.ts';
import { textReport } from '../src/eval/report-text.ts';
import { PlanInputError } from '../src/pipeline/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { values } = parseArgs({
    options: { plan: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const ids = corpusIds(root);
  if (values.plan !== undefined && !ids.includes(values.plan)) {
    throw new Error(`no corpus plan "${values.plan}"; plans: ${ids.join(', ')}`);
  }
  const scores = scoreCorpus(root, values.plan === undefined ? ids : [values.plan]);
  const json = evalJson(scores);
  if (values.json) process.stdout.write(json);
  else console.log(textReport(scores, values.plan !== undefined).join('\n'));
  if (values.plan === undefined) {
    writeFileSync(join(root, 'EVAL.json'), json);
    writeFileSync(join(root, 'EVAL.md'), evalMarkdown(scores));
    if (!values.json) console.log('wrote EVAL.md and EVAL.json');
  }
} catch (error) {
  if (error instanceof GoldError || error instanceof PlanInputError) console.error(error.message);
  else if (error instanceof Error && !(error instanceof TypeError))
    console.error(`error: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
