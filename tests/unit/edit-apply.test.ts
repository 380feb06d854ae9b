/** applyEdits: add, change and drop of each kind, with cross-references kept consistent. */
import { describe, expect, it } from 'vitest';
import { applyEdits, type TextIds } from '../../src/pipeline/edit/apply.ts';
import type { Facts } from '../../src/pipeline/edit/kinds.ts';
import { readEdits } from '../../src/pipeline/edit/read.ts';
import { PlanInputError, type Industry } from '../../src/pipeline/types.ts';

const FILE = 'p/editorial/edits.yaml';
const text: TextIds = {
  blocks: new Map([
    ['goals-b1', 'By 2025, output will exceed 350 billion yuan.'],
    ['chips-p1', 'Chips in East Port.'],
  ]),
  sections: new Set(['goals', 'chips']),
};

function industry(id: string, name: string, more: Partial<Industry> = {}): Industry {
  return {
    id,
    name,
    variants: [],
    focusAreas: [],
    goalIds: [],
    targetIds: [],
    placeIds: [],
    projectIds: [],
    mentions: [],
    related: [],
    ...more,
  };
}

/** Two industries in one tier, a goal and a target naming both, a place and a project. */
function facts(): Facts {
  return {
    industries: [
      industry('chips', 'Chips', { goalIds: ['g1'], targetIds: ['t1'], placeIds: ['east-port'] }),
      industry('port', 'Port', { goalIds: ['g1'], projectIds: ['p1'], related: ['chips'] }),
    ].map((i) => ({ ...i, tier: 'pillar industries' }) as unknown as Industry),
    tiers: [{ id: 'pillar', label: 'pillar industries', industryIds: ['chips', 'port'] }],
    goals: [
      {
        id: 'g1',
        kind: 'industry',
        title: 'Output',
        statement: 'By 2025, output will exceed 350 billion yuan.',
        year: 2025,
        blockId: 'goals-b1',
        industryIds: ['chips', 'port'],
        placeIds: ['east-port'],
        targetIds: ['t1'],
      },
    ],
    targets: [
      {
        id: 't1',
        value: 35,
        unit: 'billion yuan',
        unitKind: 'yuan',
        normalised: 35e9,
        baseline: { value: 20, unit: 'billion yuan', normalised: 20e9, display: '20 billion yuan' },
        display: 'exceed 35 billion yuan',
        scope: 'output-value',
        qualifier: 'exceed',
        year: 2025,
        subject: 'Output',
        industryId: 'chips',
        goalId: 'g1',
        blockId: 'goals-b1',
        sentence: 'By 2025, output will exceed 350 billion yuan.',
      },
    ],
    places: [
      {
        id: 'east-port',
        name: 'East Port',
        status: 'unknown',
        variants: ['East Port'],
        industryIds: ['chips'],
        mentions: [],
      },
    ],
    projects: [
      {
        id: 'p1',
        name: 'A dock',
        blockId: 'chips-p1',
        industryIds: ['port'],
        placeIds: ['east-port'],
      },
    ],
  };
}

const run = (yaml: string, input = facts()) => applyEdits(input, readEdits(FILE, yaml), text);
const mark = (op: 'add' | 'change', fields: string[], why = 'w') => ({ op, fields, why });

function error(yaml: string): string {
  try {
    run(yaml);
  } catch (e) {
    if (!(e instanceof PlanInputError)) throw e;
    return `${e.file}:${e.line} | ${e.message.split('\n')[0]!.replace(/^.*?:\d+: /, '')} | ${e.hint}`;
  }
  throw new Error('no error');
}

