import { describe, expect, it } from 'vitest';
import { appliedIn, inReadingOrder, partOf } from '../../src/utils/route-data/glossary.ts';

const positions = new Map([
  ['b1', 0],
  ['b2', 1],
  ['b9', 8],
]);
const position = (id: string) => positions.get(id);

describe('inReadingOrder', () => {
  it('orders block ids as the Plan reads, each once, leaving out unknown ones', () => {
    expect(inReadingOrder(['b9', 'gone', 'b1', 'b9', 'b2'], position)).toEqual(['b1', 'b2', 'b9']);
    expect(inReadingOrder([], position)).toEqual([]);
  });
});

describe('appliedIn', () => {
  const links = {
    blockPath: (id: string) => `plan/#${id}`,
    sectionPath: (id: string) => `plan/${id}/`,
  };
  const sections = new Map([['s2', 'Spatial layout']]);
  it('links the headings, then the paragraphs in reading order, a correction was applied to', () => {
    expect(
      appliedIn({ sectionIds: ['s2', 's404'], blockIds: ['b9', 'b1'] }, sections, position, links),
    ).toEqual([
      { path: 'plan/s2/', label: 'heading “Spatial layout”' },
      { path: 'plan/#b1', label: '¶ b1' },
      { path: 'plan/#b9', label: '¶ b9' },
    ]);
  });
  it('has nothing for a correction applied nowhere in this text', () => {
    expect(appliedIn({ sectionIds: [], blockIds: ['gone'] }, sections, position, links)).toEqual(
      [],
    );
  });
});

describe('partOf', () => {
  it('says which part of a long glossary a page holds', () => {
    expect(partOf('Terms', 3, 50, 120, 3)).toBe('Terms 101–120 of 120');
    expect(partOf('Corrections', 1, 50, 19, 3)).toBe('Corrections 1–19 of 19');
  });
  it('keeps the plain heading on a glossary of one page', () => {
    expect(partOf('Terms', 1, 50, 40, 1)).toBe('Terms');
  });
});
