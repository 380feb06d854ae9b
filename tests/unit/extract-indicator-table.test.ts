import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { rowFigures } from '../../src/pipeline/extract/indicator-figures.ts';
import {
  readArrowLine,
  readCell,
  readHeader,
  readIndicatorLine,
  readRow,
} from '../../src/pipeline/extract/indicator-table.ts';
import { labelUnit, parseUnit } from '../../src/pipeline/extract/indicator-units.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const brief = (line: string, header = readHeader('Indicator | 2020 | 2025 target', 2020)!) =>
  rowFigures(line, readRow(line, header)!).map((f) => [
    f.value,
    f.unit,
    f.unitKind,
    f.normalised,
    f.qualifier,
    f.year,
    f.subject,
    f.display,
    f.baseline?.value,
    f.baseline?.normalised,
    f.baseline?.year,
  ]);

describe('indicator tables: header', () => {
  it('reads baseline and target columns from the header years', () => {
    expect(readHeader('Indicator | 2020 | 2025 target', 2020)).toEqual({
      sep: 'pipe',
      columns: [
        { role: 'label' },
        { role: 'baseline', year: 2020 },
        { role: 'target', year: 2025 },
      ],
    });
    expect(readHeader('No.\tIndicator\tUnit\t2015\t2020\tAttribute', 2015)?.columns).toEqual([
      { role: 'skip' },
      { role: 'label' },
      { role: 'unit' },
      { role: 'baseline', year: 2015 },
      { role: 'target', year: 2020 },
      { role: 'skip' },
    ]);
    // A "target" column without a year is due at the period's end.
    expect(readHeader('Key indicators  |  Base year  |  Target', 2020, 2025)?.columns).toEqual([
      { role: 'label' },
      { role: 'baseline', year: 2020 },
      { role: 'target', year: 2025 },
    ]);
    expect(readHeader('Indicator 2020 2025 Attribute', 2020)).toEqual({
      sep: 'space',
      columns: [
        { role: 'label' },
        { role: 'baseline', year: 2020 },
        { role: 'target', year: 2025 },
        { role: 'skip' },
      ],
    });
  });

  it('is no header for sentences, data rows or tables without a target column', () => {
    expect(readHeader('By 2025, output will reach 300 billion yuan.', 2020)).toBeUndefined();
    expect(readHeader('Output value (billion yuan) | 120 | 300', 2020)).toBeUndefined();
    expect(readHeader('City | 2018 | 2019', 2020)).toBeUndefined();
    expect(readHeader('Indicators of the plan were met in 2020 and 2025', 2020)).toBeUndefined();
  });
});

describe('indicator tables: rows', () => {
  it('takes the unit from the label bracket and the baseline from the past column', () => {
    expect(brief('Revenue of software industry (billion yuan) | 85.5 | 160')).toEqual([
      [
        160,
        'billion yuan',
        'yuan',
        160e9,
        'exactly',
        2025,
        'Revenue of software industry',
        '160 billion yuan',
        85.5,
        85.5e9,
        2020,
      ],
    ]);
    expect(brief('Share of digital economy in GDP (%) | 38 | 45 or more')).toEqual([
      [
        45,
        '%',
        'percent',
        45,
        'at-least',
        2025,
        'Share of digital economy in GDP',
        '45% or more',
        38,
        38,
        2020,
      ],
    ]);
    // "(number)" counts the label's thing.
    expect(brief('National little giant firms (number) | 12 | 40')).toEqual([
      [
        40,
        'national little giant firms',
        'count',
        40,
        'exactly',
        2025,
        'National little giant firms',
        '40',
        12,
        12,
        2020,
      ],
    ]);
    // A scaled count word counts what the label names.
    expect(brief('Charging piles (10,000 units) | 1.2 | ≥5')).toEqual([
      [
        5,
        'charging piles',
        'count',
        50000,
        'at-least',
        2025,
        'Charging piles',
        '≥5',
        1.2,
        12000,
        2020,
      ],
    ]);
  });

  it('reads a unit column, tabs and space-separated rows', () => {
    const tabs = readHeader('No.\tIndicator\tUnit\t2015\t2020\tAttribute', 2015)!;
    expect(
      brief('3\tCloud computing revenue\t100 million yuan\t450\t1,200\tExpected', tabs),
    ).toEqual([
      [
        1200,
        '100 million yuan',
        'yuan',
        120e9,
        'exactly',
        2020,
        'Cloud computing revenue',
        '1,200 100 million yuan',
        450,
        45e9,
        2015,
      ],
    ]);
    const space = readHeader('Indicator 2020 2025 Attribute', 2020)!;
    expect(brief('Hydrogen refuelling stations (number) 4 30 Expected', space)).toEqual([
      [
        30,
        'hydrogen refuelling stations',
        'count',
        30,
        'exactly',
        2025,
        'Hydrogen refuelling stations',
        '30',
        4,
        4,
        2020,
      ],
    ]);
  });

  it('ends the table at a line that is no row', () => {
    const header = readHeader('Indicator | 2020 | 2025 target', 2020)!;
    expect(readRow('Note: 2020 figures are preliminary.', header)).toBeUndefined();
    expect(readRow('Output value | 120', header)).toBeUndefined();
    // A row without a unit anywhere gives no figure.
    expect(
      rowFigures('Output value | 120 | 300', readRow('Output value | 120 | 300', header)!),
    ).toEqual([]);
  });
});

