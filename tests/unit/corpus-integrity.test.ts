/**
 * Every plan of the gold corpus generates content whose references all resolve: the check the
 * build runs before Astro (src/utils/integrity/data.ts), here on plans of many shapes, so that an
 * extractor pointing at an entity another extractor did not keep fails a unit test, not a deploy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusIds } from '../../src/eval/corpus.ts';
import { parseGold } from '../../src/eval/gold-load.ts';
import { emit } from '../../src/pipeline/emit/index.ts';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import { writeTree } from '../../src/pipeline/write.ts';
import { checkData } from '../../src/utils/integrity/data.ts';
import { readGenerated } from '../../src/utils/integrity/read.ts';
import { readFileSync } from 'node:fs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'atlas-corpus-integrity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('generated content of every corpus plan', () => {
  it.each(corpusIds(ROOT))(
    '%s: every reference resolves',
    (id) => {
      const folder = join(ROOT, 'tests/corpus', id);
      const gold = parseGold(readFileSync(join(folder, 'gold.yaml'), 'utf8'), `${id}/gold.yaml`);
      const model = buildModel(loadPlanInput(gold.planDir ?? folder, ROOT));
      const out = join(scratch, id);
      writeTree(out, emit(model));
      expect(checkData(readGenerated(out))).toEqual([]);
    },
    30_000,
  );
});
