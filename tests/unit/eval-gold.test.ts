import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGold } from '../../src/eval/gold-check.ts';
import { GoldError } from '../../src/eval/gold-error.ts';
import { parseGold } from '../../src/eval/gold-load.ts';
import { runPlan } from '../../src/eval/run.ts';

/** The problems a gold text raises, as "line: message | hint". */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GoldError)
      return error.problems.map((p) => `${p.line}: ${p.message} | ${p.hint}`);
    throw error;
  }
  return [];
}

const SOURCE = [
  'Zhejiang Marine Economy Plan',
  '1. Background',
  'By 2025, the marine economy will account for about 10% of GDP, up from 6.5% in 2020.',
  'Pillar industries: marine biomedicine, integrated circuits (IC). Ningbo and Zhoushan lead.',
].join('\n');

const GOOD = `title: Zhejiang Marine Economy Plan
level: provincial
sections:
  - { title: Background, level: 1 }
industries:
  - { name: integrated circuits, also: [IC], tier: pillar industries }
  - { name: marine biomedicine }
tiers:
  - { label: pillar industries, count: 2 }
places: [{ name: Ningbo }, { name: Zhoushan }]
goals:
  - { text: the marine economy will account for, year: 2025 }
targets:
  - value: 10
    unit: '%'
    kind: percent
    norm: 10
    qualifier: about
    scope: share-of-gdp
    year: 2025
    baseline: { value: 6.5, norm: 6.5, year: 2020 }
    text: about 10%
`;

describe('eval: gold files', () => {
  it('reads a gold file with the line of every entry', () => {
    const gold = parseGold(GOOD, 'g.yaml');
    expect(gold).toMatchObject({
      file: 'g.yaml',
      title: 'Zhejiang Marine Economy Plan',
      accept: [],
      level: 'provincial',
      sections: [{ title: 'Background', level: 1, line: 4 }],
      industries: [
        { name: 'integrated circuits', also: ['IC'], tier: 'pillar industries', line: 6 },
        { name: 'marine biomedicine', also: [], line: 7 },
      ],
      tiers: [{ label: 'pillar industries', also: [], count: 2, line: 9 }],
      places: [{ name: 'Ningbo' }, { name: 'Zhoushan' }],
      goals: [{ text: 'the marine economy will account for', year: 2025, line: 12 }],
    });
    expect(gold.targets[0]).toMatchObject({
      value: 10,
      kind: 'percent',
      norm: 10,
      baseline: { value: 6.5, norm: 6.5, year: 2020 },
      line: 14,
    });
    expect(() => checkGold(gold, SOURCE)).not.toThrow();
  });

  it('names the line of a YAML syntax error', () => {
    expect(problems(() => parseGold('title: a\nplaces:\n  - { name: x\n', 'g.yaml'))[0]).toMatch(
      /^3: not valid YAML/,
    );
  });

  it('names unknown keys, bad values and missing fields with their line and a hint', () => {
    const text = `title: T
colour: red
targets:
  - { value: ten, unit: '%', kind: percentage, norm: 10, text: 10% }
goals:
  - { year: 2025 }
sections:
  - { title: A, level: 3 }
`;
    expect(problems(() => parseGold(text, 'g.yaml'))).toEqual([
      '2: unknown key "colour" in the gold file | use one of: title, accept, level, region, planDir, sections, industries, tiers, places, goals, targets',
      "8: a section's level must be 1 or 2, not 3 | 1 = top, 2 = below",
      '6: a goal has no text | add text: <text>',
      '4: a target: value must be a number | write value: 12.5 (no unit, no quotes)',
      '4: a target: kind "percentage" is not known | use one of: yuan, usd, percent, count, area, multiple, other',
    ]);
    expect(problems(() => parseGold('- a\n', 'g.yaml'))).toEqual([
      '1: the gold file must be a mapping | write the gold file as { key: value, ... }',
    ]);
  });

  it('rejects names and texts that do not occur in the source', () => {
    const gold = parseGold(
      GOOD.replace('Ningbo }', 'Hangzhou }').replace('about 10%', 'about 12%'),
      'g.yaml',
    );
    expect(problems(() => checkGold(gold, SOURCE))).toEqual([
      '10: place name "Hangzhou" does not occur in the source text | copy the words exactly as the text has them (case, hyphens and punctuation may differ)',
      '14: target text "about 12%" does not occur in the source text | copy the words exactly as the text has them (case, hyphens and punctuation may differ)',
    ]);
  });

  it('rejects undeclared tiers, short or repeated goal texts and norms that do not add up', () => {
    const text = `title: T
industries: [{ name: marine biomedicine, tier: key sectors }]
goals:
  - { text: By 2025 }
  - { text: the marine economy will account }
  - { text: The marine economy  will account }
targets:
  - { value: 10, unit: billion yuan, kind: yuan, norm: 10000000, text: 10% }
  - { value: 5, max: 8, unit: '%', kind: percent, norm: 5, text: 10% }
`;
    expect(problems(() => checkGold(parseGold(text, 'g.yaml'), SOURCE))).toEqual([
      '2: tier "key sectors" of industry "marine biomedicine" is not listed under tiers | add - { label: key sectors } to tiers (or use a label listed there)',
      '4: goal text "By 2025" has fewer than five words | copy at least five consecutive words of the goal\'s sentence',
      '6: goal text "The marine economy  will account" is the same as the goal on line 5 | copy more words, enough to tell the goals apart',
      "8: norm 10000000 is not 10 billion yuan | write norm: 10000000000 (the value in the kind's base unit)",
      '9: normMax (none) is not 8 % | write normMax: 8',
    ]);
  });

  it('prints each problem as file:line, message and hint', () => {
    expect(() => parseGold('title: T\nplaces: 3\n', 'tests/corpus/x/gold.yaml')).toThrow(
      'tests/corpus/x/gold.yaml:2: places must be a list\n  hint: write places: followed by "- { ... }" lines',
    );
  });
});

describe('eval: a corpus folder', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));

  it('runs the pipeline on the folder and names the gold file of an entry the text does not bear out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-gold-'));
    try {
      writeFileSync(join(dir, 'source.en.txt'), SOURCE);
      writeFileSync(join(dir, 'gold.yaml'), GOOD);
      const run = runPlan(dir, ROOT);
      expect(run.id).toBe(basename(dir));
      expect(run.view.title).not.toBe('');
      writeFileSync(join(dir, 'gold.yaml'), GOOD.replace('Ningbo }', 'Hangzhou }'));
      expect(() => runPlan(dir, ROOT)).toThrow(
        `${relative(ROOT, join(dir, 'gold.yaml'))}:10: place name "Hangzhou" does not occur in the source text`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
