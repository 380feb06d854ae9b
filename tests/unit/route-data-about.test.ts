import { describe, expect, it } from 'vitest';
import {
  aboutToc,
  cappedSection,
  countRows,
  furniture,
  translationLabel,
} from '../../src/utils/route-data/about.ts';

describe('about page', () => {
  it('names the kind of text', () => {
    expect(translationLabel('machine')).toBe('machine translation');
    expect(translationLabel('human')).toBe('human translation');
    expect(translationLabel('none')).toBe('original language');
  });

  it('lists "Editors’ fixes" only when an editor fixed something', () => {
    expect(aboutToc(false).map((t) => t.id)).toEqual([
      'this-text',
      'sources',
      'translation',
      'method',
      'page-furniture',
      'removals',
      'warnings',
      'data',
    ]);
    expect(aboutToc(true)[5]).toEqual({ id: 'edits', text: 'Editors’ fixes', depth: 1 });
  });

  it('keeps the page furniture that was there, in page order', () => {
    expect(
      furniture({
        notice: 'Translated automatically.',
        headline: 'Plan issued',
        breadcrumb: '',
        footer: ['Publisher'],
        contacts: [],
      }),
    ).toEqual([
      ['Headline', 'Plan issued'],
      ['Notice', 'Translated automatically.'],
    ]);
  });

  it('words the counts, in the generator’s order', () => {
    expect(
      countRows({ sourceLines: 1234, industriesByTier: { 'pillar industries': 3, none: 2 } }),
    ).toEqual([
      ['Source lines', '1,234'],
      ['Industries by tier', 'Pillar industries 3, None 2'],
    ]);
  });

  it('shows the first 100 rows of a long list and says how many more the data has', () => {
    const rows = Array.from({ length: 103 }, (_, i) => i);
    const { shown, section } = cappedSection('warnings', 'Warnings', rows, 'None.', [
      'warning',
      'warnings',
    ]);
    expect(shown).toEqual(rows.slice(0, 100));
    expect(section).toEqual({
      id: 'warnings',
      title: 'Warnings',
      total: 103,
      more: 3,
      empty: 'None.',
      noun: ['warning', 'warnings'],
      field: 'warnings',
    });
    expect(cappedSection('removals', 'Noise removed', [], 'Nothing.', ['r', 'rs'])).toEqual({
      shown: [],
      section: {
        id: 'removals',
        title: 'Noise removed',
        total: 0,
        more: 0,
        empty: 'Nothing.',
        noun: ['r', 'rs'],
        field: 'removals',
      },
    });
  });
});
