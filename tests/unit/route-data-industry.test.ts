import { describe, expect, it } from 'vitest';
import type { BlockRef } from '../../src/utils/data.ts';
import type { Inline } from '../../src/schemas/text.ts';
import {
  focusLabel,
  industryToc,
  summaryPlacement,
  tierNote,
} from '../../src/utils/route-data/industry.ts';

/** A block of the Plan at `index`, its text the runs in the translation's wording. */
const ref = (id: string, inlines: Inline[], index = 0): BlockRef => ({
  block: {
    id,
    kind: 'item',
    sectionId: 's1',
    line: 10 + index,
    text: inlines.map((r) => (r.type === 'correction' ? r.original : r.text)).join(''),
    hash: 'h',
    inlines,
    mentions: [],
    correctionIds: [],
  },
  section: { id: 's1', title: 'Key tasks', synthetic: false },
  index,
});
const text = (t: string): Inline => ({ type: 'text', text: t });
const fix = (original: string, corrected: string): Inline => ({
  type: 'correction',
  id: 'c1',
  status: 'verified',
  original,
  text: corrected,
});

describe('focusLabel', () => {
  const blocks = [
    ref('b1', [fix('Thin wafer', 'Thin-film'), text(' materials. Develop films.')]),
    ref('b2', [
      text(
        'Develop wafers, masks and gases for chips, with the long text going on past eighty characters.',
      ),
    ]),
  ];
  it('reads the label as corrected where a correction changed it', () => {
    expect(focusLabel({ block: 'b1', label: 'Thin wafer materials' }, blocks)).toEqual({
      text: 'Thin-film materials',
      original: 'Thin wafer materials',
    });
  });
  it('keeps a label the paragraph does not open with', () => {
    expect(focusLabel({ block: 'b1', label: 'Films' }, blocks)).toEqual({ text: 'Films' });
  });
  it('takes the opening words (at most 80 characters) of a paragraph without a label', () => {
    expect(focusLabel({ block: 'b1' }, blocks)).toEqual({
      text: 'Thin-film materials. Develop films.',
    });
    expect(focusLabel({ block: 'b2' }, blocks)).toEqual({
      text: 'Develop wafers, masks and gases for chips, with the long text going on past…',
    });
  });
  it('shows the label, or the block id, of a paragraph it cannot find', () => {
    expect(focusLabel({ block: 'gone', label: 'Chips' }, blocks)).toEqual({ text: 'Chips' });
    expect(focusLabel({ block: 'gone' }, blocks)).toEqual({ text: 'gone' });
  });
});

describe('summaryPlacement', () => {
  const body = [{ text: 'Build a world-class\ncluster by 2025.' }];
  const mentioned = [
    ref('m1', [text('Other text.')], 3),
    ref('m2', [text('We will build a world-class cluster by 2025, and more.')], 7),
  ];
  it('leaves a summary the section says to "What the Plan says"', () => {
    expect(summaryPlacement('Build a world-class cluster by 2025.', body, mentioned)).toEqual({
      inBody: true,
    });
  });
  it('quotes a summary from elsewhere with the first mention that says it', () => {
    const placed = summaryPlacement('build a world-class cluster by 2025…', [], mentioned);
    expect(placed.inBody).toBe(false);
    expect(placed.source?.block.id).toBe('m2');
  });
  it('shows a summary no paragraph says as plain text', () => {
    expect(summaryPlacement('Something else.', body, mentioned)).toEqual({ inBody: false });
    expect(summaryPlacement('', body, mentioned)).toEqual({ inBody: false });
  });
});

describe('industryToc', () => {
  const d = { focusAreas: [], projects: [] } as unknown as Parameters<typeof industryToc>[0];
  it('lists the sections always shown, in order', () => {
    expect(industryToc(d, false).map((t) => t.id)).toEqual([
      'goals',
      'targets',
      'places',
      'mentions',
      'related',
    ]);
  });
  it('adds the body, focus areas and projects when the industry has them', () => {
    const full = { focusAreas: [{ block: 'b1' }], projects: [{ id: 'p' }] } as typeof d;
    expect(industryToc(full, true)).toEqual([
      { id: 'what-the-plan-says', text: 'What the Plan says', depth: 1 },
      { id: 'focus-areas', text: 'Focus areas', depth: 1 },
      { id: 'goals', text: 'Goals', depth: 1 },
      { id: 'targets', text: 'Targets', depth: 1 },
      { id: 'places', text: 'Places', depth: 1 },
      { id: 'projects', text: 'Projects', depth: 1 },
      { id: 'mentions', text: 'Mentions', depth: 1 },
      { id: 'related', text: 'Related industries', depth: 1 },
    ]);
  });
});

describe('tierNote', () => {
  it('says whose category it is, or that there is none', () => {
    expect(tierNote('pillar industries')).toBe('the Plan’s own category');
    expect(tierNote(undefined)).toBe('the Plan puts it in no category');
  });
});
