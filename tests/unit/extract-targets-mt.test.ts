import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { readQuantities } from '../../src/pipeline/extract/quantities/read.ts';
import { issueYear } from '../../src/pipeline/extract/target-years.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

describe('issueYear', () => {
  it('reads the publication date, else the document number', () => {
    expect(issueYear('2023-05-12', 'X [2020] No. 1')).toBe(2023);
    expect(issueYear(undefined, 'He Zheng [2023] No. 41')).toBe(2023);
    expect(issueYear(undefined, 'Gui Zheng Fa 〔2021〕 No. 7')).toBe(2021);
    expect(issueYear(undefined, 'No. 41')).toBeUndefined();
    expect(issueYear()).toBeUndefined();
  });
});

describe('targets of machine-translated opinions without a plan period', () => {
  const targets = (blocks: string[], issued?: number) =>
    extract(
      makeDoc({
        preamble: ['Implementation Opinions on the Biomedicine Industry'],
        sections: [{ title: 'I. overall goal', blocks }],
      }),
      makeEditorial(),
      'p.txt',
      [],
      issued,
    ).targets.map((t) => [
      t.display,
      t.unitKind,
      t.normalised,
      t.normalisedMax,
      t.year,
      t.baseline?.normalised,
      t.baseline?.year,
    ]);
  const OPINIONS = [
    '2022 year, whole city biomedicine industry scale reach 68 billion yuan. To 2025, whole city biomedicine industry scale strive to break through 150 billion yuan.',
    'Cultivate output value over 10 billion yuan enterprise 3 to 5 families.',
    'Newly add class III medical device registration certificate not less than 60 pieces.',
  ];

  it('starts from the year before the issue, and the goals section shares its horizon', () => {
    expect(targets(OPINIONS, 2023)).toEqual([
      ['break through 150 billion yuan', 'yuan', 150e9, undefined, 2025, 68e9, 2022],
      ['3 to 5 families', 'count', 3, 5, 2025, undefined, undefined],
      ['not less than 60 pieces', 'count', 60, undefined, 2025, undefined, undefined],
    ]);
  });

  it('without an issue year reads 2022 as ahead of the plan, as before', () => {
    expect(targets(OPINIONS.slice(0, 1)).map((t) => [t[0], t[4]])).toEqual([
      ['68 billion yuan', undefined],
      ['break through 150 billion yuan', 2025],
    ]);
  });
});

describe('machine translation word order in quantities', () => {
  const brief = (text: string) =>
    readQuantities(text).map((q) => [text.slice(q.start, q.end), q.unitKind, q.qualifier]);

  it('reads a qualifier after the figure and measure words after a noun', () => {
    expect(brief('manufacturing added value annual average grows 7% around;')).toEqual([
      ['7% around', 'percent', 'about'],
    ]);
    expect(brief('connect the industrial equipment over 2 million set.')).toEqual([
      ['over 2 million set', 'count', 'more-than'],
    ]);
  });

  it('takes no count from a number naming the list before it', () => {
    expect(
      brief('for aluminium, stainless steel, cane sugar etc 10 key industrial chains'),
    ).toEqual([['10', undefined, 'exactly']]);
  });
});

describe("counts that name the plan's own categories", () => {
  const counts = (text: string) =>
    readQuantities(text)
      .filter((q) => q.unitKind === 'count')
      .map((q) => q.unit);

  it('takes no count from "five pillar industries" or "4 rising chains"', () => {
    expect(
      counts('a modern industrial system of five pillar industries and four emerging industries'),
    ).toEqual([]);
    expect(counts('the 5-4-3 plan: 5 pillar chains and 4 rising chains')).toEqual([]);
    expect(counts('cultivate 5 digital industry clusters and 2 leading enterprises')).toEqual([
      'digital industry clusters',
      'leading enterprises',
    ]);
  });
});
