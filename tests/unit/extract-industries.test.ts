import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: industries', () => {
  it('takes tiers from the sentence that names them, else from data, else none', () => {
    const doc = makeDoc({
      preamble: [
        'We develop integrated circuits and other core industries. as well as new energy vehicles and other key industries.',
        'Artificial intelligence and new materials matter.',
      ],
    });
    const tiers = extract(doc, editorial, 'p.txt').industries.map((i) => [
      i.id,
      i.tier,
      i.tierSource,
    ]);
    expect(tiers).toEqual([
      ['chips', 'core', 'text'],
      ['nev', 'key', 'text'],
      ['ai', 'core', 'data'],
      ['materials', undefined, 'none'],
    ]);
  });

  it('gives each industry the nearest tier phrase after it when a sentence has several', () => {
    const doc = makeDoc({
      preamble: ['Integrated circuits are core industries and new materials are key industries.'],
    });
    const tiers = extract(doc, editorial, 'p.txt').industries.map((i) => [i.id, i.tier]);
    expect(tiers).toEqual([
      ['chips', 'core'],
      ['materials', 'key'],
    ]);
  });

  it('keeps the first tier the text gives and warns about a contradiction', () => {
    const doc = makeDoc({
      preamble: [
        'New materials and other key industries.',
        'New materials and other core industries.',
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    expect(result.industries.map((i) => [i.id, i.tier])).toEqual([['materials', 'key']]);
    expect(result.warnings).toEqual([
      {
        file: 'p.txt',
        line: 4,
        message: 'industry "materials" is called core here but key at line 2; kept key',
      },
    ]);
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
    expect(industries.map((i) => [i.id, i.tier, i.tierSource, i.sectionId, i.focusAreas])).toEqual([
      [
        'photonics',
        'future',
        'text',
        undefined,
        [{ blockId: 'leading-industries-p2', label: 'Photonic chips and devices' }],
      ],
      ['6g', 'future', 'text', undefined, [{ blockId: 'leading-industries-p3' }]],
    ]);
  });

  it('lists only industries the text names, in order of first mention, with nothing invented', () => {
    const doc = makeDoc({ preamble: ['New energy vehicles first, then integrated circuits.'] });
    const industries = extract(doc, editorial, 'p.txt').industries;
    expect(industries.map((i) => i.id)).toEqual(['nev', 'chips']);
    expect(industries[0]).toEqual({
      id: 'nev',
      name: 'New energy vehicles',
      tier: 'key',
      tierSource: 'data',
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
        'The 5 pillars are new materials; future-oriented ones such as photonic chips and devices.',
      ],
    });
    const tiers = extract(doc, editorial, 'p.txt').industries.map((i) => [
      i.id,
      i.tier,
      i.tierSource,
    ]);
    expect(tiers).toEqual([
      ['materials', undefined, 'none'],
      ['photonics', 'future', 'text'],
    ]);
  });
});
