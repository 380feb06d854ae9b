import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: goals', () => {
  it('makes each bullet of a goals section an overall goal', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Development goals',
          blocks: [
            {
              kind: 'bullet',
              label: 'the scale of the industry has reached a new level',
              text: 'the scale of the industry has reached a new level. By 2025, integrated circuits in Lingang lead.',
            },
            {
              kind: 'bullet',
              text: 'New breakthroughs in innovation, with artificial intelligence.',
            },
            'A closing paragraph is not a goal.',
          ],
        },
      ],
    });
    expect(extract(doc, editorial, 'p.txt').goals).toEqual([
      {
        id: 'scale-industry-reached-new-level',
        kind: 'overall',
        title: 'The scale of the industry has reached a new level',
        statement:
          'the scale of the industry has reached a new level. By 2025, integrated circuits in Lingang lead.',
        year: 2025,
        blockId: 'development-goals-b1',
        industryIds: ['chips'],
        placeIds: ['lin-gang'],
        targetIds: [],
      },
      {
        id: 'new-breakthroughs-innovation',
        kind: 'overall',
        title: 'New breakthroughs in innovation',
        statement: 'New breakthroughs in innovation, with artificial intelligence.',
        blockId: 'development-goals-b2',
        industryIds: ['ai'],
        placeIds: [],
        targetIds: [],
      },
    ]);
  });

  it('takes no goal from the caption of a table or figure', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Development goals',
          blocks: [
            'Table 1 Main indicators for 2025',
            'Figure 2 Output to grow to 300 billion yuan by 2030',
            'By 2025, output will reach 300 billion yuan.',
          ],
        },
      ],
    });
    expect(extract(doc, editorial, 'p.txt').goals.map((g) => [g.statement, g.year])).toEqual([
      ['By 2025, output will reach 300 billion yuan.', 2025],
    ]);
  });

  it('makes each goal sentence of an industry section a goal of that industry', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Artificial intelligence',
          blocks: [
            'Strengthen the source of innovation.',
            'During the 14th five-year Plan period, the industry grows about 15% a year. Unicorns land. By 2025, the level is world-leading.',
          ],
        },
      ],
    });
    const goals = extract(doc, editorial, 'p.txt').goals;
    expect(goals.map((g) => [g.id, g.kind, g.title, g.statement, g.year, g.industryIds])).toEqual([
      [
        'ai-2025',
        'industry',
        'Artificial intelligence by 2025',
        'During the 14th five-year Plan period, the industry grows about 15% a year.',
        2025,
        ['ai'],
      ],
      [
        'level-world-leading',
        'industry',
        'The level is world-leading',
        'By 2025, the level is world-leading.',
        2025,
        ['ai'],
      ],
    ]);
    expect(goals[0].targetIds).toEqual(['ai-growth-rate-2025']);
  });

  it('gives a paragraph the year of its run-in label ("Phase goals for 2025. ...")', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Overview',
          blocks: [
            'The plan runs from 2023 to 2030.',
            {
              label: 'Phase goals for 2025',
              text: 'Phase goals for 2025. The output value of the industry will exceed 100 billion yuan.',
            },
            'The output value of the industry will reach 200 billion yuan.',
          ],
        },
      ],
    });
    const genre = loadEditorial(
      readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
      {},
    );
    expect(extract(doc, genre, 'p.txt').goals.map((g) => g.year)).toEqual([2025, 2030]);
  });

  it('makes no goals without a goals section or goal sentences', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Overview',
          blocks: [{ kind: 'bullet', text: 'We will support more integrated circuits.' }],
        },
        { title: 'New materials', blocks: ['Stronger alloys.'] },
      ],
    });
    expect(extract(doc, editorial, 'p.txt').goals).toEqual([]);
  });

  it('keeps goal ids unique and in document order', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Development goal',
          blocks: [
            { kind: 'bullet', text: 'Growth, first.' },
            { kind: 'bullet', text: 'Growth; second.' },
          ],
        },
        { title: 'Integrated circuits', blocks: ['By 2025, more.'] },
        {
          title: 'Integrated circuit design',
          level: 2,
          parent: 'integrated-circuits',
          blocks: ['Design.'],
        },
        { title: 'The integrated circuit industry', blocks: ['By 2025, even more.'] },
      ],
    });
    const goals = extract(doc, editorial, 'p.txt').goals;
    expect(goals.map((g) => [g.id, g.title, g.blockId])).toEqual([
      ['growth', 'Growth', 'development-goal-b1'],
      ['growth-2', 'Growth', 'development-goal-b2'],
      ['chips-2025', 'Integrated circuits by 2025', 'integrated-circuits-p1'],
      ['even-more', 'Even more', 'the-integrated-circuit-industry-p1'],
    ]);
  });
});
