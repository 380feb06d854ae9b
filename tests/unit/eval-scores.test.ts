/**
 * The committed eval figures (EVAL.json) must not fall: per plan and kind, F1, tiers right and
 * baselines paired may not drop by more than 0.005, tiers invented and foreign knowledge may not
 * rise, and every corpus plan must have committed figures. Run `npm run eval` to refresh them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../src/eval/corpus.ts';
import { evalJson } from '../../src/eval/report-json.ts';
import { regressions, type EvalFigures } from '../../src/eval/regressions.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('eval scores on the gold corpus', () => {
  // About a quarter second per plan (the shared data is parsed for each): room for a busy machine.
  it('keeps every committed figure (no drop, nothing invented, no plan without figures)', () => {
    const committed = JSON.parse(readFileSync(`${ROOT}EVAL.json`, 'utf8')) as EvalFigures;
    const current = JSON.parse(evalJson(scoreCorpus(ROOT))) as EvalFigures;
    expect(regressions(committed, current)).toEqual([]);
  }, 60_000);
});
