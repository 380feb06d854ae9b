import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../src/schemas/atlas.ts';
import { alsoInText, crossPlan, NAMED_PLANS } from '../../src/utils/cross-plan.ts';

const plan = (id: string, shortTitle: string) =>
  ({ id, shortTitle }) as AtlasModel['plans'][number];
const side = (id: string) => ({ plan: id });
const target = (planId: string, id: string) => ({ plan: planId, id });
const model = {
  plans: [plan('a', 'A plan'), plan('b', 'B plan'), plan('c', 'C plan')],
  industries: [
    { id: 'chips', path: 'industries/chips/', plans: [side('a'), side('b'), side('c')] },
    { id: 'solar', path: 'industries/solar/', plans: [side('b'), side('c')] },
  ],
  places: [{ id: 'pudong', path: 'places/pudong/', plans: [side('c'), side('a')] }],
  measures: [
    {
      id: 'chips-output-value-yuan',
      path: 'compare/chips-output-value-yuan/',
      targets: [target('a', 't1'), target('a', 't3'), target('b', 't1')],
    },
  ],
} as unknown as AtlasModel;

describe('crossPlan', () => {
  const a = crossPlan(model, 'a');

  it("links what the plan shares to the atlas's page, naming the other plans", () => {
    expect(a.industry('chips')).toEqual({
      path: 'industries/chips/',
      others: 2,
      titles: ['B plan', 'C plan'],
    });
    expect(a.place('pudong')).toEqual({ path: 'places/pudong/', others: 1, titles: ['C plan'] });
  });

  it('gives nothing for what the plan does not share or does not name', () => {
    expect(a.industry('solar')).toBeUndefined(); // b and c only
    expect(a.industry('pudong')).toBeUndefined(); // a place, not an industry
    expect(a.place('chips')).toBeUndefined();
    expect(crossPlan(model, 'b').place('pudong')).toBeUndefined();
  });

  it("links only the plan's own targets of a compared measure", () => {
    expect(a.measure('t1')).toBe('compare/chips-output-value-yuan/');
    expect(a.measure('t3')).toBe('compare/chips-output-value-yuan/');
    expect(a.measure('t2')).toBeUndefined();
    expect(crossPlan(model, 'c').measure('t1')).toBeUndefined(); // c's t1 is another target
  });

  it(`names at most ${NAMED_PLANS} plans, then how many more`, () => {
    const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const many = {
      plans: ids.map((id) => plan(id, id.toUpperCase())),
      industries: [{ id: 'x', path: 'industries/x/', plans: ids.map(side) }],
      places: [],
      measures: [],
    } as unknown as AtlasModel;
    const link = crossPlan(many, 'p3').industry('x')!;
    expect(link).toEqual({
      path: 'industries/x/',
      others: 7,
      titles: ['P0', 'P1', 'P2', 'P4', 'P5'],
    });
    expect(alsoInText(link)).toBe('Also in 7 other plans: P0, P1, P2, P4, P5 and 2 more');
  });

  it('says "other plan" for one', () => {
    expect(alsoInText(a.place('pudong')!)).toBe('Also in 1 other plan: C plan');
    expect(alsoInText(a.industry('chips')!)).toBe('Also in 2 other plans: B plan, C plan');
  });
});
