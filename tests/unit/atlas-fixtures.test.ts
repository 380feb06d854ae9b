import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';

/** The fixture atlas (tests/fixtures/atlas/): what each plan must give for the atlas to compare. */
const model = (id: string) =>
  buildModel(loadPlanInput(`tests/fixtures/atlas/${id}`, process.cwd()));

/** A plan's facts the atlas joins on, as short strings. */
function facts(id: string) {
  const m = model(id);
  return {
    meta: [
      m.meta.level,
      m.meta.region,
      m.meta.period?.start,
      m.meta.period?.end,
      m.meta.metaSource,
    ],
    industries: m.industries.map((i) => `${i.id}: ${i.tier ?? ''}`),
    tiers: m.tiers.map((t) => t.label),
    targets: m.targets.map(
      (t) => `${t.industryId ?? '-'} ${t.scope} ${t.unitKind} ${t.unit} ${t.normalised} ${t.year}`,
    ),
    places: m.places.map((p) => p.id),
  };
}

describe('fixture atlas plans', () => {
  it('national-ic-2021: a ministries’ plan, the industry named in its title', () => {
    expect(facts('national-ic-2021')).toEqual({
      meta: ['national', undefined, 2021, 2025, 'text'],
      industries: [
        'integrated-circuits: key industries',
        'new-energy-vehicles: key industries',
        'artificial-intelligence: key industries',
        'biomedicine: key industries',
      ],
      tiers: ['key industries'],
      targets: [
        'integrated-circuits output-value yuan trillion yuan 2000000000000 2025',
        'integrated-circuits count count integrated circuit enterprises 10 2025',
        'integrated-circuits count count national integrated circuit innovation centres 5 2025',
        '- other percent % 15 2025',
      ],
      places: [
        'yangtze-river-delta',
        'beijing-tianjin-hebei',
        'guangdong-hong-kong-macao-greater-bay-area',
        'shanghai',
        'beijing',
        'shenzhen',
        'wuxi',
        'nanjing',
      ],
    });
  });

  it('jiangsu-sei-2021: a province’s plan with pillar industries', () => {
    expect(facts('jiangsu-sei-2021')).toEqual({
      meta: ['provincial', 'Jiangsu', 2021, 2025, 'text'],
      industries: [
        'integrated-circuits: pillar industries',
        'biomedicine: pillar industries',
        'new-energy-vehicles: pillar industries',
      ],
      tiers: ['pillar industries'],
      targets: [
        '- share-of-gdp percent % 20 2025',
        'integrated-circuits output-value yuan trillion yuan 1200000000000 2025',
        'biomedicine output-value yuan trillion yuan 1000000000000 2025',
        '- count count listed chip companies 120 2025',
      ],
      places: [
        'jiangsu',
        'suzhou',
        'wuxi',
        'nanjing',
        'yangtze-river-delta',
        'suzhou-industrial-park',
        'taizhou',
        'changzhou',
        'yancheng',
      ],
    });
  });

  it('suzhou-chips-2023: a city’s plan that calls integrated circuits “chips”', () => {
    const m = model('suzhou-chips-2023');
    expect(m.industries.find((i) => i.id === 'integrated-circuits')?.variants).toEqual([
      'chip industry',
      'chips',
    ]);
    expect(facts('suzhou-chips-2023')).toEqual({
      meta: ['city', 'Suzhou', 2023, 2025, 'text'],
      industries: ['integrated-circuits: leading industries', 'biomedicine: leading industries'],
      tiers: ['leading industries'],
      targets: [
        'integrated-circuits output-value yuan billion yuan 300000000000 2025',
        '- count count listed chip companies 40 2025',
        '- share-of-gdp percent % 25 2025',
      ],
      places: [
        'suzhou',
        'yangtze-river-delta',
        'suzhou-industrial-park',
        'suzhou-high-tech-zone',
        'shanghai',
      ],
    });
  });

  it('wuxi-biomed-2022: a city’s plan whose plan.yaml says whose it is', () => {
    expect(facts('wuxi-biomed-2022')).toEqual({
      meta: ['city', 'Wuxi', 2022, 2024, 'file'],
      industries: [
        'biomedicine: advantageous industries',
        'integrated-circuits: advantageous industries',
        'new-energy-vehicles: advantageous industries',
      ],
      tiers: ['advantageous industries'],
      targets: [
        'biomedicine output-value yuan billion yuan 250000000000 2024',
        'integrated-circuits output-value yuan billion yuan 200000000000 2024',
        '- share-of-gdp percent % 22 2024',
      ],
      places: ['wuxi', 'suzhou', 'changzhou', 'yangtze-river-delta', 'wuxi-high-tech-zone'],
    });
  });
});
