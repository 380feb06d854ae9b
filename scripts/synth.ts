/**
 * CLI: write a synthetic plan folder, or with --plans a folder of that many plan folders (an
 * atlas: src/synth/atlas.ts).
 *   node scripts/synth.ts --scale 10 --out .bench/plans/synth-10x [--seed 1]
 *   node scripts/synth.ts --plans 50 --scale 10 --out .bench/plans/atlas-50x10 [--seed 1]
 */
import { parseArgs } from 'node:util';
import { synthAtlas, writeAtlas } from '../src/synth/atlas.ts';
import { synth, writeSynth } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    plans: { type: 'string' },
    out: { type: 'string' },
  },
});

if (!values.out) {
  console.error('usage: node scripts/synth.ts --scale <n> --out <dir> [--seed <n>] [--plans <n>]');
  process.exit(2);
}

const started = performance.now();
const [scale, seed] = [Number(values.scale), Number(values.seed)];
if (values.plans) {
  const atlas = synthAtlas({ plans: Number(values.plans), scale, seed });
  await writeAtlas(values.out, atlas);
  const ms = (performance.now() - started).toFixed(0);
  console.log(`synth: ${atlas.size} plans at scale ${scale} → ${values.out} (${ms} ms)`);
} else {
  const files = synth({ scale, seed });
  await writeSynth(values.out, files);
  const bytes = Buffer.byteLength(files.get('source.en.txt') ?? '');
  const ms = (performance.now() - started).toFixed(0);
  console.log(`synth: scale ${values.scale} → ${values.out} (${bytes} bytes of text, ${ms} ms)`);
}
