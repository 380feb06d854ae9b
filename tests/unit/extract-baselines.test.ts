import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

/** [display, unit kind, normalised, year, baseline value, baseline year] of each target. */
function targetsOf(blocks: string[], title = 'Overview') {
  const doc = makeDoc({ sections: [{ title, blocks }] });
  return extract(doc, makeEditorial(), 'p.txt').targets.map((t) => [
    t.display,
    t.unitKind,
    t.normalised,
    t.year,
    t.baseline?.value,
    t.baseline?.year,
  ]);
}

describe('baselines: in the sentence', () => {
  it('reads "up from X" past a bracketed conversion, and a target year after a past one', () => {
    expect(
      targetsOf([
        'By 2025, port revenue will reach 90 billion yuan (about 14 billion US dollars), up from 61 billion yuan in 2020.',
        'The share of clean power is set to rise from 28% in 2020 to 40% in 2025.',
      ]),
    ).toEqual([
      ['90 billion yuan', 'yuan', 90e9, 2025, 61, 2020],
      ['40%', 'percent', 40, 2025, 28, 2020],
    ]);
  });
});

describe('rates, frequencies and machine-translated years', () => {
  it('skips the denominator of a rate, reads "each year" amounts and "X of 2020" baselines', () => {
    expect(
      targetsOf([
        'By 2025, trucks will use 25 kWh per 100 kilometres.',
        'By 2025, the city each year arrange the port fund 300 million yuan.',
        'To 2025, the berth throughput strive to 9 million TEU, compared to 7.5 million TEU of 2020.',
      ]),
    ).toEqual([
      ['25 kWh', 'other', 25, 2025, undefined, undefined],
      ['300 million yuan', 'yuan', 3e8, 2025, undefined, undefined],
      ['9 million TEU', 'count', 9e6, 2025, 7.5, 2020],
    ]);
  });
});

describe('amounts after "with"', () => {
  it('sets the size of one thing, describes a kind of things, and stops at "and"', () => {
    expect(
      targetsOf([
        'By 2025, the city will set up a port fund with a scale of 6 billion yuan.',
        'By 2025, the city will build a shipping hub with annual throughput of over 80 million tonnes.',
        'By 2025, it will foster shipping firms with revenue over 5 billion yuan.',
        'By 2025, it will foster leading firms with global reach and more than 40 "little giant" firms.',
      ]),
    ).toEqual([
      ['6 billion yuan', 'yuan', 6e9, 2025, undefined, undefined],
      ['over 80 million tonnes', 'other', 80, 2025, undefined, undefined],
      ['more than 40 "little giant" firms', 'count', 40, 2025, undefined, undefined],
    ]);
  });
});

describe('baselines: from an earlier sentence', () => {
  it('takes a sentence that compares the figure just stated with a past one', () => {
    expect(
      targetsOf([
        'The port aims to lift its logistics revenue to 50 billion yuan by 2025. The figure compares with 31 billion yuan in 2020.',
        'Freight revenue will reach 9 billion yuan by 2025, up from 6 billion yuan in 2020. This compares with 2 billion yuan in 2015.',
      ]),
    ).toEqual([
      ['50 billion yuan', 'yuan', 50e9, 2025, 31, 2020],
      ['9 billion yuan', 'yuan', 9e9, 2025, 6, 2020],
    ]);
  });

  it('pairs a count with a past count of the same thing, past verb after it or not', () => {
    expect(
      targetsOf([
        'In 2020 the province had 4,100 logistics firms. Five pilot ports and 3 cold-chain labs were set up.',
        'By 2025, the number of logistics firms will exceed 6,000, and no fewer than 12 pilot ports will be built.',
      ]),
    ).toEqual([
      ['exceed 6,000', 'count', 6000, 2025, 4100, 2020],
      ['no fewer than 12 pilot ports', 'count', 12, 2025, 5, 2020],
    ]);
  });

  it('reads machine-translated counts: a count noun subject, "X number" before the verb', () => {
    expect(
      targetsOf(
        [
          'In 2020, the marine economy reach 900 billion yuan, the industrial internet project is built 2,100.',
          'To 2025, the industrial internet project reach 9,000. To 2025, the "smart farm" enterprise number break through 600.',
        ],
        'Development target',
      ),
    ).toEqual([
      ['9,000', 'count', 9000, 2025, 2100, 2020],
      ['break through 600', 'count', 600, 2025, undefined, undefined],
    ]);
  });

  it('pairs a share of GDP with a past share whose subject a clause before names', () => {
    expect(
      targetsOf([
        'In 2020 the marine economy reached 900 billion yuan, equal to 11% of GDP.',
        'By 2025 the marine economy will grow further and account for about 14% of GDP.',
      ]),
    ).toEqual([['about 14%', 'percent', 14, 2025, 11, 2020]]);
  });

  it('does not pair a count with a past count of another thing', () => {
    expect(
      targetsOf([
        'In 2020 the city had 40 pilot ports.',
        'By 2025, the city will build 60 pilot labs for port logistics.',
      ]),
    ).toEqual([['60 pilot labs', 'count', 60, 2025, undefined, undefined]]);
  });
});
