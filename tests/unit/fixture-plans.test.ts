/** The invented plans of other shapes, end to end through the pipeline, with exact expectations. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';

const root = resolve(import.meta.dirname, '../..');
const model = (name: string) => buildModel(loadPlanInput(`tests/fixtures/plans/${name}`, root));

describe('nmx-roman: a "5+3+X" plan with its own editorial data', () => {
  const m = model('nmx-roman');
  const tiers = Object.fromEntries(m.industries.map((i) => [i.id, i.tier]));

  it('takes every category from the text, as it words it: 5 pillar, 3 rising, X future', () => {
    expect(tiers).toEqual({
      'rare-earth-materials': 'pillar industries',
      'hydrogen-energy': 'pillar industries',
      'modern-coal-chemicals': 'pillar industries',
      'silicon-materials': 'pillar industries',
      'dairy-biotechnology': 'pillar industries',
      'big-data': 'rising industries',
      drones: 'rising industries',
      'new-energy-storage': 'rising industries',
      'quantum-sensing': 'future industries',
    });
    expect(m.tiers.map((t) => [t.label, t.count, t.industryIds.length])).toEqual([
      ['pillar industries', 5, 5],
      ['rising industries', 3, 3],
      ['future industries', undefined, 1],
    ]);
  });

  it('nests "(1) Title" industry sections under the roman-numeral part', () => {
    const rare = m.sections.find((s) => s.id === 'rare-earth-materials');
    expect([rare?.level, rare?.number, rare?.parentId]).toEqual([2, '(1)', 'key-industries']);
  });

  it('reads the "——" bullets as overall goals and keeps each number with its qualifier', () => {
    expect(m.goals.filter((g) => g.kind === 'overall').map((g) => g.title)).toEqual([
      'The scale grows steadily',
      'Innovation gets stronger',
      'Clusters take shape',
    ]);
    expect(m.targets.map((t) => t.display)).toContain('exceed 500 billion yuan');
    expect(m.targets.map((t) => t.display)).toContain('about 120 billion yuan');
  });
});

describe('one-paragraph and no-goals-cr', () => {
  it('a one-paragraph plan is all preamble, with no sections, and its sentence is a goal', () => {
    const m = model('one-paragraph');
    expect([m.sections.length, m.preamble.length]).toEqual([0, 1]);
    // "Lakeview City will raise the output value ... to more than 80 billion yuan by 2025".
    expect(m.goals.map((g) => [g.kind, g.year, g.blockId])).toEqual([
      ['overall', 2025, m.preamble[0].id],
    ]);
  });

  it('a CR-only plan without a goals section has only its sentence goals', () => {
    const m = model('no-goals-cr');
    expect(m.source.eol).toBe('cr');
    // "The city will set up a fund of 2 billion yuan ...", in a plan "for 2022 to 2025".
    expect(m.goals.map((g) => [g.kind, g.year])).toEqual([['overall', 2025]]);
  });
});
