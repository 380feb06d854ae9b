import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: industries', () => {
  it('takes a category from the sentence that names it, worded as the text words it, never from data', () => {
    const doc = makeDoc({
      preamble: [
        'We develop integrated circuits and other core industries. as well as new energy vehicles and other key industries.',
        'Artificial intelligence and new materials matter.',
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    expect(result.industries.map((i) => [i.id, i.tier, i.tierBlockId])).toEqual([
      ['chips', 'core industries', 'preamble-p1'],
      ['nev', 'key industries', 'preamble-p1'],
      ['ai', undefined, undefined],
      ['materials', undefined, undefined],
    ]);
    expect(result.tiers).toEqual([
      {
        id: 'core-industries',
        label: 'core industries',
        blockId: 'preamble-p1',
        industryIds: ['chips'],
      },
      {
        id: 'key-industries',
        label: 'key industries',
        blockId: 'preamble-p1',
        industryIds: ['nev'],
      },
    ]);
  });

  it('keeps the first category the text gives an industry', () => {
    const doc = makeDoc({
      preamble: [
        'New materials and other key industries.',
        'New materials and other core industries.',
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    expect(result.industries.map((i) => [i.id, i.tier])).toEqual([['materials', 'key industries']]);
    expect(result.tiers.map((t) => t.label)).toEqual(['key industries']);
  });

  it('finds an industry section by its title and takes its numbered items as focus areas', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Integrated circuit',
          blocks: [
            'By 2025, the industry doubles.',
            { kind: 'item', number: '1', label: 'Design', text: 'Design. Better chips.' },
            { kind: 'item', number: '2', text: 'Manufacturing.' },
          ],
        },
        {
          title: 'Equipment',
          level: 2,
          parent: 'integrated-circuit',
          blocks: [{ kind: 'item', number: '1', text: 'Tools.' }],
        },
      ],
    });
    const [chips] = extract(doc, editorial, 'p.txt').industries;
    expect(chips).toMatchObject({
      id: 'chips',
      name: 'Integrated circuits',
      nameZh: '集成电路',
      sectionId: 'integrated-circuit',
    });
    expect(chips.focusAreas).toEqual([
      { blockId: 'integrated-circuit-i1', number: '1', label: 'Design' },
      { blockId: 'integrated-circuit-i2', number: '2' },
      { blockId: 'equipment-i1', number: '1' },
    ]);
  });

  it('gives a paragraph whose lead-in names an industry to that industry', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'Leading industries',
          blocks: [
            'Future-oriented industries such as photonic chips and devices and 6G.',
            {
              label: 'Photonic chips and devices',
              text: 'Photonic chips and devices. Silicon photonics.',
            },
            'The sixth generation mobile communication. Terahertz links.',
          ],
        },
      ],
    });
    const industries = extract(doc, editorial, 'p.txt').industries;
    expect(industries.map((i) => [i.id, i.tier, i.sectionId, i.focusAreas])).toEqual([
      [
        'photonics',
        'future-oriented industries',
        undefined,
        [{ blockId: 'leading-industries-p2', label: 'Photonic chips and devices' }],
      ],
      ['6g', 'future-oriented industries', undefined, [{ blockId: 'leading-industries-p3' }]],
    ]);
  });

  it('lists only industries the text names, in order of first mention, with nothing invented', () => {
    const doc = makeDoc({ preamble: ['New energy vehicles first, then integrated circuits.'] });
    const industries = extract(doc, editorial, 'p.txt').industries;
    expect(industries.map((i) => i.id)).toEqual(['nev', 'chips']);
    expect(industries[0]).toEqual({
      id: 'nev',
      name: 'New energy vehicles',
      variants: ['New energy vehicles'],
      // The vocabulary's other spellings, whether the text uses them or not (for search).
      aliases: ['new energy vehicle'],
      focusAreas: [],
      goalIds: [],
      targetIds: [],
      placeIds: [],
      projectIds: [],
      mentions: [],
      related: [],
    });
  });

  it('includes an industry that has a section even if no sentence names it', () => {
    const doc = makeDoc({ sections: [{ title: 'New materials', blocks: ['Stronger alloys.'] }] });
    expect(extract(doc, editorial, 'p.txt').industries.map((i) => [i.id, i.sectionId])).toEqual([
      ['materials', 'new-materials'],
    ]);
  });

  it('fills goal, target, place and project ids from the other extractors', () => {
    const doc = makeDoc({
      sections: [
        {
          title: 'New energy vehicle',
          blocks: ['By 2025, output will reach 350 billion yuan in Lingang.'],
        },
        {
          title: 'Major projects',
          blocks: ['Speed up the construction of new energy vehicle plants in Lingang.'],
        },
      ],
    });
    const [nev] = extract(doc, editorial, 'p.txt').industries;
    expect([nev.goalIds, nev.targetIds, nev.placeIds, nev.projectIds]).toEqual([
      ['nev-2025'],
      ['nev-output-value-2025'],
      ['lin-gang'],
      ['new-energy-vehicle-plants-lingang'],
    ]);
  });
});

describe('extract: tiers by part of a sentence', () => {
  it('reads each part between semicolons on its own', () => {
    const doc = makeDoc({
      preamble: [
        'The "2" pillar industries are new materials and integrated circuits; "X" refers to future industries such as photonic chips and devices.',
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    expect(result.industries.map((i) => [i.id, i.tier])).toEqual([
      ['materials', 'pillar industries'],
      ['chips', 'pillar industries'],
      ['photonics', 'future industries'],
    ]);
    expect(result.tiers.map((t) => [t.label, t.count])).toEqual([
      ['pillar industries', 2],
      ['future industries', undefined],
    ]);
  });
});
