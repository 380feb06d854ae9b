/** Industries and categories from the genre's lists, in sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc } from './extract-helpers.ts';

// The shared genre data as a plan with no folder of its own sees it.
const genre = loadEditorial(
  readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
  {},
);
const run = (...preamble: string[]) => extract(makeDoc({ preamble }), genre, 'p.txt');
const rows = (result: ReturnType<typeof run>) => result.industries.map((i) => [i.name, i.tier]);

describe('industries from lists', () => {
  it('reads a number key with a colon list and keeps names the vocabulary lacks', () => {
    const result = run(
      'The "3" stands for three pillar industries: deep-sea mining, tea processing and new materials.',
    );
    expect(rows(result)).toEqual([
      ['Deep-sea mining', 'pillar industries'],
      ['Tea processing', 'pillar industries'],
      ['New materials', 'pillar industries'],
    ]);
    expect(result.tiers).toEqual([
      {
        id: 'pillar-industries',
        label: 'pillar industries',
        count: 3,
        blockId: 'preamble-p1',
        industryIds: ['deep-sea-mining', 'tea-processing', 'new-materials'],
      },
    ]);
  });

  it('reads no list where "are" makes a predicate ("are the backbone of ...")', () => {
    const result = run(
      '"The four leading industries are the backbone of the port economy," said Li Ming, deputy director of the commission.',
    );
    expect(rows(result)).toEqual([]);
  });

  it('keeps a stated count larger than the names given, and never invents the rest', () => {
    const result = run('The 12 key sectors include robotics, big data and cloud computing.');
    expect(result.tiers.map((t) => [t.label, t.count, t.industryIds])).toEqual([
      ['key sectors', 12, ['robotics', 'big-data', 'cloud-computing']],
    ]);
    expect(result.industries).toHaveLength(3);
  });

  it('reads "have been selected as", "these ... industries" and "Among them"', () => {
    expect(
      rows(
        run(
          'Hydrogen energy, seafood processing and wind power have been selected as leading industries.',
        ),
      ),
    ).toEqual([
      ['Hydrogen energy', 'leading industries'],
      ['Seafood processing', 'leading industries'],
      ['Wind power', 'leading industries'],
    ]);
    expect(
      rows(run('Expand lithium batteries, photovoltaics and drones these emerging industries.')),
    ).toEqual([
      ['Lithium batteries', 'emerging industries'],
      ['Photovoltaics', 'emerging industries'],
      ['Drones', 'emerging industries'],
    ]);
    const among = run(
      'The city has chosen 8 characteristic industrial clusters.',
      'Among them, ceramics, furniture and big data will be upgraded first.',
    );
    expect(among.tiers.map((t) => [t.label, t.count, t.industryIds.length])).toEqual([
      ['characteristic industrial clusters', 8, 3],
    ]);
  });

  it('gives no category where the text gives none, and keeps tasks and technologies out', () => {
    const result = run(
      'We will support industries such as cloud computing and big data.',
      'Key technologies such as lithography, etching and deposition will be tackled.',
      'Enterprises will improve their management, expand exports and train staff.',
    );
    expect(rows(result)).toEqual([
      ['Cloud computing', undefined],
      ['Big data', undefined],
    ]);
    expect(result.tiers).toEqual([]);
  });

  it('counts a vocabulary name only in an industry context, not in passing', () => {
    const result = run(
      'Laser crystal materials and cloud computing service platforms will be improved.',
      'We will develop the robotics industry.',
    );
    expect(result.industries.map((i) => i.id)).toEqual(['robotics']);
    expect(result.industries[0].variants).toEqual(['robotics']);
  });

  it('leaves out lists of industries to phase out and categories that only describe', () => {
    const result = run(
      'The key industries are new materials and biomedicine.',
      'We will eliminate backward industries such as steel and textiles.',
      'New materials, biomedicine, tourism and other green industries will grow.',
    );
    expect(result.tiers.map((t) => t.label)).toEqual(['key industries']);
    expect(result.industries.map((i) => i.id)).not.toContain('steel');
  });

  it('reads industries to upgrade as a category of the plan ("traditional industries")', () => {
    const result = run('We will transform traditional industries such as steel and textiles.');
    expect(result.tiers.map((t) => [t.label, t.industryIds.length])).toEqual([
      ['traditional industries', 2],
    ]);
  });
});

describe('industries from lists: keys and chains', () => {
  it('reads a quoted key as the category of the list after it', () => {
    const result = run('The "two wings" are tea processing and deep-sea mining.');
    expect(result.tiers.map((t) => [t.label, t.count, t.industryIds])).toEqual([
      ['wings', 2, ['tea-processing', 'deep-sea-mining']],
    ]);
  });

  it('takes a counted category earlier in the sentence for a later "including" list', () => {
    const result = run(
      'Eight key sectors were chosen for support, including robotics, big data and seed breeding.',
    );
    expect(result.industries.map((i) => [i.id, i.tier])).toEqual([
      ['robotics', 'key sectors'],
      ['big-data', 'key sectors'],
      ['seed-breeding', 'key sectors'],
    ]);
  });

  it('keeps the words between "the" and the qualifier in the label ("the rural leading industries")', () => {
    const result = run(
      'The county will grow the rural leading industries such as seaweed farming and tea processing.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', 'rural leading industries'],
      ['Tea processing', 'rural leading industries'],
    ]);
  });

  it('reads a list after a topic opening on an industry noun, with no tier', () => {
    const result = run(
      'Within rural industries, the county will focus on seaweed farming, bamboo products and tea processing.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', undefined],
      ['Bamboo products', undefined],
      ['Tea processing', undefined],
    ]);
    expect(result.tiers).toEqual([]);
    expect(
      rows(run('Within two years, the county will focus on seaweed farming and bamboo products.')),
    ).toEqual([]);
  });

  it('reads "are expected to grow into" like "grow into"', () => {
    const result = run(
      'Seaweed farming and tea processing are expected to grow into leading industries of the county.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', 'leading industries'],
      ['Tea processing', 'leading industries'],
    ]);
  });

  it('counts four or more vocabulary names in a row as a list, whatever stands around it', () => {
    const result = run(
      'We will grow stronger in big data, blockchain, cloud computing and robotics.',
    );
    expect(result.industries.map((i) => i.id)).toEqual([
      'big-data',
      'blockchain',
      'cloud-computing',
      'robotics',
    ]);
  });
});

describe('industries from a category heading', () => {
  const sections = (title: string, blocks: { text: string; label?: string }[]) =>
    extract(
      makeDoc({
        sections: [
          { title, blocks: blocks.map((b, k) => ({ ...b, kind: 'item', number: `${k + 1}` })) },
        ],
      }),
      genre,
      'p.txt',
    );

  it("reads the lead-ins of a category section's items as its members", () => {
    const result = sections('Three Featured Industries', [
      { label: 'Seafood processing', text: 'Seafood processing. The port will host cold storage.' },
      { label: 'Bamboo products', text: 'Bamboo products. Mills will move to the valley.' },
      { label: 'Tea and tea culture', text: 'Tea and tea culture. Gardens will be upgraded.' },
    ]);
    expect(result.tiers.map((t) => [t.label, t.count, t.industryIds])).toEqual([
      ['featured industries', 3, ['seafood-processing', 'bamboo-products', 'tea-tea-culture']],
    ]);
  });

  it('reads no list when an item has no lead-in or a lead-in with a verb', () => {
    expect(
      sections('Key Industries', [
        { label: 'Seafood processing', text: 'Seafood processing. The port will grow.' },
        { text: 'The city will support bamboo products.' },
      ]).tiers,
    ).toEqual([]);
    expect(
      sections('Key Industries', [
        { label: 'Seafood processing', text: 'Seafood processing. The port will grow.' },
        { label: 'Build new parks', text: 'Build new parks. Two parks will open.' },
      ]).tiers,
    ).toEqual([]);
  });

  it("reads the verb-led list that opens a category section's first paragraph", () => {
    const result = extract(
      makeDoc({
        sections: [
          {
            title: 'Rising Industries',
            blocks: ['Grow robotics, big data and cloud computing, and build two parks.'],
          },
        ],
      }),
      genre,
      'p.txt',
    );
    expect(result.tiers.map((t) => [t.label, t.industryIds])).toEqual([
      ['rising industries', ['robotics', 'big-data', 'cloud-computing']],
    ]);
  });

  it('reads no lead list of two names, of names the vocabulary lacks, or under no category', () => {
    const one = (title: string, text: string) =>
      extract(makeDoc({ sections: [{ title, blocks: [text] }] }), genre, 'p.txt').tiers;
    expect(one('Rising Industries', 'Grow robotics and big data, and build parks.')).toEqual([]);
    expect(
      one('Rising Industries', 'Grow seaweed farming, bamboo products and tea processing.'),
    ).toEqual([]);
    expect(one('Our Tasks', 'Grow robotics, big data and cloud computing.')).toEqual([]);
  });

  it('splits a last item with two "and"s where the vocabulary knows a side', () => {
    const result = run(
      'The four pillar industries are robotics, new materials and food and beverages.',
    );
    expect(rows(result)).toEqual([
      ['Robotics', 'pillar industries'],
      ['New materials', 'pillar industries'],
      ['Food and beverages', 'pillar industries'],
    ]);
  });

  it('reads no list from a predicate after a category ("the core industry is not strong")', () => {
    const result = run('But the core industry is not strong, and the digital talents is lack.');
    expect(rows(result)).toEqual([]);
    expect(result.tiers).toEqual([]);
  });

  it("takes no members from the parts of a plan title or of one industry's heading", () => {
    const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const doc = (title: string) =>
      makeDoc({
        sections: [
          { title, blocks: [] },
          { title: 'Development Status', level: 2, parent: slugOf(title), blocks: ['It grew.'] },
          { title: 'Main Objectives', level: 2, parent: slugOf(title), blocks: ['It will grow.'] },
        ],
      });
    for (const title of [
      'Five-Year Plan for the Development of the New Materials Industry',
      'New materials industry',
    ]) {
      const result = extract(doc(title), genre, 'p.txt');
      expect(result.tiers).toEqual([]);
      expect(result.industries.map((i) => i.tier)).toEqual(result.industries.map(() => undefined));
    }
  });

  it('reads no category from a layout slogan of several groups ("one hub and two wings")', () => {
    const result = run(
      'The county will form a layout of "one hub and two wings": the hub is the old town, with the wings along the river.',
    );
    expect(result.tiers).toEqual([]);
  });

  it('never takes a kind of place for an industry', () => {
    const result = run('The four pillar industries are robotics, county, drones and city.');
    expect(rows(result)).toEqual([
      ['Robotics', 'pillar industries'],
      ['Drones', 'pillar industries'],
    ]);
  });
});
