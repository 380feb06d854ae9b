import { describe, expect, it } from 'vitest';
import type { BlockRef } from '../../src/utils/data.ts';
import {
  byParagraph,
  paragraphHeading,
  projectFacts,
} from '../../src/utils/route-data/projects.ts';

const project = (
  id: string,
  blockId: string,
  industries: string[] = [],
  places: string[] = [],
) => ({
  id,
  data: {
    name: id.toUpperCase(),
    blockId,
    industryIds: industries.map((i) => ({ id: i })),
    placeIds: places.map((p) => ({ id: p })),
  },
});

describe('byParagraph', () => {
  it('groups projects by the paragraph that names them, in the order they come', () => {
    const groups = byParagraph([project('a', 'b2'), project('b', 'b2'), project('c', 'b7')]);
    expect(groups.map((g) => [g.blockId, g.members.map((m) => m.id)])).toEqual([
      ['b2', ['a', 'b']],
      ['b7', ['c']],
    ]);
    expect(byParagraph([])).toEqual([]);
  });
});

describe('paragraphHeading', () => {
  it('names the section of the paragraph, or the Plan when it is unknown', () => {
    const source = { section: { id: 's', title: 'Key projects', synthetic: false } } as BlockRef;
    expect(paragraphHeading('b2', source)).toBe('From “Key projects”, ¶ b2');
    expect(paragraphHeading('gone', undefined)).toBe('From “the Plan”, ¶ gone');
  });
});

describe('projectFacts', () => {
  it('lists a project’s industries and places by name', () => {
    const names = {
      industry: new Map([['ic', 'Integrated circuits']]),
      place: new Map([['lg', 'Lingang']]),
    };
    expect(projectFacts(project('fab', 'b1', ['ic'], ['lg', 'x']), names)).toEqual([
      { term: 'Industries', kind: 'industry', items: [{ id: 'ic', label: 'Integrated circuits' }] },
      {
        term: 'Places',
        kind: 'place',
        items: [
          { id: 'lg', label: 'Lingang' },
          { id: 'x', label: 'x' },
        ],
      },
    ]);
  });
});
