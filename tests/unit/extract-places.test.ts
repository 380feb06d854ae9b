import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: places', () => {
  it('finds every spelling of a known place, with the industries of its sentence', () => {
    const doc = makeDoc({
      preamble: [
        'Zhangjiang leads integrated circuits. Lingang and Lin-gang build new energy vehicles.',
        'In the new area near Hong Kong, artificial intelligence grows.',
      ],
    });
    expect(extract(doc, editorial, 'p.txt').places).toEqual([
      {
        id: 'zhangjiang',
        name: 'Zhangjiang Science City',
        status: 'verified',
        variants: ['Zhangjiang'],
        industryIds: ['chips'],
        mentions: [],
      },
      {
        id: 'lin-gang',
        name: 'Lin-gang Special Area',
        nameZh: '临港新片区',
        status: 'verified',
        variants: ['Lingang', 'Lin-gang', 'the new area near Hong Kong'],
        industryIds: ['nev', 'ai'],
        mentions: [],
      },
    ]);
  });

  it('adds a place named only by a correction, without a variant', () => {
    const doc = makeDoc({ preamble: ['The growth pole of port industry.'] });
    const custom = makeEditorial({
      corrections: [
        { id: 'port', find: 'port industry', replace: 'Lingang industry', status: 'likely' },
      ],
    });
    const places = extract(doc, custom, 'p.txt').places;
    expect(places.map((p) => [p.id, p.variants])).toEqual([['lin-gang', []]]);
  });

  it('keeps unknown capitalised park names as unknown places, with one warning each', () => {
    const doc = makeDoc({
      preamble: [
        'Build the Songhu Science Park for integrated circuits. The Songhu Science Park grows.',
        'Create a Demonstration Zone, an Industrial Park and a New Town; the industrial base in Zhangjiang Park.',
      ],
    });
    const result = extract(doc, editorial, 'p.txt');
    expect(result.places.map((p) => [p.id, p.name, p.status, p.variants, p.industryIds])).toEqual([
      ['songhu-science-park', 'Songhu Science Park', 'unknown', ['Songhu Science Park'], ['chips']],
      ['zhangjiang', 'Zhangjiang Science City', 'verified', ['Zhangjiang'], []],
    ]);
    expect(result.warnings).toEqual([
      {
        file: 'p.txt',
        line: 2,
        message:
          'unknown place "Songhu Science Park" (not in places.yaml); shown as written with status "unknown"',
      },
    ]);
  });

  it("finds gazetteer names, typed names around them, organisations' cities and lists", () => {
    const custom = makeEditorial({
      places: [
        { id: 'wuxi', name: 'Wuxi', kind: 'city', status: 'verified', aliases: ['Wuxi'] },
        {
          id: 'shenzhen',
          name: 'Shenzhen',
          kind: 'city',
          status: 'verified',
          aliases: ['Shenzhen'],
        },
        { id: 'futian', name: 'Futian District', status: 'verified', aliases: ['Futian'] },
      ],
    });
    const doc = makeDoc({
      preamble: [
        "The Shenzhen Municipal People's Government supports integrated circuits in the Wuxi National High-tech Zone.",
        'The districts of Nanshan, Futian and Longgang host new materials; Nanshan District leads.',
      ],
    });
    const places = extract(doc, custom, 'p.txt').places;
    expect(places.map((p) => [p.id, p.name, p.status, p.variants, p.industryIds])).toEqual([
      ['shenzhen', 'Shenzhen', 'verified', ['Shenzhen'], ['chips']],
      [
        'wuxi-national-high-tech-zone',
        'Wuxi National High-tech Zone',
        'unknown',
        ['Wuxi National High-tech Zone'],
        ['chips'],
      ],
      [
        'nanshan-district',
        'Nanshan District',
        'unknown',
        ['Nanshan', 'Nanshan District'],
        ['materials'],
      ],
      ['futian', 'Futian District', 'verified', ['Futian'], ['materials']],
      ['longgang-district', 'Longgang District', 'unknown', ['Longgang'], ['materials']],
    ]);
  });
});
