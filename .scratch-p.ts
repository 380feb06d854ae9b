import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { MAKERS } from './tests/fixtures/hostile/cases.ts';
import { buildModel } from './src/pipeline/index.ts';
import { loadPlanInput } from './src/pipeline/load.ts';
import { emit } from './src/pipeline/emit/index.ts';
const made = MAKERS['megabyte-line']();
const input = loadPlanInput('content/plans/shanghai-sei-2021', '.');
const files = emit(buildModel({ ...input, bytes: made.bytes, file: 'x.txt', metaYaml: undefined }));
const c = files.get('industries/integrated-circuits.mdx')!;
const body = c.slice(c.indexOf('\n---\n') + 5);
for (const n of [800000, 1200000]) {
  const t = performance.now();
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body.slice(0, n));
  console.log(n, Math.round(performance.now() - t), 'ms');
}
