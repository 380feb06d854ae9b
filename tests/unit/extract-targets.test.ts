import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import type { Target } from '../../src/pipeline/types.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

/** Targets of one industry-section paragraph (integrated circuits). */
function targetsOf(text: string, title = 'Integrated circuits') {
  const result = extract(makeDoc({ sections: [{ title, blocks: [text] }] }), editorial, 'p.txt');
  return { targets: result.targets, warnings: result.warnings.map((w) => w.message) };
}

const brief = (t: Target) => [t.display, t.value, t.unit, t.scope, t.qualifier, t.year];

describe('extract: targets', () => {
  it('reads value, unit, qualifier, scope and year of a goal sentence', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Development goals',
          blocks: [
            {
              kind: 'bullet',
              text: "Scale. By 2025, the added value of strategic emerging industries will account for more than 20% of the city's GDP, the added value will exceed 1 trillion yuan.",
            },
          ],
        },
      ],
    });
    expect(extract(doc, editorial, 'p.txt').targets).toEqual([
      {
        id: 'overall-share-of-gdp-2025',
        value: 20,
        unit: '%',
        unitKind: 'percent',
        normalised: 20,
        display: 'more than 20%',
        scope: 'share-of-gdp',
        qualifier: 'more-than',
        year: 2025,
        subject: 'Added value of strategic emerging industries, share of GDP',
        goalId: 'scale',
        blockId: 'development-goals-b1',
        sentence:
          "By 2025, the added value of strategic emerging industries will account for more than 20% of the city's GDP, the added value will exceed 1 trillion yuan.",
      },
      {
        id: 'overall-added-value-2025',
        value: 1,
        unit: 'trillion yuan',
        unitKind: 'yuan',
        normalised: 1e12,
        display: 'exceed 1 trillion yuan',
        scope: 'added-value',
        qualifier: 'exceed',
        year: 2025,
        subject: 'Added value of strategic emerging industries',
        goalId: 'scale',
        blockId: 'development-goals-b1',
        sentence:
          "By 2025, the added value of strategic emerging industries will account for more than 20% of the city's GDP, the added value will exceed 1 trillion yuan.",
      },
    ]);
  });

  it('takes growth rates and the period year in an industry section', () => {
    const { targets } = targetsOf(
      'During the 14th five-year Plan period, the scale of the integrated circuit industry grew at an average annual rate of about 20%, striving for two enterprises.',
    );
    expect(targets.map((t) => [t.id, t.subject, t.industryId, t.goalId, ...brief(t)])).toEqual([
      [
        'chips-growth-rate-2025',
        'Scale of the integrated circuit industry, annual growth',
        'chips',
        'chips-2025',
        'about 20%',
        20,
        '%',
        'growth-rate',
        'about',
        2025,
      ],
      [
        'chips-count-2025',
        'Number of enterprises, integrated circuits',
        'chips',
        'chips-2025',
        'two enterprises',
        2,
        'enterprises',
        'count',
        'exactly',
        2025,
      ],
    ]);
  });

  it('reads output values, counts with thousands separators and every qualifier', () => {
    const { targets } = targetsOf(
      'The output value will reach about 350 billion yuan. We will cultivate at least 26,000 high-tech enterprises. Sales revenue will be up to 5 million yuan; we will build not less than 3 projects, over 40 percent and no more than 2.5%.',
    );
    expect(targets.map(brief)).toEqual([
      ['about 350 billion yuan', 350, 'billion yuan', 'output-value', 'about', undefined],
      [
        'at least 26,000 high-tech enterprises',
        26000,
        'high-tech enterprises',
        'count',
        'at-least',
        undefined,
      ],
      ['up to 5 million yuan', 5, 'million yuan', 'revenue', 'at-most', undefined],
      ['not less than 3 projects', 3, 'projects', 'count', 'at-least', undefined],
      ['over 40 percent', 40, '%', 'other', 'more-than', undefined],
      ['no more than 2.5%', 2.5, '%', 'other', 'at-most', undefined],
    ]);
    expect(targets.map((t) => t.subject)).toEqual([
      'Output value, integrated circuits',
      'Number of high-tech enterprises, integrated circuits',
      'Sales revenue, integrated circuits',
      'Number of projects, integrated circuits',
      'Amount, integrated circuits',
      'Amount, integrated circuits',
    ]);
  });

  it('gives a growth rate without a subject of its own the subject before it', () => {
    const { targets } = targetsOf(
      'By 2025, the output value of chips will exceed 500 billion yuan, growing by about 12% a year.',
    );
    expect(targets.map((t) => [t.id, t.subject])).toEqual([
      ['chips-output-value-2025', 'Output value of chips'],
      ['chips-growth-rate-2025', 'Output value of chips, annual growth'],
    ]);
  });

  it('does not take sizes, generations, bare counts or years for targets', () => {
    const { targets, warnings } = targetsOf(
      'By 2025, improve 12-inch silicon wafers, (12-inch) wafers, 5G and 400G-based networks, the 14th plan, 6-inch wafers and 3 of them; in 2025 enterprises grow.',
    );
    expect(targets).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('does not take an amount that describes a kind of enterprise', () => {
    const { targets } = targetsOf(
      'Foster a number of small and medium-sized enterprises with a sales scale of 10 billion yuan.',
    );
    expect(targets).toEqual([]);
  });

  it('takes a count before "each" as the target and the amount after it as a kind', () => {
    const { targets } = targetsOf(
      'By 2025, the city will have six ports each handling over 50 million tonnes.',
    );
    expect(targets.map(brief)).toEqual([['six ports', 6, 'ports', 'count', 'exactly', 2025]]);
  });

  it('reads ranges as one target with a maximum', () => {
    const { targets, warnings } = targetsOf(
      'By 2025 output will grow 10-15% a year, the share will be 3% to 5%, and investment will be 2 to 4 billion yuan.',
    );
    expect(
      targets.map((t) => [t.display, t.value, t.valueMax, t.normalised, t.normalisedMax, t.scope]),
    ).toEqual([
      ['10-15%', 10, 15, 10, 15, 'growth-rate'],
      ['3% to 5%', 3, 5, 3, 5, 'other'],
      ['2 to 4 billion yuan', 2, 4, 2e9, 4e9, 'investment'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads every block, but only sentences that look ahead', () => {
    const doc = makeDoc({
      preamble: ['Output reached 100 billion yuan. The park covers 30 square kilometres.'],
      sections: [
        {
          title: 'Spatial layout',
          blocks: [
            'Parks worth 50 billion yuan were built in 2019. The zone will cover 12 square kilometres by 2025.',
          ],
        },
      ],
    });
    expect(
      extract(doc, editorial, 'p.txt').targets.map((t) => [
        t.display,
        t.unitKind,
        t.normalised,
        t.year,
      ]),
    ).toEqual([['12 square kilometres', 'area', 12, 2025]]);
  });

  it("never takes a past figure's year for the target's horizon", () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Main objectives',
          blocks: [
            'By 2027, the sector will be stronger. The share of bio-based materials will rise from 4.2% in 2024 to about 8%.',
          ],
        },
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    // The 4.2% of 2024 is the baseline; 2024 is no horizon of the target or of the goal. A plan
    // without a period: the target shares the horizon its goals section named before (2027).
    expect(result.targets.map((t) => [t.display, t.year, t.baseline])).toEqual([
      ['about 8%', 2027, { value: 4.2, normalised: 4.2, unit: '%', display: '4.2%', year: 2024 }],
    ]);
    expect(result.goals.map((g) => g.year)).toEqual([2027]);
  });

  it('gives a target the one industry its sentence names, in a goal bullet', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Development goal',
          blocks: [
            {
              kind: 'bullet',
              text: 'Growth. New energy vehicle output will reach 350 billion yuan by 2025.',
            },
          ],
        },
      ],
    });
    const [target] = extract(doc, editorial, 'p.txt').targets;
    expect([target.id, target.industryId, target.subject, target.year]).toEqual([
      'nev-output-value-2025',
      'nev',
      'New energy vehicle output',
      2025,
    ]);
  });
});
