/**
 * CLI: write a synthetic plan folder.
 *   node scripts/synth.ts --scale 10 --out .bench/plans/synth-10x [--seed 1]
 */
import { parseArgs } from 'node:util';
import { synth, writeSynth } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

if (!values.out) {
  console.error('usage: node scripts/synth.ts --scale <n> --out <dir> [--seed <n>]');
  process.exit(2);
}

const started = performance.now();
const files = synth({ scale: Number(values.scale), seed: Number(values.seed) });
await writeSynth(values.out, files);
const bytes = Buffer.byteLength(files.get('source.en.txt') ?? '');
const ms = (performance.now() - started).toFixed(0);
console.log(`synth: scale ${values.scale} → ${values.out} (${bytes} bytes of text, ${ms} ms)`);
