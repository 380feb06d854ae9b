/** Which list pages a plan has: decided from its counts, so a plan never offers an empty list. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelCounts } from '../../src/pipeline/counts.ts';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import { hasList, listsOf, navItems, pathsIfAny } from '../../src/utils/site-lists.ts';

const root = resolve(import.meta.dirname, '../..');
const counts = (plan: string) => modelCounts(buildModel(loadPlanInput(plan, root)));

describe('site lists', () => {
  it('offers only the Plan and About for a plan with nothing in it', () => {
    const c = { industries: 0, goals: 0, targets: 0, places: 0, projects: 0, terms: 0 };
    expect(listsOf(c)).toEqual([]);
    expect(navItems(c)).toEqual([
      { label: 'Plan', path: 'plan/' },
      { label: 'About', path: 'about/' },
    ]);
    expect(pathsIfAny(c, 'places', () => [{ params: {} }])).toEqual([]);
  });

  it('leaves out places, projects and the glossary of a plan without them', () => {
    const c = {
      industries: 9,
      goals: 5,
      targets: 6,
      places: 0,
      projects: 0,
      terms: 0,
      corrections: 0,
    };
    expect(listsOf(c)).toEqual(['industries', 'goals', 'targets']);
    expect(navItems(c).map((i) => i.path)).toEqual([
      'plan/',
      'industries/',
      'goals/',
      'targets/',
      'about/',
    ]);
  });

  it.each(['one-paragraph', 'no-goals-cr', 'nmx-roman'])('follows the counts of %s', (plan) => {
    const c = counts(`tests/fixtures/plans/${plan}`);
    const has = (key: 'industries' | 'goals' | 'targets' | 'places' | 'projects') => c[key] > 0;
    const expected = (['industries', 'goals', 'targets', 'places', 'projects'] as const).filter(
      has,
    );
    expect(listsOf(c)).toEqual(c.terms + c.corrections > 0 ? [...expected, 'glossary'] : expected);
  });

  it('offers every list of the Shanghai plan, in navigation order', () => {
    expect(navItems(counts('content/plans/shanghai-sei-2021'))).toEqual([
      { label: 'Plan', path: 'plan/' },
      { label: 'Industries', path: 'industries/' },
      { label: 'Goals', path: 'goals/' },
      { label: 'Targets', path: 'targets/' },
      { label: 'Places', path: 'places/' },
      { label: 'Projects', path: 'projects/' },
      { label: 'Glossary', path: 'glossary/' },
      { label: 'About', path: 'about/' },
    ]);
  });

  it('has a glossary for terms or corrections alone', () => {
    expect(hasList({ terms: 0, corrections: 2 }, 'glossary')).toBe(true);
    expect(hasList({ terms: 3, corrections: 0 }, 'glossary')).toBe(true);
    expect(hasList({ terms: 0, corrections: 0 }, 'glossary')).toBe(false);
  });

  it('reads a missing or non-numeric count as nothing', () => {
    expect(listsOf({})).toEqual([]);
    expect(listsOf({ places: '3', industriesByTier: { core: 1 } })).toEqual([]);
    expect(pathsIfAny({ projects: 2 }, 'projects', () => ['p'])).toEqual(['p']);
  });
});
