import { describe, expect, it } from 'vitest';
import {
  countLabel,
  excerpt,
  formatNumber,
  formatValue,
  itemNumber,
  measureLabel,
  plural,
  qualifierLabel,
  scopeLabel,
  splitDisplay,
  tierLabel,
  namedOf,
} from '../../src/utils/format.ts';
import { formatCitation } from '../../src/utils/citation.ts';

describe('labels', () => {
  it('words the enums', () => {
    expect(tierLabel('future-oriented leading industries')).toBe(
      'Future-oriented leading industries',
    );
    expect(tierLabel(undefined)).toBe('No category');
    expect(namedOf(7, 12)).toBe('the text names 7 of 12');
    expect(namedOf(3, 3)).toBeUndefined();
    expect(namedOf(2, undefined)).toBeUndefined();
    expect(scopeLabel('output-value')).toBe('output value');
    expect(qualifierLabel('more-than')).toBe('more than');
  });
});

describe('numbers', () => {
  it('formats with a fixed English locale', () => {
    expect(formatNumber(26000)).toBe('26,000');
    expect(formatNumber(0.125)).toBe('0.13');
  });

  it('attaches "%" and spaces other units', () => {
    expect(formatValue(20, '%')).toBe('20%');
    expect(formatValue(350, 'billion yuan')).toBe('350 billion yuan');
    expect(formatValue(1, '')).toBe('1');
  });

  it('counts with the right noun', () => {
    expect(plural(1, 'goal', 'goals')).toBe('1 goal');
    expect(plural(1200, 'goal', 'goals')).toBe('1,200 goals');
  });
});

describe('text', () => {
  it('adds a full stop to bare item numbers only', () => {
    expect(itemNumber('3')).toBe('3.');
    expect(itemNumber('iv')).toBe('iv.');
    expect(itemNumber('(2)')).toBe('(2)');
  });

  it('cuts excerpts at a word boundary', () => {
    expect(excerpt('short  text\n here')).toBe('short text here');
    expect(excerpt('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });
});

describe('values as written', () => {
  it('splits a value at its number, keeping the qualifier and unit', () => {
    expect(splitDisplay('about 350 billion yuan')).toEqual(['about ', '350 billion yuan']);
    expect(splitDisplay('exceed 1 trillion yuan')).toEqual(['exceed ', '1 trillion yuan']);
    expect(splitDisplay('20%')).toEqual(['', '20%']);
    expect(splitDisplay('no number')).toEqual(['', 'no number']);
  });

  it('captions a chart with its scope and unit', () => {
    expect(measureLabel('share-of-gdp', '%')).toBe('Share of GDP (%)');
    expect(measureLabel('growth-rate', '%')).toBe('Growth rate (%)');
    expect(measureLabel('output-value', 'billion yuan')).toBe('Output value (billion yuan)');
  });
});

describe('countLabel', () => {
  it('turns camelCase keys into words', () => {
    expect(countLabel('industriesByTier')).toBe('Industries by tier');
    expect(countLabel('blocks')).toBe('Blocks');
    expect(countLabel('sha256Bytes')).toBe('Sha256 bytes');
  });
});

describe('formatCitation', () => {
  it('names plan, section, paragraph and URL', () => {
    expect(
      formatCitation({
        planTitle: 'The Plan',
        section: 'Integrated circuit',
        blockId: 'integrated-circuit-i1',
        url: 'https://x.github.io/p/plan/#integrated-circuit-i1',
      }),
    ).toBe(
      'The Plan, “Integrated circuit”, ¶ integrated-circuit-i1. https://x.github.io/p/plan/#integrated-circuit-i1',
    );
  });

  it('leaves out an empty section', () => {
    expect(formatCitation({ planTitle: 'P', section: '', blockId: 'b', url: 'u' })).toBe(
      'P, ¶ b. u',
    );
  });
});

describe('target values', () => {
  it('writes ranges and baselines', async () => {
    const { formatRange, baselineLabel } = await import('../../src/utils/format.ts');
    expect(formatRange(15, 20)).toBe('15–20');
    expect(formatRange(1200)).toBe('1,200');
    expect(baselineLabel({ value: 6.5, unit: '%', year: 2020 })).toBe('from 6.5% in 2020');
    expect(baselineLabel({ value: 560, unit: 'billion yuan' })).toBe('from 560 billion yuan');
  });
});
