/**
 * /goals/ and /goals/<id>/ against the generated model: each goal's statement as written, its
 * source paragraph, its targets, and links back to its industries and places.
 */
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import {
  allBlocks,
  entityHref,
  href,
  hrefs,
  one,
  originalText,
  page,
  readModel,
  section,
  squash,
  text,
} from './harness/html.ts';

const model = readModel();
const plan = (id: string) => href(`plan/#${id}`);
const sectionOfBlock = new Map(
  model.sections.flatMap((s) => s.blocks.map((b) => [b.id, s.id] as const)),
);
for (const b of model.preamble) sectionOfBlock.set(b.id, 'preamble');

describe('/goals/', () => {
  const tree = page('goals/');

  test('lists the overall goals, then the industry goals, each in model order', () => {
    const listed = (id: string) => {
      const group = select(`section[aria-labelledby="${id}"]`, tree);
      return group ? selectAll('li[data-goal]', group).map((li) => li.properties.dataGoal) : [];
    };
    const ids = (kind: string) => model.goals.filter((g) => g.kind === kind).map((g) => g.id);
    expect(listed('overall')).toEqual(ids('overall'));
    expect(listed('by-industry')).toEqual(ids('industry'));
    expect(model.goals.length).toBeGreaterThan(0);
  });

  test('links each goal to its page under its title, and to its paragraph', () => {
    for (const goal of model.goals) {
      const li = one(`li[data-goal="${goal.id}"]`, tree);
      const [first] = selectAll('a', li);
      expect(first.properties.href).toBe(entityHref('goal', goal.id));
      expect(text(first)).toBe(goal.title);
      expect(hrefs(li)).toContain(plan(goal.blockId));
    }
  });
});

describe.each(model.goals)('/goals/$id/', (goal) => {
  const tree = () => page(`goals/${goal.id}/`);

  test('is headed by its title, with its kind, year and section', () => {
    expect(text(one('h1', tree()))).toBe(goal.title);
    const intro = one('.page-head .meta-line', tree());
    const kind = goal.kind === 'overall' ? 'Overall goal' : 'Industry goal';
    expect(squash(text(intro))).toMatch(
      new RegExp(`^${kind}${goal.year ? `, by ${goal.year}` : ''} · stated in `),
    );
    expect(hrefs(intro)).toEqual([plan(sectionOfBlock.get(goal.blockId)!)]);
  });

  test('quotes its statement as written, citing its paragraph', () => {
    const quote = one('blockquote', section(tree(), 'statement'));
    expect(quote.properties.cite).toBe(plan(goal.blockId));
    expect(squash(originalText(quote))).toBe(squash(goal.statement));
  });

  test('links its source paragraph in /plan/, with its source line', () => {
    const source = section(tree(), 'source');
    const block = allBlocks(model).find((b) => b.id === goal.blockId)!;
    const link = one('.meta-line a', source);
    expect(link.properties.href).toBe(plan(goal.blockId));
    expect(text(link)).toMatch(new RegExp(`, ¶ ${goal.blockId}$`));
    expect(text(one('.meta-line', source))).toContain(`source line ${block.line}`);
  });

  test('has a row for each of its targets, with the number as written', () => {
    const rows = selectAll('tr[data-target]', section(tree(), 'targets'));
    expect(rows.map((tr) => tr.properties.dataTarget)).toEqual(goal.targetIds);
    for (const row of rows) {
      const target = model.targets.find((t) => t.id === row.properties.dataTarget)!;
      expect(text(row)).toContain(`“${target.display}”`);
      expect(hrefs(row)).toContain(plan(target.blockId));
    }
  });

  test('links back to each of its industries and places', () => {
    expect(hrefs(section(tree(), 'industries'))).toEqual(
      goal.industryIds.map((id) => entityHref('industry', id)),
    );
    expect(hrefs(section(tree(), 'places')).sort()).toEqual(
      goal.placeIds.map((id) => entityHref('place', id)).sort(),
    );
  });

  test('is linked back from each of its industries’ pages', () => {
    for (const id of goal.industryIds) {
      expect(hrefs(section(page(`industries/${id}/`), 'goals'))).toContain(
        entityHref('goal', goal.id),
      );
    }
  });
});