describe('indicator lines and label units', () => {
  it('reads a label, a bare figure and a bracketed past figure', () => {
    const line = 'offshore wind capacity: 1,500 (2020: 420)';
    const row = readIndicatorLine(line)!;
    const unit = labelUnit('Installed capacity (10,000 kW), 2025:');
    expect(
      rowFigures(line, row, unit).map((f) => [
        f.value,
        f.unit,
        f.unitKind,
        f.normalised,
        f.display,
        f.baseline,
      ]),
    ).toEqual([
      [
        1500,
        '10,000 kW',
        'other',
        1500,
        '1,500 10,000 kW',
        { value: 420, unit: '10,000 kW', normalised: 420, year: 2020, display: '420 10,000 kW' },
      ],
    ]);
    // A figure with its own unit is the sentence reader's.
    expect(readIndicatorLine('Output value: 300 billion yuan')).toBeUndefined();
    expect(readIndicatorLine('The goals are as follows: build the base.')).toBeUndefined();
  });

  it('reads units in brackets, after "unit:" and after "in"', () => {
    expect(labelUnit('Main indicators (installed capacity in 10,000 kilowatts):')).toEqual({
      unit: '10,000 kilowatts',
      kind: 'other',
      factor: 1,
    });
    expect(labelUnit('Targets for 2025 (unit: 100 million yuan):')).toEqual({
      unit: '100 million yuan',
      kind: 'yuan',
      factor: 1e8,
    });
    expect(parseUnit('million square metres per year')).toEqual({
      unit: 'million square metres',
      kind: 'area',
      factor: 1,
    });
    expect(parseUnit('%')).toEqual({ unit: '%', kind: 'percent', factor: 1 });
    expect(parseUnit('units')).toEqual({ unit: '', kind: 'count', factor: 1 });
    expect(labelUnit('Development of the Yangtze (Jiangsu section)')).toBeUndefined();
  });

  it('reads bracketed past averages, "Number of" labels and unitless measures of a table', () => {
    const header = readHeader('Item | 2020 | 2025 | Type', 2020)!;
    expect(header.columns.map((c) => c.role)).toEqual(['label', 'baseline', 'target', 'skip']);
    const rows = [
      'Annual growth of port throughput (%) | [6.8] | 5 | Expected',
      'Number of cruise routes | 14 | 30 | Expected',
      'Energy use per unit of output | 0.62 | <0.5 | Binding',
      'Berths (10 thousand tonnes) | — | 40 | Expected',
    ];
    expect(
      rows.map((line) =>
        rowFigures(line, readRow(line, header)!, undefined, true).map((f) => [
          f.display,
          f.unit,
          f.unitKind,
          f.normalised,
          f.qualifier,
          f.baseline?.display,
          f.baseline?.value,
        ]),
      ),
    ).toEqual([
      [['5%', '%', 'percent', 5, 'exactly', '6.8%', 6.8]],
      [['30', 'cruise routes', 'count', 30, 'exactly', '14', 14]],
      [['<0.5', '', 'other', 0.5, 'at-most', '0.62', 0.62]],
      [
        [
          '40 10 thousand tonnes',
          '10 thousand tonnes',
          'other',
          40,
          'exactly',
          undefined,
          undefined,
        ],
      ],
    ]);
    // Without `unitless` (indicator lines under a label), a row with no unit sets nothing.
    const line = rows[2];
    expect(rowFigures(line, readRow(line, header)!)).toEqual([]);
  });

  it('reads "label: past (year) → due (year)" lines with their units', () => {
    const figures = (line: string) =>
      rowFigures(line, readArrowLine(line)!).map((f) => [
        f.display,
        f.unit,
        f.unitKind,
        f.normalised,
        f.year,
        f.baseline?.display,
        f.baseline?.normalised,
        f.baseline?.year,
      ]);
    expect(
      figures('Output value of the port economy (billion yuan): 120 (2022) → 300 (2025)'),
    ).toEqual([
      ['300 billion yuan', 'billion yuan', 'yuan', 300e9, 2025, '120 billion yuan', 120e9, 2022],
    ]);
    expect(figures('Share of clean energy in power: 42% (2022) → 55% (2025 target)')).toEqual([
      ['55%', '%', 'percent', 55, 2025, '42%', 42, 2022],
    ]);
    expect(
      figures('Licensed drone makers: 1,500 enterprises in 2022 -> 2,400 enterprises by 2025.'),
    ).toEqual([['2,400', 'enterprises', 'count', 2400, 2025, '1,500', 1500, 2022]]);
    expect(figures('Charging piles: 3.2 million (2022) → 6 million (2025)')).toEqual([
      ['6 million', 'charging piles', 'count', 6e6, 2025, '3.2 million', 3.2e6, 2022],
    ]);
    // The due year must come after the past one; a sentence is no such line.
    expect(readArrowLine('Output: 5 (2025) → 3 (2022)')).toBeUndefined();
    expect(readArrowLine('Output will rise from 120 in 2022 to 300 by 2025.')).toBeUndefined();
  });

  it('reads one figure per cell', () => {
    expect(readCell('5 or more')).toEqual({ value: 5, qualifier: 'at-least', start: 0, end: 9 });
    expect(readCell(' 35% ', 10)).toEqual({
      value: 35,
      qualifier: 'exactly',
      unit: '%',
      start: 11,
      end: 14,
    });
    expect(readCell('to be determined')).toBeUndefined();
    expect(readCell('12 and 15')).toBeUndefined();
  });
});

