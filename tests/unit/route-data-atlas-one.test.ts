/** The atlas home of one plan (src/utils/route-data/atlas-one.ts): the plan leads, with its ways in. */
import { describe, expect, test } from 'vitest';
import type { AtlasPlan } from '../../src/schemas/atlas.ts';
import { comparesPlans, planByline, planWaysIn } from '../../src/utils/route-data/atlas-one.ts';

const plan = (counts: AtlasPlan['counts']) => ({ path: 'plans/p/', counts });

describe('planWaysIn', () => {
  test('the text, each list the plan has with its count, and About', () => {
    expect(planWaysIn(plan({ industries: 34, goals: 13, targets: 1, places: 18 }))).toEqual([
      { label: 'The Plan', text: 'Its full text, section by section.', path: 'plans/p/plan/' },
      { label: 'Industries', text: '34 industries.', path: 'plans/p/industries/' },
      { label: 'Goals', text: '13 goals.', path: 'plans/p/goals/' },
      { label: 'Targets', text: '1 target.', path: 'plans/p/targets/' },
      { label: 'Places', text: '18 places.', path: 'plans/p/places/' },
      { label: 'About', text: 'Its sources and translation.', path: 'plans/p/about/' },
    ]);
  });

  test('a list the plan has nothing for is not built, so not linked', () => {
    const ways = planWaysIn(plan({ industries: 2, goals: 0, targets: 0, places: 1 }));
    expect(ways.map((w) => w.path)).toEqual([
      'plans/p/plan/',
      'plans/p/industries/',
      'plans/p/places/',
      'plans/p/about/',
    ]);
  });
});

test('the blocks that compare plans need two', () => {
  const one = { id: 'p' } as AtlasPlan;
  expect([comparesPlans([]), comparesPlans([one]), comparesPlans([one, one])]).toEqual([
    false,
    false,
    true,
  ]);
});

test('planByline: the issuer when known, then the scope', () => {
  expect(planByline('Shanghai Government', 'City · Shanghai · 2021–2025')).toBe(
    'Issued by Shanghai Government · City · Shanghai · 2021–2025',
  );
  expect(planByline(undefined, 'National · China')).toBe('National · China');
});
