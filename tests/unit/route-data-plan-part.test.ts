import { describe, expect, it } from 'vitest';
import type { SectionEntry } from '../../src/utils/data.ts';
import type { ReaderPage } from '../../src/utils/reader-pages.ts';
import { partCrumbs, partName, partToc } from '../../src/utils/route-data/plan-part.ts';

const section = (id: string, number: string, title: string, original?: string) =>
  ({
    id,
    data: {
      number,
      title: original ?? title,
      ...(original && {
        titleInlines: [{ type: 'correction', id: 'c', status: 'likely', original, text: title }],
      }),
      blocks: [],
    },
  }) as unknown as SectionEntry;
const part = section('s4', 'IV', 'Spatial layout');
const sub = section('s4-1', '1', 'Lingang area', 'Lin Hong area');
const page = (over: Partial<ReaderPage<SectionEntry>> = {}): ReaderPage<SectionEntry> => ({
  path: 'plan/s4-1/',
  section: sub,
  slices: [{ section: sub, blocks: [] }],
  children: [],
  listsChildren: false,
  ...over,
});
const sectionPath = (id: string) => `plan/${id}/`;

describe('partName', () => {
  it('names a page by its section as corrected, and a further page by its place', () => {
    expect(partName(page())).toBe('1 Lingang area');
    expect(partName(page({ sequence: { index: 2, of: 3 } }))).toBe('1 Lingang area (2 of 3)');
  });
});

describe('partCrumbs', () => {
  it('leads from the Plan through the part to the section', () => {
    expect(partCrumbs(page(), part, sectionPath)).toEqual([
      { label: 'The Plan', path: 'plan/' },
      { label: 'IV Spatial layout', path: 'plan/s4/' },
      { label: '1 Lingang area' },
    ]);
  });
  it('ends a further page of a section in its page number', () => {
    expect(partCrumbs(page({ sequence: { index: 2, of: 3 } }), undefined, sectionPath)).toEqual([
      { label: 'The Plan', path: 'plan/' },
      { label: '1 Lingang area', path: 'plan/s4-1/' },
      { label: 'Page 2' },
    ]);
  });
});

describe('partToc', () => {
  it('lists the subsections shown after the page’s own text, with their original titles', () => {
    const slices = [
      { section: part, blocks: [] },
      { section: sub, blocks: [] },
    ];
    expect(partToc(page({ section: part, slices }))).toEqual([
      { id: 's4-1', text: '1 Lingang area', original: '1 Lin Hong area', depth: 1 },
    ]);
    expect(partToc(page())).toEqual([]);
  });
});