describe('indicator tables in the targets extractor', () => {
  const targetsOf = (sections: { title: string; blocks: string[] }[], preamble: string[] = []) =>
    extract(makeDoc({ preamble, sections }), makeEditorial(), 'p.txt').targets.map((t) => [
      t.display,
      t.value,
      t.unitKind,
      t.normalised,
      t.year,
      t.baseline?.value,
      t.baseline?.year,
    ]);

  it('reads each row once and lets a later sentence start from its past column', () => {
    expect(
      targetsOf(
        [
          {
            title: 'Main Goals',
            blocks: [
              'Indicator | 2020 | 2025 target',
              'Revenue of software industry (billion yuan) | 85 | 160',
              'Share of R&D spending in revenue (%) | 3.1 | 4 or more',
              'By 2030, revenue of the software industry will reach 300 billion yuan.',
            ],
          },
        ],
        ['14th Five-Year Plan for the Software Industry'],
      ),
    ).toEqual([
      ['160 billion yuan', 160, 'yuan', 160e9, 2025, 85, 2020],
      ['4% or more', 4, 'percent', 4, 2025, 3.1, 2020],
      ['300 billion yuan', 300, 'yuan', 300e9, 2030, 85, 2020],
    ]);
  });

  it('reads arrow lines anywhere, and keeps table rows out of goals unless set as outcomes', () => {
    const doc = (lead: string) =>
      extract(
        makeDoc({
          sections: [
            {
              title: 'Development Goals',
              blocks: [
                lead,
                'Indicator | 2020 | 2025',
                'Berths (number) | 40 | 55',
                'Throughput (million TEU): 30 (2020) → 36 (2025)',
              ],
            },
          ],
        }),
        makeEditorial(),
        'p.txt',
      );
    const plain = doc('By 2025, the port will be a hub of the region.');
    expect(plain.targets.map((t) => [t.display, t.normalised, t.year, t.baseline?.value])).toEqual([
      ['55', 55, 2025, 40],
      ['36', 36e6, 2025, 30],
    ]);
    // An arrow line is a row of the table like the others: no goal of its own.
    expect(plain.goals.map((g) => g.statement)).toEqual([
      'By 2025, the port will be a hub of the region.',
    ]);
    const met = doc('By 2025, the main indicators in Table 1 will be met.');
    expect(met.goals.map((g) => g.statement)).toEqual([
      'By 2025, the main indicators in Table 1 will be met.',
      'Berths (number) | 40 | 55',
      'Throughput (million TEU): 30 (2020) → 36 (2025)',
    ]);
  });

  it('reads indicator lines in the unit of their label line', () => {
    expect(
      targetsOf([
        {
          title: 'Targets',
          blocks: [
            'Installed capacity (10,000 kW), 2025:',
            'hydropower: 2,400 (2020: 2,150)',
            'pumped storage: 300',
          ],
        },
      ]),
    ).toEqual([
      ['2,400 10,000 kW', 2400, 'other', 2400, 2025, 2150, 2020],
      ['300 10,000 kW', 300, 'other', 300, 2025, undefined, undefined],
    ]);
  });

  it('gives a past figure the year an earlier sentence of its paragraph set', () => {
    expect(
      targetsOf([
        {
          title: 'Basis and goals',
          blocks: [
            'In 2020 the sector had 40 parks. Its output value was 3,100 100 million yuan.',
            'By 2025, the output value of the sector will reach 5,000 100 million yuan.',
          ],
        },
      ]),
    ).toEqual([['5,000 100 million yuan', 5000, 'yuan', 5e11, 2025, 3100, 2020]]);
  });

  it('pairs a restated share, a year-end past figure and an item lead-in with later targets', () => {
    expect(
      targetsOf([
        {
          title: 'Basis',
          blocks: [
            'In 2020 the added value of the digital sector reached 900 billion yuan, or 21.5% of GDP.',
            'By the end of 2020, the province had 3 parks, and wind power accounted for 28% of power capacity.',
          ],
        },
        {
          title: 'Goals',
          blocks: [
            'By 2025, the added value of the digital sector will account for 25% of GDP.',
            'By 2025, wind power will make up more than 40% of power capacity.',
          ],
        },
      ]),
    ).toEqual([
      ['25%', 25, 'percent', 25, 2025, 21.5, 2020],
      ['more than 40%', 40, 'percent', 40, 2025, 28, 2020],
    ]);
    const items = makeDoc({
      sections: [
        {
          title: 'Clusters',
          blocks: [
            'In 2020 revenue of the biomedicine industry passed 120 billion yuan.',
            {
              kind: 'item',
              label: 'Biomedicine',
              text: 'Biomedicine. Its revenue shall exceed 300 billion yuan by 2025.',
            },
          ],
        },
      ],
    });
    expect(
      extract(items, makeEditorial(), 'p.txt').targets.map((t) => [t.value, t.baseline?.value]),
    ).toEqual([[300, 120]]);
  });

  it('reads the last five-year period as the past in a plan of the next one', () => {
    const basis = 'During the 13th Five-Year Plan period, revenue grew by about 12% a year.';
    const goal = 'During the 14th Five-Year Plan period, revenue will grow by about 10% a year.';
    expect(
      targetsOf([{ title: 'Basis', blocks: [basis, goal] }], ['14th Five-Year Plan for Robots']),
    ).toEqual([['about 10%', 10, 'percent', 10, 2025, undefined, undefined]]);
  });

  it('reads a markdown table past its rule line and rows with blank cells', () => {
    expect(
      targetsOf([
        {
          title: 'Key indicators',
          blocks: [
            '| Indicator | Unit | 2020 | 2025 | Average annual growth |',
            '| --- | --- | ---: | ---: | ---: |',
            '| Data centre racks | 10,000 racks | 1.5 | 4 | 22% |',
            '| Computing power | EFLOPS | — | 2 | — |',
            '| Digital economy core industries | % of GDP | 7.8 | 10 | [2.2] |',
          ],
        },
      ]),
    ).toEqual([
      ['4', 4, 'count', 40000, 2025, 1.5, 2020],
      ['2 EFLOPS', 2, 'other', 2, 2025, undefined, undefined],
      ['10%', 10, 'percent', 10, 2025, 7.8, 2020],
    ]);
    const share = makeDoc({
      sections: [
        { title: 'Goals', blocks: ['Indicator | Unit | 2025', 'Core industries | % of GDP | 10'] },
      ],
    });
    expect(extract(share, makeEditorial(), 'p.txt').targets.map((t) => t.scope)).toEqual([
      'share-of-gdp',
    ]);
  });

  it('reads ", with X of more than N" as a target, "firms with revenue over N" as a kind', () => {
    expect(
      targetsOf([
        {
          title: 'Goals',
          blocks: [
            'By 2030, solar power will lead the grid, with installed capacity of more than 80 GW.',
            'By 2025, the city will have 6 firms with revenue over 10 billion yuan.',
          ],
        },
      ]).map((t) => t.slice(0, 3)),
    ).toEqual([
      ['more than 80 GW', 80, 'other'],
      ['6 firms', 6, 'count'],
    ]);
  });
});
