import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { numberAtoms } from '../../src/pipeline/extract/quantities/numbers.ts';
import { carriesScope, scopeOf } from '../../src/pipeline/extract/target-scope.ts';
import { isTargetSentence } from '../../src/pipeline/extract/target-years.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

describe('scopeOf', () => {
  it('reads a measure named after the amount', () => {
    const at = (after: string) => scopeOf('yuan', '', 'X will reach ', { after });
    expect(at(' in output value, up from')).toBe('output-value');
    expect(at(' of special funds every year')).toBe('investment');
    expect(at(' of operating revenue')).toBe('revenue');
    expect(at(', and Y will grow')).toBe('other');
    // The keyword before the number comes first.
    expect(scopeOf('yuan', '', 'revenue will reach ', { after: ' in output value' })).toBe(
      'revenue',
    );
  });

  it('gives a growth rate only for a rate per year', () => {
    const clause = (text: string) => scopeOf('percent', text, text);
    expect(clause('added value will grow by more than 12% annually')).toBe('growth-rate');
    expect(clause('revenue will grow at 8%')).toBe('growth-rate');
    expect(clause('energy density should rise by 15-20% compared with 2020')).toBe('other');
    expect(clause('the share will rise by 3 percentage points')).toBe('other');
  });

  it('tells a flow counted in units from things the plan builds', () => {
    const count = (before: string, after = '') => scopeOf('count', '', before, { after });
    expect(count('the annual output of new energy vehicles will exceed ')).toBe('other');
    expect(count('the container throughput will reach ')).toBe('other');
    expect(count('the zone aims to carry out more than ', ' a year by then')).toBe('other');
    expect(count('the city will build ', ' a year')).toBe('count');
    expect(count('2 enterprises with output value over ')).toBe('count');
    expect(count('the province will add ')).toBe('count');
  });

  it('reads what doubles from the phrase it doubles, else from its sentence', () => {
    const multiple = (sentenceBefore: string, after: string) =>
      scopeOf('multiple', '', '', { sentenceBefore, after });
    expect(multiple('Strive to ', ' the revenue of the aviation industry by 2025')).toBe('revenue');
    expect(
      multiple('By 2025, the output value of the chain will reach 120 billion RMB, roughly ', ''),
    ).toBe('output-value');
    expect(multiple('The number of public charging points is to ', '.')).toBe('count');
    expect(multiple("The city's annual NEV output is expected to ", ' by 2025')).toBe('other');
    expect(multiple('Robot density in manufacturing will ', '.')).toBe('other');
  });

  it('carries a measure to a figure without one of its own', () => {
    expect(carriesScope('yuan', 'new-generation information technology', 'revenue')).toBe(true);
    expect(carriesScope('yuan', 'exports of ships', 'revenue')).toBe(false);
    expect(carriesScope('yuan', undefined, 'other')).toBe(false);
    expect(carriesScope('percent', undefined, 'share-of-gdp')).toBe(true);
    expect(carriesScope('percent', 'the share of services', 'share-of-gdp')).toBe(false);
    expect(carriesScope('count', undefined, 'revenue')).toBe(false);
  });
});

describe('scopes in the targets extractor', () => {
  const scopes = (text: string) =>
    extract(
      makeDoc({
        preamble: ['14th Five-Year Plan'],
        sections: [{ title: 'Goals', blocks: [text] }],
      }),
      makeEditorial(),
      'p.txt',
    ).targets.map((t) => [t.display, t.scope, t.baseline?.normalised]);

  it('carries the measure across a sentence and to "that share"', () => {
    expect(
      scopes(
        'By 2025, A will achieve revenue of 1.5 trillion yuan, and B will exceed RMB 1.2 trillion.',
      ),
    ).toEqual([
      ['1.5 trillion yuan', 'revenue', undefined],
      ['exceed RMB 1.2 trillion', 'revenue', undefined],
    ]);
    expect(
      scopes(
        "In 2020, the industries made up 22.4 per cent of the city's GDP. By 2025, that share is expected to climb to 30 per cent.",
      ),
    ).toEqual([['30 per cent', 'share-of-gdp', 22.4]]);
  });
});

describe('numbers and target sentences of the genre', () => {
  const atoms = (text: string) => numberAtoms(text).map((a) => [a.value, a.form]);

  it('reads "tenfold" and leaves formula names alone', () => {
    expect(atoms('will increase tenfold')).toEqual([[10, 'multiple']]);
    expect(atoms('a fivefold rise')).toEqual([[5, 'multiple']]);
    expect(atoms('the "4+4+X" industries and the 1 + N system')).toEqual([]);
    expect(atoms('4 + 4 = 8 is arithmetic')).toEqual([[8, 'digits']]);
  });

  it('takes a headline infinitive as intent', () => {
    expect(isTargetSentence('100 smart shipyards to be built.', 2022)).toBe(true);
    expect(isTargetSentence('Exports of ships to reach US$30 billion.', 2022)).toBe(true);
    expect(isTargetSentence('Shipyards completed 37.86 million tons.', 2022)).toBe(false);
  });
});
