/** More of the genre's list wordings: asides in brackets, gapped lists, measure words after a
 *  count, counted groups, and items that are not names. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc } from './extract-helpers.ts';

const genre = loadEditorial(
  readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
  {},
);
const run = (...preamble: string[]) => extract(makeDoc({ preamble }), genre, 'p.txt');
const rows = (result: ReturnType<typeof run>) => result.industries.map((i) => [i.name, i.tier]);

describe('list items', () => {
  it('reads past an "(including ...)" aside inside a list', () => {
    const result = run(
      'The three featured industries are tea, bamboo products (including bamboo flooring) and eco-tourism.',
    );
    expect(rows(result)).toEqual([
      ['Tea', 'featured industries'],
      ['Bamboo products', 'featured industries'],
      ['Eco-tourism', 'featured industries'],
    ]);
  });

  it('ends a list where a later piece opens with a preposition', () => {
    const result = run(
      'The pillar industries include seed breeding, dairy and wool textiles, and for the long term some services.',
    );
    expect(rows(result)).toEqual([
      ['Seed breeding', 'pillar industries'],
      ['Dairy', 'pillar industries'],
      ['Wool textiles', 'pillar industries'],
    ]);
  });

  it('reads a gapped list ("X on A, Y on B") after "focus on"', () => {
    const result = run(
      'Among the pillar industries, Linhe will focus on wool textiles, Wuyuan on dairy and Dengkou on seed breeding.',
    );
    expect(rows(result)).toEqual([
      ['Wool textiles', undefined],
      ['Dairy', undefined],
      ['Seed breeding', undefined],
    ]);
  });

  it('keeps a later item whole: its first words are its own, not the sentence’s', () => {
    const result = run(
      'The marine emerging industries include seawater desalination, marine new materials and marine biological medicine.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Seawater desalination',
      'Marine new materials',
      'Marine biological medicine',
    ]);
  });

  it('names an industry a list gives though no alias is written out', () => {
    // The vocabulary spells it "steel industry" or "iron and steel".
    expect(rows(run('The pillar industries are steel, tea and ceramics.'))).toContainEqual([
      'Steel',
      'pillar industries',
    ]);
  });

  it('reads no shared noun where the last item has no "and" ("A, B, light industry")', () => {
    const result = run('Sensors will be used in kilns, furniture, light industry.');
    expect(result.industries.map((i) => i.name)).not.toContain('Furniture');
  });

  it('keeps three kinds of robots apart', () => {
    const result = run(
      'The key industries include industrial robots, service robots and fuel cells.',
    );
    expect(result.industries.map((i) => i.id)).toEqual([
      'industrial-robots',
      'service-robots',
      'fuel-cells',
    ]);
  });
});

describe('categories', () => {
  it('drops a measure word after a count ("these 3 big pillar industry")', () => {
    const result = run(
      'Around tea, ceramics and bamboo products these 3 big pillar industry, enterprises will go digital.',
    );
    expect(result.tiers.map((t) => [t.label, t.count, t.industryIds.length])).toEqual([
      ['pillar industry', 3, 3],
    ]);
  });

  it('takes a counted group without a qualifier as a category when exactly that many follow', () => {
    const three = run(
      'The county will build three industrial chains: tea, bamboo and eco-tourism.',
    );
    expect(three.tiers.map((t) => [t.label, t.count])).toEqual([['industrial chains', 3]]);
    const fewer = run('The county will build three industrial chains: tea and bamboo.');
    expect(fewer.tiers).toEqual([]);
  });
});
