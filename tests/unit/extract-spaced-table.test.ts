import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { parse } from '../../src/pipeline/parse.ts';
import type { CleanText } from '../../src/pipeline/types.ts';
import { makeEditorial } from './extract-helpers.ts';

/** CleanText whose body is `lines`, numbered from 1. */
const body = (lines: string[]): CleanText => ({
  file: 'plan.txt',
  body: lines.map((text, i) => ({ line: i + 1, text })),
  chrome: { footer: [], contacts: [] },
  removals: [],
});

const TABLE = [
  'II. Development Goals',
  '',
  'By 2025, the city will become an advanced manufacturing base.',
  '',
  'No.  Indicator  Unit  2020  2025  Nature',
  '1  Operating revenue of enterprises above designated size  hundred million yuan  9850  14000  Expected',
  '2  Manufacturing added value as a share of GDP  %  30.2  33  Expected',
  '3  "Little giant" enterprises  number  28  60  Expected',
  '4  Reduction of energy consumption per unit of added value  %  —  [16]  Binding',
  '',
  'Note: The figure in [ ] is the cumulative reduction over five years.',
];

describe('indicator tables written with runs of spaces', () => {
  it('keeps the header and numbered rows as lines of text, not headings or items', () => {
    const doc = parse(body(TABLE));
    expect(doc.sections.map((s) => s.title)).toEqual(['Development Goals']);
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.text.slice(0, 24)])).toEqual([
      ['paragraph', 'By 2025, the city will b'],
      ['paragraph', 'No.  Indicator  Unit  20'],
      ['paragraph', '1  Operating revenue of '],
      ['paragraph', '2  Manufacturing added v'],
      ['paragraph', '3  "Little giant" enterp'],
      ['paragraph', '4  Reduction of energy c'],
      ['paragraph', 'Note: The figure in [ ] '],
    ]);
  });

  it('reads each row as a target with its unit and the past column as its baseline', () => {
    const model = extract(parse(body(TABLE)), makeEditorial(), 'plan.txt');
    expect(
      model.targets.map((t) => [
        t.display,
        t.unitKind,
        t.normalised,
        t.year,
        t.baseline?.normalised,
        t.baseline?.year,
      ]),
    ).toEqual([
      ['14000 hundred million yuan', 'yuan', 1.4e12, 2025, 9.85e11, 2020],
      ['33%', 'percent', 33, 2025, 30.2, 2020],
      ['60', 'count', 60, 2025, 28, 2020],
      ['16%', 'percent', 16, 2025, undefined, undefined],
    ]);
    // The rows and the table's note are indicators, not goals.
    expect(model.goals.map((g) => g.statement.slice(0, 20))).toEqual(['By 2025, the city wi']);
  });

  it('leaves a title with one figure, and prose with double spaces, as they were', () => {
    const doc = parse(
      body([
        'Chapter 3  Development Goals',
        '',
        'Output grew 8%.  It will reach 300 billion yuan.  Jobs rose.',
      ]),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Development Goals']);
    expect(doc.sections[0].blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
