/**
 * npm run generate: builds the model of one plan and writes the generated content.
 * PLAN_DIR picks the plan folder; ATLAS_GENERATED_DIR the output (both relative to the project;
 * defaults in src/settings.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../src/pipeline/generate.ts';
import { errorLines, summaryLines } from '../src/pipeline/report.ts';
import { PlanInputError } from '../src/pipeline/types.ts';
import { OutputDirError } from '../src/pipeline/write.ts';
import { settings, SettingsError } from '../src/settings.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { planDir, generatedDir: outDir } = settings();
  const result = generate({ root, planDir, outDir });
  const wrote = { files: result.files, dir: result.outDir };
  console.log(summaryLines(result.model, result.counts, wrote).join('\n'));
} catch (error) {
  if (error instanceof PlanInputError) console.error(errorLines(error).join('\n'));
  else if (error instanceof OutputDirError || error instanceof SettingsError)
    console.error(`error: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
