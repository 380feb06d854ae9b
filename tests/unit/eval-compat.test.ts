import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/eval/compat.ts';

/** A model as the pipeline built it before the genre work (no unitKind, tiers core/key/future). */
const OLD = {
  meta: { titleEn: 'Old plan' },
  preamble: [
    {
      inlines: [
        { type: 'mention', kind: 'industry', id: 'ic', text: 'integrated circuit' },
        { type: 'text', text: ' and ' },
        { type: 'mention', kind: 'industry', id: 'ic', text: 'IC' },
        {
          type: 'correction',
          original: 'chip industry',
          text: 'x',
          id: 'c',
          ref: { kind: 'industry', id: 'ic' },
        },
      ],
    },
  ],
  sections: [{ title: 'Goals', level: 1, blocks: [] }],
  industries: [
    { id: 'ic', name: 'Integrated circuits', tier: 'core' },
    { id: 'x', name: 'Photonics', tier: 'future' },
    { id: 'y', name: 'Steel' },
  ],
  places: [{ id: 'p', name: 'Pudong New Area', variants: ['Pudong'] }],
  goals: [{ statement: 'By 2025 ...', year: 2025 }, { statement: 'Grow.' }],
  targets: [
    {
      value: 350,
      unit: 'billion yuan',
      display: 'about 350 billion yuan',
      scope: 'output-value',
      qualifier: 'about',
      year: 2025,
    },
    { value: 20, unit: '%', display: '20%', scope: 'growth-rate', qualifier: 'exactly' },
    {
      value: 200,
      unit: 'digital workshops',
      display: '200 digital workshops',
      scope: 'count',
      qualifier: 'exactly',
    },
  ],
  corrections: [{ id: 'c', original: 'chip industry' }],
  terms: [
    { id: 't', term: '9+X', definition: 'nine and X', source: 'data' },
    { id: 'u', term: 'CPU', source: 'text' },
  ],
};

describe('eval: reading any version of the model', () => {
  it('derives what the old model implies: kinds, norms, tier labels, spellings from mentions', () => {
    expect(viewOf(OLD)).toEqual({
      title: 'Old plan',
      sections: [{ title: 'Goals', level: 1 }],
      industries: [
        {
          id: 'ic',
          names: ['Integrated circuits', 'integrated circuit', 'IC', 'chip industry'],
          tier: 'core',
        },
        { id: 'x', names: ['Photonics'], tier: 'future-oriented' },
        { id: 'y', names: ['Steel'], tier: undefined },
      ],
      tiers: [{ label: 'core' }, { label: 'future-oriented' }],
      places: [{ id: 'p', names: ['Pudong New Area', 'Pudong'] }],
      goals: [
        { statement: 'By 2025 ...', year: 2025 },
        { statement: 'Grow.', year: undefined },
      ],
      targets: [
        {
          value: 350,
          max: undefined,
          unit: 'billion yuan',
          kind: 'yuan',
          norm: 350e9,
          normMax: undefined,
          year: 2025,
          qualifier: 'about',
          scope: 'output-value',
          baseline: undefined,
          display: 'about 350 billion yuan',
        },
        expect.objectContaining({ kind: 'percent', norm: 20, year: undefined }),
        expect.objectContaining({ kind: 'count', norm: 200 }),
      ],
      corrections: [{ id: 'c', original: 'chip industry' }],
      terms: [
        { id: 't', term: '9+X', hasDefinition: true, fromText: false },
        { id: 'u', term: 'CPU', hasDefinition: false, fromText: true },
      ],
    });
  });

  it('uses the new fields where the model has them', () => {
    const view = viewOf({
      meta: { titleEn: 'New plan' },
      tiers: [
        { id: 'pillar', label: 'pillar industries', count: 3, industryIds: ['a'] },
        { id: 'emerging', label: 'strategic emerging industries', industryIds: ['b'] },
      ],
      industries: [
        { id: 'a', name: 'Petrochemicals', variants: ['petrochemical industry'], tier: 'pillar' },
        { id: 'b', name: 'New energy', variants: [], tier: 'strategic emerging industries' },
        { id: 'c', name: 'Food', variants: [] },
      ],
      targets: [
        {
          value: 5,
          valueMax: 8,
          unit: 'RMB trillion',
          unitKind: 'yuan',
          normalised: 5e12,
          normalisedMax: 8e12,
          year: 2025,
          display: '5-8 trillion',
          baseline: {
            value: 4.3,
            unit: 'trillion yuan',
            normalised: 4.3e12,
            year: 2020,
            display: '4.3',
          },
        },
        { value: 2, unit: 'times', display: 'double', baseline: { value: 1, year: 2020 } },
      ],
    });
    expect(view.tiers).toEqual([
      { label: 'pillar industries', count: 3 },
      { label: 'strategic emerging industries', count: undefined },
    ]);
    expect(view.industries).toEqual([
      { id: 'a', names: ['Petrochemicals', 'petrochemical industry'], tier: 'pillar industries' },
      { id: 'b', names: ['New energy'], tier: 'strategic emerging industries' },
      { id: 'c', names: ['Food'], tier: undefined },
    ]);
    expect(view.targets[0]).toMatchObject({
      kind: 'yuan',
      norm: 5e12,
      max: 8,
      normMax: 8e12,
      baseline: { norm: 4.3e12, year: 2020 },
    });
    expect(view.targets[1]).toMatchObject({
      kind: 'multiple',
      norm: 2,
      baseline: { norm: 1, year: 2020 },
    });
  });

  it('reads an empty or broken model as empty', () => {
    expect(viewOf(undefined)).toMatchObject({ title: '', industries: [], targets: [] });
    expect(viewOf({ industries: 'x', targets: [{}] }).targets).toEqual([
      expect.objectContaining({ value: 0, unit: '', kind: 'count', norm: 0 }),
    ]);
  });
});

describe('eval: industry spellings', () => {
  it('takes the variants and the mention runs together', () => {
    const view = viewOf({
      preamble: [{ inlines: [{ type: 'mention', kind: 'industry', id: 'a', text: 'chips' }] }],
      industries: [{ id: 'a', name: 'Integrated circuits', variants: ['IC', 'chips'] }],
    });
    expect(view.industries[0]!.names).toEqual(['Integrated circuits', 'IC', 'chips']);
  });
});
