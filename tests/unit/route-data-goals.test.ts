import { describe, expect, it } from 'vitest';
import { goalGroups, goalLine } from '../../src/utils/route-data/goals.ts';

const goal = (
  id: string,
  kind: 'overall' | 'industry',
  industries: string[] = [],
  targets: string[] = [],
) => ({
  id,
  data: {
    kind,
    industries: industries.map((i) => ({ id: i })),
    targets: targets.map((t) => ({ id: t })),
  },
});

describe('goalGroups', () => {
  it('groups a page’s goals, plan-wide ones first', () => {
    const groups = goalGroups([
      goal('o1', 'overall'),
      goal('o2', 'overall'),
      goal('i1', 'industry'),
    ]);
    expect(groups.map((g) => [g.id, g.title, g.items.map((i) => i.id)])).toEqual([
      ['overall', 'Overall goals', ['o1', 'o2']],
      ['by-industry', 'Goals by industry', ['i1']],
    ]);
  });
  it('has only the group a page continues', () => {
    expect(goalGroups([goal('i7', 'industry')]).map((g) => g.id)).toEqual(['by-industry']);
  });
});

describe('goalLine', () => {
  const names = new Map([
    ['ic', 'Integrated circuits'],
    ['ai', 'Artificial intelligence'],
  ]);
  const display = new Map([
    ['t1', 'more than 20%'],
    ['t2', 'exceed 1 trillion yuan'],
  ]);
  it('names the industries, then the numbers as the Plan words them', () => {
    expect(goalLine(goal('g', 'overall', ['ic', 'ai', 'x'], ['t1', 't2']), names, display)).toBe(
      'Integrated circuits, Artificial intelligence, x · 2 targets: more than 20%; exceed 1 trillion yuan',
    );
    expect(goalLine(goal('g', 'industry', [], ['t2', 'gone']), names, display)).toBe(
      '2 targets: exceed 1 trillion yuan',
    );
    expect(goalLine(goal('g', 'industry', ['ai']), names, display)).toBe('Artificial intelligence');
  });
  it('is empty for a goal with neither', () => {
    expect(goalLine(goal('g', 'overall'), names, display)).toBe('');
  });
});
