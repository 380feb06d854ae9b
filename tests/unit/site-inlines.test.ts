import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Inline } from '../../src/schemas/text.ts';
import {
  correctedText,
  leadingRuns,
  originalText,
  titleText,
  translationHint,
} from '../../src/utils/inlines.ts';
import { mdxOriginalText } from '../../src/utils/mdx-text.ts';
import { hasNoFiles, isEmptyJsonArray } from '../../src/utils/quiet-loaders.ts';

const fix = (original: string, text: string): Inline => ({
  type: 'correction',
  original,
  text,
  id: 'c',
  status: 'likely',
});
const runs: Inline[] = [
  { type: 'text', text: 'Manufacturing and ' },
  fix('closed testing', 'packaging and testing'),
  { type: 'text', text: '. Expand ' },
  { type: 'mention', text: 'integrated circuits', kind: 'industry', id: 'ic' },
];

describe('readings of inline runs', () => {
  it('reads corrections as corrected or as the translation has them', () => {
    expect(correctedText(runs)).toBe(
      'Manufacturing and packaging and testing. Expand integrated circuits',
    );
    expect(originalText(runs)).toBe('Manufacturing and closed testing. Expand integrated circuits');
  });

  it('gives a corrected title with its original, and a plain title alone', () => {
    expect(titleText('General thinking', [fix('General thinking', 'General approach')])).toEqual({
      text: 'General approach',
      original: 'General thinking',
    });
    expect(titleText('Spatial layout')).toEqual({ text: 'Spatial layout' });
    expect(titleText('Spatial layout', [{ type: 'text', text: 'Spatial layout' }])).toEqual({
      text: 'Spatial layout',
    });
    expect(translationHint('General thinking')).toBe('Machine translation: “General thinking”');
    expect(translationHint(undefined)).toBeUndefined();
  });

  it('takes the runs of a lead-in, keeping a straddling correction whole', () => {
    // "Manufacturing and closed testing" is 32 characters of the original text.
    expect(correctedText(leadingRuns(runs, 32))).toBe('Manufacturing and packaging and testing');
    expect(correctedText(leadingRuns(runs, 25))).toBe('Manufacturing and packaging and testing');
    expect(correctedText(leadingRuns(runs, 13))).toBe('Manufacturing');
    expect(leadingRuns(runs, 0)).toEqual([]);
  });
});

describe('mdxOriginalText', () => {
  it('reads generated MDX as the translation words it', () => {
    expect(
      mdxOriginalText(
        'By 2025, <EntityLink kind="industry" id="x">new materials</EntityLink> cultivate\n' +
          '<Correction id="h" status="likely"><ins>hidden champions</ins><del>invisible champions</del></Correction>.\n',
      ),
    ).toBe('By 2025, new materials cultivate invisible champions.');
  });

  it('undoes escapes and character references', () => {
    expect(mdxOriginalText('a \\{b\\} \\<c> 5 \\* 2 &#x26; &#105;mport &lt;')).toBe(
      'a {b} <c> 5 * 2 & import <',
    );
  });

  it('drops list markers of a generated list', () => {
    expect(mdxOriginalText('- The item.\n')).toBe('The item.');
    expect(mdxOriginalText('1. First.\n2. Second.\n')).toBe('First. Second.');
    expect(mdxOriginalText('1\\. is text\n')).toBe('1. is text');
  });
});

describe('quiet loaders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-loaders-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('calls only an existing, empty JSON array empty', () => {
    writeFileSync(join(dir, 'empty.json'), '[]\n');
    writeFileSync(join(dir, 'full.json'), '[{"id":"a"}]');
    writeFileSync(join(dir, 'broken.json'), '[');
    expect(isEmptyJsonArray(join(dir, 'empty.json'))).toBe(true);
    expect(isEmptyJsonArray(join(dir, 'full.json'))).toBe(false);
    expect(isEmptyJsonArray(join(dir, 'broken.json'))).toBe(false);
    expect(isEmptyJsonArray(join(dir, 'missing.json'))).toBe(false);
  });

  it('calls a missing folder or one without MDX files empty', () => {
    mkdirSync(join(dir, 'goals'));
    expect(hasNoFiles(join(dir, 'nowhere'), '.mdx')).toBe(true);
    expect(hasNoFiles(join(dir, 'goals'), '.mdx')).toBe(true);
    writeFileSync(join(dir, 'goals', 'a.mdx'), 'x');
    expect(hasNoFiles(join(dir, 'goals'), '.mdx')).toBe(false);
  });
});
