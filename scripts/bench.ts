/**
 * CLI: `npm run bench` writes BENCHMARKS.md and BENCHMARKS.json at the repository root.
 *   --runs N          runs per figure (median; default 3)
 *   --quick           one run per figure
 *   --corpora LIST    comma-separated: shanghai, scale factors and atlas (50 plans at 10x)
 *                     (default shanghai,1,10,100,atlas)
 *   --variants LIST   generate,full,bare,unified (default all)
 *   --no-search       skip the Chromium search measurements
 *   --out DIR         where to write the two files (default: the repository root)
 *   --from-json       only re-render BENCHMARKS.md (and the budgets) from BENCHMARKS.json in DIR
 *   --atlas PxS       the atlas corpus's size: P plans at scale S (default 50x10)
 *   --merge           keep the corpora of BENCHMARKS.json in DIR that this run does not measure
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/index.ts';
import { checkBudgets } from '../src/bench/budgets.ts';
import { renderMarkdown, type BenchResults } from '../src/bench/report.ts';
import { parseResults, resultsJson } from '../src/bench/results-json.ts';
import type { VariantId } from '../src/bench/corpus.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    corpora: { type: 'string', default: 'shanghai,1,10,100,atlas' },
    variants: { type: 'string', default: 'generate,full,bare,unified' },
    'no-search': { type: 'boolean', default: false },
    out: { type: 'string', default: root },
    'timeout-min': { type: 'string', default: '30' },
    'from-json': { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    atlas: { type: 'string', default: '50x10' },
  },
});

if (values['from-json']) {
  const json = parseResults(await readFile(join(values.out, 'BENCHMARKS.json'), 'utf8'));
  const results: BenchResults = { ...json, budgets: checkBudgets(json.corpora) };
  await writeFile(join(values.out, 'BENCHMARKS.md'), renderMarkdown(results));
  await writeFile(join(values.out, 'BENCHMARKS.json'), resultsJson(results));
  console.log(`re-rendered ${join(values.out, 'BENCHMARKS.md')}`);
  process.exit(0);
}

const runs = values.quick ? 1 : Number(values.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a positive integer');
  process.exit(2);
}
const variants = values.variants.split(',').map((v) => v.trim()) as VariantId[];
const known: VariantId[] = ['generate', 'full', 'bare', 'unified'];
const unknown = variants.filter((v) => !known.includes(v));
if (unknown.length) {
  console.error(`unknown variant(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  process.exit(2);
}

const [atlasPlans, atlasScale] = values.atlas.split('x').map(Number);
if (!(atlasPlans >= 1 && atlasScale > 0)) {
  console.error('--atlas must be <plans>x<scale>, e.g. 50x10');
  process.exit(2);
}
const args = process.argv.slice(2).join(' ');
const results = await runBench({
  root,
  runs,
  corpora: values.corpora.split(',').map((c) => c.trim()),
  atlas: { plans: atlasPlans, scale: atlasScale },
  variants,
  search: !values['no-search'],
  command: `npm run bench${args ? ` -- ${args}` : ''}`,
  log: (line) => console.log(line),
  timeoutMs: Number(values['timeout-min']) * 60_000,
});

if (values.merge) {
  // Earlier corpora first, in their order; this run's replace theirs or follow.
  const before = parseResults(await readFile(join(values.out, 'BENCHMARKS.json'), 'utf8'));
  const fresh = new Map(results.corpora.map((c) => [c.id, c]));
  // A kept corpus says when it was measured: the earlier file's date and load.
  const earlier = { date: before.date, load: before.machine.loadAtStart };
  const kept = before.corpora.map((c) => fresh.get(c.id) ?? { measured: earlier, ...c });
  const added = results.corpora.filter((c) => !before.corpora.some((b) => b.id === c.id));
  results.corpora = [...kept, ...added];
  results.budgets = checkBudgets(results.corpora);
}
await writeFile(join(values.out, 'BENCHMARKS.md'), renderMarkdown(results));
await writeFile(join(values.out, 'BENCHMARKS.json'), resultsJson(results));
console.log('');
for (const b of results.budgets)
  console.log(`${b.verdict.padEnd(4)}  ${b.budget} [${b.corpus}]: ${b.measured}`);
console.log(`\nwrote ${join(values.out, 'BENCHMARKS.md')} and BENCHMARKS.json`);
