import { describe, expect, it } from 'vitest';
import { filterGroups } from '../../src/components/search/filters.ts';
import { pagefindFilters } from '../../src/components/search/state.ts';

const totals = {
  industry: { 'New materials': 3, Biomedicine: 2 },
  kind: { Place: 17, Goal: 8, 'Plan text': 1, Industry: 16 },
  tier: { 'Future-oriented': 6, Core: 3, Key: 6 },
};

describe('filterGroups', () => {
  it('lists kind, tier and industry in the site order, with total counts', () => {
    const groups = filterGroups(totals, {});
    expect(groups.map((g) => [g.key, g.label, g.open])).toEqual([
      ['kind', 'Kind', true],
      ['tier', 'Tier', true],
      ['industry', 'Industry', false],
    ]);
    expect(groups[0].options.map((o) => `${o.value} ${o.count}`)).toEqual([
      'Industry 16',
      'Goal 8',
      'Place 17',
      'Plan text 1',
    ]);
    // The plan's own category labels, alphabetically (no fixed list of categories).
    expect(groups[1].options.map((o) => o.value)).toEqual(['Core', 'Future-oriented', 'Key']);
    expect(groups[2].options.map((o) => o.value)).toEqual(['Biomedicine', 'New materials']);
  });

  it('checks the selected values, opens their group and keeps values the index lacks', () => {
    const groups = filterGroups(totals, { industry: ['New materials', 'Unknown'] });
    const industry = groups.find((g) => g.key === 'industry')!;
    expect(industry.open).toBe(true);
    expect(industry.options).toEqual([
      { value: 'Biomedicine', count: 2, checked: false },
      { value: 'New materials', count: 3, checked: true },
      { value: 'Unknown', count: 0, checked: true },
    ]);
  });

  it('takes counts from the current search, zero where it has none', () => {
    const [kind] = filterGroups(totals, { kind: ['Goal'] }, { kind: { Goal: 2 } });
    expect(kind.options.map((o) => `${o.value} ${o.count} ${o.checked}`)).toEqual([
      'Industry 0 false',
      'Goal 2 true',
      'Place 0 false',
      'Plan text 0 false',
    ]);
  });

  it('shows no group for an index without filters', () => {
    expect(filterGroups({}, {})).toEqual([]);
  });
});

describe('pagefindFilters', () => {
  it('matches any selected value within a key, keys in a stable order', () => {
    expect(pagefindFilters({ tier: ['Key', 'Core', 'Key'], kind: ['Goal'], other: ['x'] })).toEqual(
      {
        kind: { any: ['Goal'] },
        tier: { any: ['Core', 'Key'] },
      },
    );
  });

  it('leaves out empty keys', () => {
    expect(pagefindFilters({ kind: [] })).toEqual({});
  });
});
