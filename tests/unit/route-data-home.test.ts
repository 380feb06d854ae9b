import { describe, expect, it } from 'vitest';
import { headlineTargets, tierCard, waysIn } from '../../src/utils/route-data/home.ts';
import { listRoute } from '../../src/utils/route-data/list.ts';
import { tierGroupsOf } from '../../src/utils/route-data/tiers.ts';

describe('headlineTargets', () => {
  const t = (id: string, industry?: string) => ({
    id,
    data: industry ? { industryId: { id: industry } } : {},
  });
  const targets = [t('a', 'ic'), t('b'), t('c', 'bio'), t('d', 'ic'), t('e')];
  it('puts plan-wide numbers first, then each industry’s first, in the industries’ order', () => {
    const order = [{ id: 'bio' }, { id: 'ic' }, { id: 'ai' }];
    expect(headlineTargets(targets, order).map((x) => x.id)).toEqual(['b', 'e', 'c', 'a']);
    expect(headlineTargets(targets, order, 3).map((x) => x.id)).toEqual(['b', 'e', 'c']);
  });
});

describe('tierCard', () => {
  const industries = Array.from({ length: 14 }, (_, i) => ({
    id: `i${i}`,
    data: { tier: i < 13 ? 'key sectors' : undefined },
  }));
  const [key, none] = tierGroupsOf(industries, [{ id: 'key', label: 'key sectors', count: 20 }]);
  it('shows the first 12 industries of a category and links where it starts', () => {
    const card = tierCard(key!);
    expect(card.shown.map((i) => i.id)).toEqual(industries.slice(0, 12).map((i) => i.id));
    expect([card.more, card.named, card.path]).toEqual([
      1,
      'the text names 13 of 20',
      'industries/#tier-key',
    ]);
  });
  it('shows a short category whole', () => {
    const card = tierCard(none!);
    expect([card.shown.map((i) => i.id), card.more, card.named, card.path]).toEqual([
      ['i13'],
      0,
      undefined,
      'industries/#tier-none',
    ]);
  });
});

describe('waysIn', () => {
  const n = {
    sections: 1,
    paragraphs: 1234,
    industries: 1,
    goals: 2,
    targets: 0,
    places: 0,
    projects: 0,
  };
  it('offers only the lists the plan has, each with its size', () => {
    const counts = { industries: 1, goals: 2, targets: 0, places: 0, projects: 0, terms: 3 };
    expect(waysIn(counts, n).map((w) => [w.path, w.text])).toEqual([
      ['plan/', '1 section, 1,234 paragraphs, each with a permalink.'],
      ['industries/', '1 industry by the Plan’s categories.'],
      ['goals/', '2 goals and where they are stated.'],
      ['glossary/', 'Terms, Chinese names and translation corrections.'],
      ['about/', 'Sources, method and the translation caveat.'],
    ]);
  });
});

describe('listRoute', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it('gives one page of a list with its positions and head', () => {
    const page = listRoute('places', items, 2);
    expect(page).toEqual({
      items: items.slice(100),
      count: 2,
      first: 101,
      last: 120,
      head: {
        title: 'Places, page 2 of 2',
        crumbs: [{ label: 'Places', path: 'places/' }, { label: 'Page 2 of 2' }],
        description:
          'Places the Plan names, with their right English and Chinese names and the spellings the translation uses. Page 2 of 2.',
      },
    });
  });
  it('keeps a one-page list’s head plain', () => {
    expect(listRoute('goals', [1, 2], 1).head).toEqual({
      title: 'Goals',
      crumbs: [{ label: 'Goals' }],
      description:
        'Every goal the Plan sets, with its targets, industries, places and source paragraph.',
    });
  });
});
