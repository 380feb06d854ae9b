/** Where a list ends and what it is not: semicolon lists, a clause after the list, a counted
 *  statement over a heading's titles, places and the plan's subject. Sentences written for
 *  these tests. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc, type BlockSpec, type SectionSpec } from './extract-helpers.ts';

const genre = loadEditorial(
  readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
  {},
);
const run = (...preamble: (string | BlockSpec)[]) => extract(makeDoc({ preamble }), genre, 'p.txt');
const inSections = (sections: SectionSpec[], heads: string[] = []) =>
  extract(makeDoc({ sections }), genre, 'p.txt', heads);
const rows = (result: ReturnType<typeof run>) => result.industries.map((i) => [i.name, i.tier]);

describe('where a list ends', () => {
  it('reads a list whose items stand between semicolons', () => {
    const result = run(
      'The county has three featured industries, namely seaweed farming; tea processing; and bamboo products and furniture.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', 'featured industries'],
      ['Tea processing', 'featured industries'],
      ['Bamboo products and furniture', 'featured industries'],
    ]);
  });

  it('still reads each statement between semicolons on its own', () => {
    const result = run(
      'The pillar industries are seaweed farming and tea processing; the town will build two parks.',
    );
    expect(rows(result)).toEqual([
      ['Seaweed farming', 'pillar industries'],
      ['Tea processing', 'pillar industries'],
    ]);
  });

  it('ends a list at its "and" when a clause follows ("A, B and C, the city will ...")', () => {
    const result = run(
      'Focusing on solar cells, tidal generators and fuel cells, the city will attract leading firms.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Solar cells',
      'Tidal generators',
      'Fuel cells',
    ]);
  });

  it('keeps a known name with "and" before ", and D into ..."', () => {
    const result = run(
      'We will upgrade traditional industries such as textiles, iron and steel, and petrochemicals into green industries.',
    );
    expect(result.industries.map((i) => i.id)).toEqual(['textiles', 'steel', 'petrochemicals']);
  });
});

describe('semicolon lists and their subject', () => {
  it('reads "Industries to be developed include A from B; C (including D and E); and F"', () => {
    const result = run(
      'Industries to be developed jointly include salt production from seawater; kelp farming; harbour cranes (including gantry cranes and ship loaders); and river barges.',
    );
    expect(rows(result)).toEqual([
      ['Salt production', undefined],
      ['Kelp farming', undefined],
      ['Harbour cranes', undefined],
      ['Gantry cranes', undefined],
      ['Ship loaders', undefined],
      ['River barges', undefined],
    ]);
  });
});

describe('lists about one industry, and one name with its category', () => {
  it("reads the list of an item whose lead-in is one of the plan's industries", () => {
    const result = run('The two pillar industries are tea processing and kelp products.', {
      kind: 'item',
      number: '1',
      label: 'Kelp products',
      text: 'Kelp products. Develop kelp noodles, alginate and kelp fertiliser.',
    });
    expect(result.industries.map((i) => i.name)).toEqual([
      'Tea processing',
      'Kelp products',
      'Kelp noodles',
      'Alginate',
      'Kelp fertiliser',
    ]);
  });

  it('reads no list from one object after an article under such a lead-in', () => {
    const result = run('The two pillar industries are tea processing and kelp products.', {
      kind: 'item',
      number: '1',
      label: 'Kelp products',
      text: 'Kelp products. Expand the testing and certification capacity.',
    });
    expect(result.industries.map((i) => i.name)).toEqual(['Tea processing', 'Kelp products']);
  });

  it('reads "A, B and so on several featured industries" as a category', () => {
    const result = run(
      'The "N" is the big data, blockchain, cloud computing and so on several featured industries.',
    );
    expect(result.tiers.map((t) => [t.label, t.industryIds])).toEqual([
      ['featured industries', ['big-data', 'blockchain', 'cloud-computing']],
    ]);
  });

  it('reads one name developed "as" a category ("developing A as a characteristic industry")', () => {
    const result = run(
      'Support the hill counties in developing tea planting as a characteristic industry.',
    );
    expect(rows(result)).toEqual([['Tea planting', 'characteristic industry']]);
  });
});

describe('lists in a sentence about an industry, and subsections named like industries', () => {
  it("reads a list in a sentence whose subject is one of the plan's industries", () => {
    const result = run(
      'The two pillar industries are tea processing and semiconductors.',
      'Semiconductor industry layout in the east, focus on the silicon carbide, the gallium oxide.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Tea processing',
      'Integrated circuits',
      'Silicon carbide',
      'Gallium oxide',
    ]);
  });

  it('reads subsections named like industries under a heading with no category', () => {
    const result = inSections([
      { title: 'Focus Direction', blocks: [] },
      { title: 'Innovative drug', parent: 'focus-direction', blocks: ['Trials will grow.'] },
      { title: 'Medical device', parent: 'focus-direction', blocks: ['Imaging will grow.'] },
      { title: 'Key Tasks', blocks: [] },
      { title: 'Talent', parent: 'key-tasks', blocks: ['Teams will grow.'] },
      { title: 'Digital Transformation of Industries', parent: 'key-tasks', blocks: ['Mills.'] },
    ]);
    expect(result.industries.map((i) => i.name)).toEqual(['Innovative drug', 'Medical devices']);
  });
});

describe('gapped lists and passive lists of trades', () => {
  it('splits each share of a gapped list ("X on A and B, Y on C")', () => {
    const result = run(
      'Among the pillar industries, Linhe will focus on tea processing and kelp farming, Wuyuan on dairy, and Dengkou on seed breeding.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Tea processing',
      'Kelp farming',
      'Dairy',
      'Seed breeding',
    ]);
  });

  it('reads a passive list of trades ("A storage and transportation ... will be concentrated")', () => {
    const result = run(
      'Salt refining, brine storage and transportation, and pump manufacturing will be concentrated in the east.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Salt refining',
      'Brine storage and transportation',
      'Pump manufacturing',
    ]);
  });
});

describe('items with "and" and dashes', () => {
  it('splits a last item with two "and"s after a plural noun, a name\'s head', () => {
    const result = run(
      'The two key sectors are harbour cranes, river barges and salt and mineral processing.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Harbour cranes',
      'River barges',
      'Salt and mineral processing',
    ]);
  });

  it('starts a list after the dash that sets it off ("X -- A, B and C -- will be ...")', () => {
    const result = run(
      'Key parts -- tidal power equipment, harbour machinery and river barges -- will be upgraded.',
    );
    expect(result.industries.map((i) => i.name)).toEqual([
      'Tidal power equipment',
      'Harbour machinery',
      'River barges',
    ]);
  });
});

describe('which statement names the category', () => {
  it('takes the counted statement over a heading whose subsections title the same industries', () => {
    const result = inSections([
      {
        title: 'Key Clusters',
        blocks: ['The two leading industrial clusters are seaweed farming and tea processing.'],
      },
      { title: 'Seaweed Farming Cluster', parent: 'key-clusters', blocks: ['Farms will grow.'] },
      { title: 'Tea Processing Cluster', parent: 'key-clusters', blocks: ['Mills will grow.'] },
    ]);
    expect(result.tiers.map((t) => [t.label, t.count, t.industryIds])).toEqual([
      ['leading industrial clusters', 2, ['seaweed-farming', 'tea-processing']],
    ]);
    expect(result.industries.map((i) => i.id)).toEqual(['seaweed-farming', 'tea-processing']);
  });

  it('gives a category heading the list of a first sentence that names the category again', () => {
    const result = inSections([
      {
        title: 'Upgrading Traditional Industries',
        blocks: [
          'Focusing on textiles, furniture and building materials, the county will transform its traditional industries.',
        ],
      },
    ]);
    expect(rows(result)).toEqual([
      ['Textiles', 'traditional industries'],
      ['Furniture', 'traditional industries'],
      ['Building materials', 'traditional industries'],
    ]);
  });
});

describe('names that are no industries of the plan', () => {
  it('never takes a place the places step found for an industry', () => {
    const result = inSections([
      {
        title: 'Featured Industries',
        blocks: [
          'Upgrade textiles, furniture and Xiaoshan, and build a park in Xiaoshan District.',
        ],
      },
    ]);
    expect(result.places.map((p) => p.name)).toContain('Xiaoshan District');
    expect(result.industries.map((i) => i.name)).not.toContain('Xiaoshan');
  });

  it("leaves out the plan's subject, the industry its title names, unless a category holds it", () => {
    const title = 'Harbour City Plan for the Development of the Robot Industry';
    const body = [
      {
        title: 'Main Tasks',
        blocks: ['We will develop robots, service robots and drones.'],
      },
    ];
    expect(inSections(body, [title]).industries.map((i) => i.name)).toEqual([
      'Service robots',
      'Drones',
    ]);
    const counted = [
      {
        title: 'Main Tasks',
        blocks: ['The pillar industries are robotics, drones and new materials.'],
      },
    ];
    expect(inSections(counted, [title]).industries.map((i) => i.name)).toEqual([
      'Robotics',
      'Drones',
      'New materials',
    ]);
  });
});
