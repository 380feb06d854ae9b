import { describe, expect, it } from 'vitest';
import { looseWords, nameKey, occursIn, textKey, titleKey } from '../../src/eval/normalise.ts';
import { near, unitInfo } from '../../src/eval/units.ts';

describe('eval: comparisons', () => {
  it('compares titles without case, quotes, spaces and final punctuation', () => {
    expect(titleKey('The "14th Five-Year" Plan.')).toBe('the14thfive-yearplan');
    expect(titleKey('1.1 Guiding ideas:')).toBe('1.1guidingideas');
  });

  it('compares names without case, hyphens, spaces, industry words and a plural s', () => {
    expect(nameKey('High-end equipment industry')).toBe('highendequipment');
    expect(nameKey('high end equipment')).toBe('highendequipment');
    expect(nameKey('Integrated circuits')).toBe(nameKey('integrated circuit'));
    expect(nameKey('new energy sector')).toBe('newenergy');
    expect(nameKey('core industries')).toBe('core');
    expect(nameKey('future technologies')).toBe('futuretechnology');
    expect(nameKey('business')).toBe('business');
    expect(nameKey('Sixth-generation mobile communications (6G)')).toBe(
      'sixthgenerationmobilecommunications6g',
    );
  });

  it('drops a leading "the" from place names only', () => {
    expect(nameKey('the Pearl River Delta', true)).toBe('pearlriverdelta');
    expect(nameKey('the Pearl River Delta')).toBe('thepearlriverdelta');
    expect(nameKey('Lin-gang', true)).toBe(nameKey('Lingang', true));
  });

  it('compares goal texts without case and spaces', () => {
    expect(textKey('By 2025,  the  Output “value”')).toBe('by2025,theoutput"value"');
  });

  it('finds a phrase in a source as whole words, ignoring case and punctuation', () => {
    const source = looseWords('The Plan: by 2025, RMB 2 trillion; high-tech zones.');
    expect(occursIn('rmb 2 trillion', source)).toBe(true);
    expect(occursIn('High tech zones', source)).toBe(true);
    expect(occursIn('tech zone', source)).toBe(false);
    expect(occursIn('2 trillion yuan', source)).toBe(false);
    expect(occursIn('--', source)).toBe(false);
  });
});

describe('eval: units', () => {
  it('gives the kind and scale of a written unit', () => {
    expect(unitInfo('billion yuan')).toEqual({ kind: 'yuan', scale: 1e9 });
    expect(unitInfo('trillion yuan')).toEqual({ kind: 'yuan', scale: 1e12 });
    expect(unitInfo('100 million yuan')).toEqual({ kind: 'yuan', scale: 1e8 });
    expect(unitInfo('billion US dollars')).toEqual({ kind: 'usd', scale: 1e9 });
    expect(unitInfo('%')).toEqual({ kind: 'percent', scale: 1 });
    expect(unitInfo('per cent')).toEqual({ kind: 'percent', scale: 1 });
    expect(unitInfo('square kilometres')).toEqual({ kind: 'area', scale: 1 });
    expect(unitInfo('times')).toEqual({ kind: 'multiple', scale: 1 });
    expect(unitInfo('GW')).toEqual({ kind: 'other', scale: 1 });
    expect(unitInfo('charging piles')).toEqual({ kind: 'count', scale: 1 });
  });

  it('takes figures within 0.1% as equal', () => {
    expect(near(1.2e12, 1200e9)).toBe(true);
    expect(near(100, 100.09)).toBe(true);
    expect(near(100, 100.2)).toBe(false);
    expect(near(undefined, undefined)).toBe(true);
    expect(near(1, undefined)).toBe(false);
    expect(near(0, 0)).toBe(true);
  });
});
