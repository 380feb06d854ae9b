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
  it('reads past an "(including ...)" aside inside a list, its kinds in no category', () => {
    const result = run(
      'The three featured industries are tea, bamboo products (including bamboo flooring) and eco-tourism.',
    );
    expect(rows(result)).toEqual([
      ['Tea', 'featured industries'],
      ['Bamboo products', 'featured industries'],
      ['Bamboo flooring', undefined],
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

describe('lists with no trigger word', () => {
  it('reads a verb-led list whose names read like industries', () => {
    const result = run(
      'The county will develop kiln furniture, glazed tiles and ceramic materials.',
    );
    expect(rows(result)).toEqual([
      ['Kiln furniture', undefined],
      ['Glazed tiles', undefined],
      ['Ceramic materials', undefined],
    ]);
  });

  it('reads no verb-led list of tasks or places', () => {
    expect(
      rows(run('We will strengthen coordination, increase fiscal support and improve training.')),
    ).toEqual([]);
    expect(rows(run('The city will support Linhe, Wuyuan and Dengkou in opening parks.'))).toEqual(
      [],
    );
  });

  it('reads a passive list ("A, B and C will be developed") and ends an item at a preposition', () => {
    const result = run(
      'Cathode materials, anode materials and separators will be developed in the eastern park.',
    );
    expect(rows(result)).toEqual([
      ['Cathode materials', undefined],
      ['Anode materials', undefined],
      ['Separators', undefined],
    ]);
  });

  it('takes the category after "as" ("take A and B as the leading industry")', () => {
    const result = run('Take power batteries and storage batteries as the leading industry.');
    expect(rows(result)).toEqual([
      ['Power batteries', 'leading industry'],
      ['Storage batteries', 'leading industry'],
    ]);
  });

  it('reads no list after a noun of things that are not industries ("key technologies such as")', () => {
    const result = run('We will tackle key technologies such as power batteries and drive motors.');
    expect(rows(result)).toEqual([]);
  });

  it("gives a verb-led list under a category heading the heading's category", () => {
    const result = extract(
      makeDoc({
        sections: [
          {
            title: 'Future Frontier Industries',
            blocks: [
              'The city will lay out quantum sensors, space robots and fusion power ahead of time.',
            ],
          },
        ],
      }),
      genre,
      'p.txt',
    );
    expect(result.industries.map((i) => [i.name, i.tier])).toEqual([
      ['Quantum sensors', 'future frontier industries'],
      ['Space robots', 'future frontier industries'],
      ['Fusion power', 'future frontier industries'],
    ]);
  });
});

describe('counted categories in apposition', () => {
  it('reads "two pillar industries, A and B; one leading industry, C"', () => {
    const result = run(
      'The zone will build two pillar industries, seaweed farming and software and information services; and one leading industry, tea processing.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', 'pillar industries'],
      ['Software and information services', 'pillar industries'],
      ['Tea processing', 'leading industry'],
    ]);
  });

  it('reads no apposition when the count and the names disagree', () => {
    expect(run('The zone has two pillar industries, seaweed farming.').tiers).toEqual([]);
  });

  it('reads "in vitro" as part of a name, not as a preposition', () => {
    const result = run(
      'Develop medical imaging equipment, in vitro diagnostics and medical consumables.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Medical imaging equipment',
      'In vitro diagnostics',
      'Medical consumables',
    ]);
  });

  it('counts no industry in "the core X industries" (a category), but does in "the X industry"', () => {
    expect(run('The core big data industries will grow by 10% a year.').industries).toEqual([]);
    expect(
      run('The big data industry will grow by 10% a year.').industries.map((i) => i.id),
    ).toEqual(['big-data']);
  });
});
