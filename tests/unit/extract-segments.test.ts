/** Categories a plan names without an industry noun: chain segments a heading names and the
 *  paragraph below defines, and a counted category a later heading names without its count;
 *  coordinated adjectives that are no list. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { extract } from '../../src/pipeline/extract/index.ts';
import { headingObject } from '../../src/pipeline/extract/segments.ts';
import { makeDoc } from './extract-helpers.ts';

const genre = loadEditorial(
  readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
  {},
);
type Sections = Parameters<typeof makeDoc>[0]['sections'];
const rows = (sections: Sections) =>
  extract(makeDoc({ sections }), genre, 'p.txt').industries.map((i) => [i.name, i.tier]);

describe('headingObject', () => {
  it('reads the object of a gerund heading, short ones only', () => {
    expect(
      [
        'Consolidating the upstream',
        'Cultivating the supporting segment',
        'Expanding silicon-based applications',
        'Development Goals',
        'Building a world-class base for the whole of the province',
      ].map(headingObject),
    ).toEqual([
      'upstream',
      'supporting segment',
      'silicon-based applications',
      undefined,
      undefined,
    ]);
  });
});

describe('chain segments a heading names and its paragraph defines', () => {
  it('makes the defined members the segment’s, and a list that goes on in the sentence too', () => {
    expect(
      rows([
        {
          title: 'Extending the midstream',
          blocks: [
            'The midstream of the chain covers wafers, cells and modules, as well as equipment such as wire saws and inverters. We will attract 30 enterprises.',
          ],
        },
        {
          title: 'Consolidating the upstream',
          blocks: ['The upstream consists of quartz sand and ingots.'],
        },
      ]),
    ).toEqual([
      ['Wafers', 'midstream'],
      ['Cells', 'midstream'],
      ['Modules', 'midstream'],
      ['Wire saws', 'midstream'],
      ['Inverters', 'midstream'],
      ['Quartz sand', 'upstream'],
      ['Ingots', 'upstream'],
    ]);
  });

  it('takes no category when the paragraph defines something else', () => {
    expect(
      rows([
        {
          title: 'Extending the midstream',
          blocks: ['The park covers wafers, cells and modules.'],
        },
      ]).map(([, tier]) => tier),
    ).not.toContain('midstream');
  });
});

describe('a counted category named again by a heading', () => {
  it('reads the heading’s numbered items as its members, opening and closing paragraphs aside', () => {
    expect(
      rows([
        {
          title: 'Tasks',
          blocks: ['We will consolidate 2 pillar chains and grow 2 rising chains.'],
        },
        {
          title: 'Growing the rising chains',
          blocks: [
            'We will promote each chain along its own roadmap.',
            {
              kind: 'item',
              text: '1. New energy. We will develop batteries.',
              label: 'New energy',
            },
            {
              kind: 'item',
              text: '2. Medical devices. We will attract projects.',
              label: 'Medical devices',
            },
            'Growing the rising chains will bring 1 to 2 chains into the top class by 2026.',
          ],
        },
      ]).filter(([, tier]) => tier !== undefined),
    ).toEqual([
      ['New energy', 'rising chains'],
      ['Medical devices', 'rising chains'],
    ]);
  });
});

describe('the members of a heading’s category lead their items', () => {
  it('reads the parts an item lists after its member’s name, in no category', () => {
    expect(
      rows([
        {
          title: 'Tasks',
          blocks: ['We will consolidate 2 pillar chains.'],
        },
        {
          title: 'Consolidating the pillar chains',
          blocks: [
            {
              kind: 'item',
              text: '1. Stone crafts. We will develop carved stone, stone tiles and garden stone.',
              label: 'Stone crafts',
            },
            { kind: 'item', text: '2. Ceramics. We will build a cluster.', label: 'Ceramics' },
          ],
        },
      ]),
    ).toEqual([
      ['Stone crafts', 'pillar chains'],
      ['Carved stone', undefined],
      ['Stone tiles', undefined],
      ['Garden stone', undefined],
      ['Ceramics', 'pillar chains'],
    ]);
  });
});

describe('coordinated adjectives', () => {
  const preamble = (text: string) =>
    extract(makeDoc({ preamble: [text] }), genre, 'p.txt').industries.map((i) => i.name);

  it('reads "safe, green and intelligent X" as one thing described, not a list', () => {
    expect(
      preamble(
        'We will build a safe, green, intelligent and interconnected aviation equipment industry system.',
      ),
    ).toEqual([]);
    expect(preamble('We will develop electric, hybrid and hydrogen-powered aircraft.')).toEqual([]);
  });

  it('keeps a list whose items are names', () => {
    expect(preamble('We will develop textiles, footwear and food processing.')).toEqual([
      'Textiles',
      'Footwear',
      'Food processing',
    ]);
  });
});

describe('a counted category left singular by machine translation', () => {
  it('reads "3 big landmark industrial chain" as a category of three', () => {
    const result = extract(
      makeDoc({
        sections: [
          {
            title: 'Build 3 big landmark industrial chain',
            blocks: [
              'Focus on special steel material, new energy vehicle, hydrogen energy and so on 3 big landmark industrial chain, implement the system.',
            ],
          },
        ],
      }),
      genre,
      'p.txt',
    );
    expect(result.tiers.map((t) => [t.label, t.count])).toEqual([['landmark industrial chain', 3]]);
  });
});