describe('applyEdits', () => {
  it('leaves the facts as they are when there is nothing to do', () => {
    const input = facts();
    expect(run('', input)).toEqual({ facts: input, records: [] });
  });

  it('does not modify its input', () => {
    const input = facts();
    run('- drop: industry\n  id: port\n  why: w\n', input);
    expect(input).toEqual(facts());
  });

  it('drops an industry from its tier, goals, targets, places, projects and related lists', () => {
    const { facts: out, records } = run('- drop: industry\n  id: chips\n  why: Not one.\n');
    expect(out.industries.map((i) => i.id)).toEqual(['port']);
    expect(out.tiers![0]!.industryIds).toEqual(['port']);
    expect(out.goals[0]!.industryIds).toEqual(['port']);
    expect(out.targets[0]!.industryId).toBeUndefined();
    expect(out.places[0]!.industryIds).toEqual([]);
    expect(out.industries[0]!.related).toEqual([]);
    expect(records).toEqual([
      {
        op: 'drop',
        kind: 'industry',
        id: 'chips',
        fields: [],
        why: 'Not one.',
        file: FILE,
        line: 1,
      },
    ]);
  });

  it('renames an industry: same id, same links, marked editorial', () => {
    const { facts: out } = run(
      '- change: industry\n  id: chips\n  name: Integrated circuits\n  why: w\n',
    );
    expect(out.industries[0]).toEqual({
      ...facts().industries[0],
      name: 'Integrated circuits',
      editorial: mark('change', ['name']),
    });
  });

  it('adds an industry with its spellings, in a tier', () => {
    const { facts: out } = run(
      '- add: industry\n  id: ships\n  name: Shipbuilding\n  variants: [ships]\n  tier: pillar\n  why: w\n',
    );
    expect(out.industries[2]).toEqual({
      ...industry('ships', 'Shipbuilding'),
      variants: ['ships'],
      tier: 'pillar industries',
      editorial: mark('add', ['name', 'variants', 'tier']),
    });
    expect(out.tiers![0]!.industryIds).toEqual(['chips', 'port', 'ships']);
  });

  it('gives an added industry its name as its spelling when no variants are given', () => {
    const { facts: out } = run('- add: industry\n  id: ships\n  name: Shipbuilding\n  why: w\n');
    expect(out.industries[2]!).toMatchObject({ variants: ['Shipbuilding'] });
    expect(out.industries[2]!.tier).toBeUndefined();
  });

  it('takes an industry out of its tier, or moves it to another', () => {
    const out = run(
      [
        '- add: tier\n  id: future\n  label: future industries\n  count: 3\n  industryIds: [port]\n  why: w',
        '- change: industry\n  id: chips\n  tier: ~\n  why: The text puts it in no category.',
      ].join('\n'),
    ).facts;
    expect(out.tiers).toEqual([
      { id: 'pillar', label: 'pillar industries', industryIds: [] },
      {
        id: 'future',
        label: 'future industries',
        count: 3,
        industryIds: ['port'],
        editorial: mark('add', ['label', 'count', 'industryIds']),
      },
    ]);
    expect(out.industries.map((i) => [i.id, i.tier])).toEqual([
      ['chips', undefined],
      ['port', 'future industries'],
    ]);
  });

  it('renames a tier on its industries too, and a dropped tier leaves them with none', () => {
    const renamed = run('- change: tier\n  id: pillar\n  label: pillar sectors\n  why: w\n').facts;
    expect(renamed.industries.map((i) => i.tier)).toEqual(['pillar sectors', 'pillar sectors']);
    const dropped = run('- drop: tier\n  id: pillar\n  why: w\n').facts;
    expect(dropped.tiers).toEqual([]);
    expect(dropped.industries.map((i) => i.tier)).toEqual([undefined, undefined]);
  });

  it('changes a target and keeps its goal and industry in step', () => {
    const { facts: out } = run(
      '- change: target\n  id: t1\n  value: 350\n  display: exceed 350 billion yuan\n  industryId: port\n  why: A dropped zero.\n',
    );
    expect(out.targets[0]).toMatchObject({
      value: 350,
      unitKind: 'yuan',
      normalised: 350e9,
      display: 'exceed 350 billion yuan',
      industryId: 'port',
    });
    expect(out.industries.map((i) => i.targetIds)).toEqual([[], ['t1']]);
  });

  it('adds a target with defaults from its paragraph', () => {
    const { facts: out } = run(
      '- add: target\n  id: t2\n  value: 12\n  unit: "%"\n  subject: Share of GDP\n  blockId: goals-b1\n  goalId: g1\n  why: w\n',
    );
    expect(out.targets[1]).toEqual({
      id: 't2',
      value: 12,
      unit: '%',
      unitKind: 'percent',
      normalised: 12,
      display: '12%',
      scope: 'other',
      qualifier: 'exactly',
      subject: 'Share of GDP',
      blockId: 'goals-b1',
      sentence: 'By 2025, output will exceed 350 billion yuan.',
      goalId: 'g1',
      editorial: mark('add', ['value', 'unit', 'subject', 'blockId', 'goalId']),
    });
    expect(out.goals[0]!.targetIds).toEqual(['t1', 't2']);
  });

  it('works out the unit kind and normalised values from a new unit, unless given', () => {
    const change =
      '- change: target\n  id: t1\n  value: 1.2\n  valueMax: 1.5\n  unit: trillion yuan\n  why: w\n';
    const first = run(change).facts.targets[0]!;
    expect([first.unitKind, first.normalised, first.normalisedMax]).toEqual([
      'yuan',
      1.2e12,
      1.5e12,
    ]);
    const again = run(
      `${change}- change: target\n  id: t1\n  unit: charging piles\n  normalised: 7\n  why: w\n`,
    ).facts.targets[0]!;
    expect([again.unitKind, again.normalised, again.normalisedMax]).toEqual(['count', 7, 1.5]);
  });

  it('removes a wrong baseline', () => {
    const out = run(
      '- change: target\n  id: t1\n  baseline: ~\n  why: A past figure of another thing.\n',
    );
    expect(out.facts.targets[0]!.baseline).toBeUndefined();
  });

  it('drops a target from its goal and industry', () => {
    const { facts: out } = run('- drop: target\n  id: t1\n  why: A past figure.\n');
    expect(out.targets).toEqual([]);
    expect(out.goals[0]!.targetIds).toEqual([]);
    expect(out.industries[0]!.targetIds).toEqual([]);
  });

  it('adds a goal (its statement the paragraph) and changes, then drops one', () => {
    const added = run(
      '- add: goal\n  id: g2\n  title: Ports\n  blockId: chips-p1\n  industryIds: [port]\n  why: w\n',
    ).facts;
    expect(added.goals[1]).toEqual({
      id: 'g2',
      kind: 'industry',
      title: 'Ports',
      statement: 'Chips in East Port.',
      blockId: 'chips-p1',
      industryIds: ['port'],
      placeIds: [],
      targetIds: [],
      editorial: mark('add', ['title', 'blockId', 'industryIds']),
    });
    expect(added.industries[1]!.goalIds).toEqual(['g1', 'g2']);
    const changed = run('- change: goal\n  id: g1\n  title: Scale\n  year: 2030\n  why: w\n').facts;
    expect(changed.goals[0]).toMatchObject({ title: 'Scale', year: 2030 });
    const dropped = run('- drop: goal\n  id: g1\n  why: w\n').facts;
    expect(dropped.targets[0]!.goalId).toBeUndefined();
    expect(dropped.industries.map((i) => i.goalIds)).toEqual([[], []]);
  });

  it('adds, renames and drops a place', () => {
    const added = run(
      '- add: place\n  id: west-bay\n  name: West Bay\n  industryIds: [port]\n  why: w\n',
    ).facts;
    expect(added.places[1]).toEqual({
      id: 'west-bay',
      name: 'West Bay',
      status: 'unknown',
      variants: ['West Bay'],
      industryIds: ['port'],
      mentions: [],
      editorial: mark('add', ['name', 'industryIds']),
    });
    expect(added.industries[1]!.placeIds).toEqual(['west-bay']);
    const renamed = run(
      '- change: place\n  id: east-port\n  name: Dongshan Port\n  status: likely\n  why: w\n',
    ).facts;
    expect(renamed.places[0]).toMatchObject({
      id: 'east-port',
      name: 'Dongshan Port',
      status: 'likely',
    });
    const dropped = run('- drop: place\n  id: east-port\n  why: w\n').facts;
    expect(dropped.places).toEqual([]);
    expect(dropped.goals[0]!.placeIds).toEqual([]);
    expect(dropped.projects[0]!.placeIds).toEqual([]);
    expect(dropped.industries[0]!.placeIds).toEqual([]);
  });

  it('marks a fact edited twice once, with both reasons', () => {
    const { facts: out } = run(
      '- change: place\n  id: east-port\n  name: A\n  why: One.\n- change: place\n  id: east-port\n  status: likely\n  why: Two.\n',
    );
    expect(out.places[0]!.editorial).toEqual({
      op: 'change',
      fields: ['name', 'status'],
      why: 'One. Two.',
    });
  });

  it('sets a field another stage added, with the same type', () => {
    const input = facts();
    (input.targets[0] as unknown as Record<string, unknown>).confidence = 'high';
    const out = run('- change: target\n  id: t1\n  confidence: low\n  why: w\n', input).facts;
    expect((out.targets[0] as unknown as Record<string, unknown>).confidence).toBe('low');
  });

  it.each([
    [
      '# a comment\n- change: industry\n  id: chip\n  name: X\n  why: w\n',
      `${FILE}:2 | this plan has no industry "chip" | did you mean "chips"?`,
    ],
    [
      '- drop: goal\n  id: nothing-like-it\n  why: w\n',
      `${FILE}:1 | this plan has no goal "nothing-like-it" | no goal id is close; this plan's are "g1"`,
    ],
    [
      '- add: place\n  id: east-port\n  name: X\n  why: w\n',
      `${FILE}:1 | this plan already has a place "east-port" | to edit it write "change: place"; to add another, give it a new id`,
    ],
    [
      '- change: goal\n  id: g1\n  why: w\n  industryIds: [chips, ports]\n',
      `${FILE}:4 | "industryIds" names no industry "ports" | did you mean "port"?`,
    ],
    [
      '- change: goal\n  id: g1\n  why: w\n  blockId: goals-b9\n',
      `${FILE}:4 | no paragraph "goals-b9" in the text | copy the id from the ¶ link of the paragraph`,
    ],
    [
      '- change: industry\n  id: chips\n  why: w\n  tier: core\n',
      `${FILE}:4 | this plan has no tier "core" | its tiers: "pillar industries" (pillar); or add one with "add: tier"`,
    ],
    [
      '- change: industry\n  id: chips\n  why: w\n  colour: red\n',
      `${FILE}:4 | an industry has no field "colour" to set | fields of an industry: name, nameZh, variants, tier, sectionId`,
    ],
    [
      '- drop: industry\n  id: port\n  why: w\n- change: industry\n  id: port\n  name: X\n  why: w\n',
      `${FILE}:4 | the industry "port" was dropped at line 1 | remove one of the two edits`,
    ],
  ])('refuses %j', (yaml, expected) => {
    expect(error(yaml)).toBe(expected);
  });
});
