/**
 * Test-only helpers for the front of the pipeline (read, clean, parse, meta): load plan files
 * and the editorial chrome/noise rules from disk, so the stage functions themselves stay pure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { clean } from '../../src/pipeline/clean.ts';
import { read } from '../../src/pipeline/read.ts';
import type { ChromeRules, NoiseRule } from '../../src/pipeline/editorial/types.ts';
import type { CleanText, SourceText } from '../../src/pipeline/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const SHANGHAI = 'content/plans/shanghai-sei-2021';
export const FIXTURES = 'tests/fixtures/plans';

/** Bytes of a file under the project root. */
export function bytesOf(path: string): Uint8Array {
  return readFileSync(root + path);
}

/** Text of a file under the project root. */
export function textOf(path: string): string {
  return readFileSync(root + path, 'utf8');
}

/** The project's chrome and noise rules (content/editorial). */
export function rules(): { chrome: ChromeRules; noise: NoiseRule[] } {
  return {
    chrome: parseYaml(textOf('content/editorial/chrome.yaml')) as ChromeRules,
    noise: parseYaml(textOf('content/editorial/noise.yaml')) as NoiseRule[],
  };
}

/** read() of a plan folder's source.en.txt. */
export function readPlan(dir: string): SourceText {
  const file = `${dir}/source.en.txt`;
  return read(file, bytesOf(file));
}

/** read() then clean() of a plan folder's source.en.txt with the project's rules. */
export function cleanPlan(dir: string): CleanText {
  return clean(readPlan(dir), rules());
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
