import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { compileRules } from '../../src/pipeline/extract/context.ts';
import { extract } from '../../src/pipeline/extract/index.ts';
import {
  hasAmount,
  planPeriod,
  readSentence,
  sentenceTitle,
} from '../../src/pipeline/extract/goal-sentences.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

// The shared structure rules as shipped: the tests check the data's wording too.
const SHARED = fileURLToPath(new URL('../../content/editorial/structure.yaml', import.meta.url));
const structure = loadEditorial({ structure: readFileSync(SHARED, 'utf8') }, {}).structure;
const rules = compileRules(structure);
const read = (text: string, inGoals = false) => readSentence(text, rules, { inGoals, from: 2021 });

describe('goal sentences', () => {
  it('finds goals by horizon, intent, or a future word with a number', () => {
    const goals: [string, number | undefined][] = [
      ['By 2025, the port will handle 1.5 billion tonnes of cargo a year.', 2025],
      ['By the end of 2027, every county will have a logistics centre.', 2027],
      ['During the "14th Five-Year Plan" period, the city will build a chip base.', 2025],
      ['By the end of the 14th Five-Year Plan period, exports will be stronger.', 2025],
      ['Looking ahead to 2035, the region will lead the world in biomanufacturing.', 2035],
      ['To 2030, basically complete a modern marine system.', 2030],
      ['The district aims to become a national hub for smart sensors.', undefined],
      ['Output of medical devices is expected to exceed 80 billion yuan in 2025.', 2025],
      ['The goal is a green and open industrial system.', undefined],
      ['The county will build 12 charging stations.', undefined],
      ['Cultivate 5 leaders in photonics and 40 specialised firms.', undefined],
      ['Robot density is to reach 450 units per 10,000 workers.', undefined],
    ];
    for (const [text, year] of goals) {
      const signal = read(text);
      expect(signal.goal, text).toBe(true);
      expect(signal.year, text).toBe(year);
    }
  });

  it('leaves tasks, past facts and sentences about the document out', () => {
    const others = [
      'We will support enterprises in going global.',
      'In 2020, output reached 3.2 trillion yuan, up 8% on 2019.',
      'During the 13th Five-Year Plan period, output grew 9% a year.',
      'The Plan sets out the goals and tasks of the 14th Five-Year Plan period.',
      'The 14th Five-Year Plan for the marine economy was recently issued by the provincial government.',
      'We will build a "1+3+10" system around three pillar industries.',
      'We will promote 5G and 12-inch wafer lines.',
    ];
    for (const text of others) expect(read(text).goal, text).toBe(false);
  });

  it('tells a past horizon by its verbs when the plan names no period', () => {
    const noPeriod = (text: string) => readSentence(text, rules, { inGoals: false });
    expect(noPeriod('By the end of 2020, the city had built 300 stations.').goal).toBe(false);
    expect(noPeriod('By 2027, the city will have 300 stations.')).toMatchObject({
      goal: true,
      year: 2027,
    });
  });

  it('takes a number alone as a goal in a goals section, unless it is past', () => {
    expect(read('Share of digital trade: about 30% (2020: 21%)', true).goal).toBe(true);
    expect(read('Energy use per unit of output: down 13.5% compared with 2020', true).goal).toBe(
      true,
    );
    expect(read('In 2020 the sector employed 200,000 people.', true).goal).toBe(false);
  });

  it('tells amounts from years, ordinals, spans and names', () => {
    expect(hasAmount('The 14th plan for 2021-2025 covers 5G and IPv6.')).toBe(false);
    expect(hasAmount('More than half of new cars will be electric.')).toBe(true);
    expect(hasAmount('Five to eight groups will rank among the best.')).toBe(true);
    expect(hasAmount('Add at least three clusters.')).toBe(true);
    expect(hasAmount('exports of 40 billion US dollars')).toBe(true);
  });

  it('finds the plan period from its period phrase or year span', () => {
    expect(planPeriod(['Plan for the 14th Five-Year Plan period', 'By 2035 ...'], rules)).toEqual({
      from: 2021,
      end: 2025,
    });
    expect(planPeriod(['Development Plan (2021-2030)', 'over 2021-2025'], rules)).toEqual({
      from: 2021,
      end: 2030,
    });
    expect(planPeriod(['No period here.'], rules)).toBeUndefined();
  });

  it('titles a sentence goal by its first clause, without the horizon', () => {
    expect(sentenceTitle('By 2025, R&D spending will reach 4.5% of GDP, up from 3.6%.')).toBe(
      'R&D spending will reach 4.5% of GDP',
    );
    expect(sentenceTitle('Every county will have a charging station by the end of 2024.')).toBe(
      'Every county will have a charging station',
    );
    expect(sentenceTitle('According to the Plan, the city will double its output.')).toBe(
      'The city will double its output',
    );
    expect(
      sentenceTitle(
        'The province will add new clusters of advanced manufacturing in every city along the coast and river.',
      ),
    ).toBe('The province will add new clusters of advanced manufacturing in every city …');
  });
});

describe('extract: sentence goals', () => {
  it('gives a paragraph horizon, a lead line year or the plan period to goals without one', () => {
    const editorial = makeEditorial({ structure });
    const doc = makeDoc({
      preamble: ['The city issued its 14th Five-Year Plan for new materials.'],
      sections: [
        {
          title: 'Targets',
          blocks: [
            'By 2025, output will exceed 200 billion yuan. Highly automated lines will be common.',
            'Main indicators for 2027:',
            'Share of new materials in industry: 12%',
          ],
        },
        { title: 'Tasks', blocks: ['We will build 30 pilot plants.', 'We will open up.'] },
      ],
    });
    const goals = extract(doc, editorial, 'p.txt').goals;
    expect(goals.map((g) => [g.title, g.year, g.blockId])).toEqual([
      ['Output will exceed 200 billion yuan', 2025, 'targets-p1'],
      ['Highly automated lines will be common', 2025, 'targets-p1'],
      ['Share of new materials in industry', 2027, 'targets-p3'],
      ['We will build 30 pilot plants', 2025, 'tasks-p1'],
    ]);
  });
});
