/** parse on whole texts: the Shanghai plan and the invented fixtures (parse.test.ts has the rules). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline/parse.ts';
import { FIXTURES, SHANGHAI, cleanPlan } from './front-fixtures.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

describe('parse: the Shanghai text', () => {
  const industries = [
    'Integrated circuit',
    'artificial intelligence',
    'New energy vehicle',
    'Information communication',
    'New materials',
  ];
  const doc = parse(cleanPlan(SHANGHAI), {
    isSubheading: (title) => industries.some((name) => name.toLowerCase() === title.toLowerCase()),
  });
  const section = (id: string) => doc.sections.find((s) => s.id === id)!;

  it('finds the section titles in order', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'General requirements',
      'General thinking',
      'Development goal',
      'Focus on the development of strategic emerging industries',
      'Integrated circuit',
      'artificial intelligence',
      'New energy vehicle',
      'Information communication',
      'New materials',
      'The leading industry facing the future',
      'Spatial layout',
      'Major special project',
    ]);
    expect(doc.sections.map((s) => s.line)).toEqual([
      10, 14, 18, 26, 30, 42, 56, 60, 74, 78, 88, 98,
    ]);
  });

  it('nests the industry sections under the strategic emerging industries', () => {
    const parent = 'focus-on-the-development-of-strategic-emerging-industries';
    expect(doc.sections.filter((s) => s.level === 2).map((s) => [s.id, s.parentId])).toEqual([
      ['integrated-circuit', parent],
      ['artificial-intelligence', parent],
      ['new-energy-vehicle', parent],
      ['information-communication', parent],
      ['new-materials', parent],
    ]);
  });

  it('keeps the two lead paragraphs as the preamble', () => {
    expect(doc.preamble.map((b) => [b.id, b.line])).toEqual([
      ['preamble-p1', 6],
      ['preamble-p2', 8],
    ]);
  });

  it('finds 3 labelled items in Integrated circuit and 5 in Information communication', () => {
    const items = (id: string) => section(id).blocks.filter((b) => b.kind === 'item');
    expect(items('integrated-circuit').map((b) => [b.id, b.number, b.label])).toEqual([
      ['integrated-circuit-i1', '1', 'Integrated circuit design'],
      ['integrated-circuit-i2', '2', 'Manufacturing and closed testing'],
      ['integrated-circuit-i3', '3', 'Equipment and materials'],
    ]);
    expect(items('information-communication').map((b) => b.label)).toEqual([
      'Next generation IP network',
      'All-optical communication equipment',
      'New display',
      'Internet of things',
      'Electronic equipment manufacturing',
    ]);
  });

  it('finds the 3 bullets of the Development goal, without the removed noise', () => {
    const bullets = section('development-goal').blocks;
    expect(bullets.map((b) => [b.id, b.kind, b.line, b.label])).toEqual([
      ['development-goal-b1', 'bullet', 20, 'the scale of the industry has reached a new level'],
      [
        'development-goal-b2',
        'bullet',
        22,
        'New breakthroughs have been made in major innovations',
      ],
      [
        'development-goal-b3',
        'bullet',
        24,
        'agglomeration and development has formed a new pattern',
      ],
    ]);
    expect(bullets[0].text.endsWith('have basically taken shape.')).toBe(true);
  });

  it('keeps "4. Intelligent robot." as an item with its label', () => {
    expect(section('artificial-intelligence').blocks.at(-1)).toEqual({
      id: 'artificial-intelligence-i4',
      kind: 'item',
      sectionId: 'artificial-intelligence',
      line: 54,
      number: '4',
      label: 'Intelligent robot',
      text: 'Intelligent robot.',
      hash: hash('Intelligent robot.'),
    });
  });

  it('labels the future industries by their lead-ins', () => {
    const blocks = section('the-leading-industry-facing-the-future').blocks;
    expect(blocks.map((b) => b.label)).toEqual([
      undefined,
      'Photonic chips and devices',
      'Brain-like intelligence',
      'The sixth generation mobile communication',
    ]);
  });

  it('gives every block a unique id', () => {
    const ids = [...doc.preamble, ...doc.sections.flatMap((s) => s.blocks)].map((b) => b.id);
    expect(ids).toHaveLength(36);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parse: the fixtures', () => {
  it('reads roman parts, "(1)" subheadings, "——" bullets and items (nmx-roman)', () => {
    const doc = parse(cleanPlan(`${FIXTURES}/nmx-roman`));
    expect(doc.preamble.map((b) => b.id)).toEqual(['preamble-p1']);
    expect(doc.sections.map((s) => [s.number, s.title, s.level, s.parentId ?? null])).toEqual([
      ['I', 'General Requirements', 1, null],
      ['(1)', 'Guiding Ideology', 2, 'general-requirements'],
      ['(2)', 'Development Goals', 2, 'general-requirements'],
      ['II', 'Key Industries', 1, null],
      ['(1)', 'Rare Earth Materials', 2, 'key-industries'],
      ['(2)', 'Hydrogen Energy', 2, 'key-industries'],
      ['(3)', 'Dairy Biotechnology', 2, 'key-industries'],
      ['(4)', 'Silicon Materials', 2, 'key-industries'],
      ['III', 'Spatial Layout', 1, null],
      ['IV', 'Major Projects', 1, null],
      ['V', 'Safeguard Measures', 1, null],
    ]);
    const goals = doc.sections[2].blocks;
    expect(goals.map((b) => [b.id, b.label])).toEqual([
      ['development-goals-p1', undefined],
      ['development-goals-b1', 'The scale grows steadily'],
      ['development-goals-b2', 'Innovation gets stronger'],
      ['development-goals-b3', 'Clusters take shape'],
    ]);
    expect(goals[1].text).toBe(
      'The scale grows steadily. By 2025, the output value of emerging industries will exceed 500 billion yuan, growing by about 12% a year.',
    );
    expect(doc.sections[5].blocks.map((b) => [b.id, b.line, b.number ?? null])).toEqual([
      ['hydrogen-energy-p1', 31, null],
      ['hydrogen-energy-i1', 33, '1'],
      ['hydrogen-energy-i2', 35, '2'],
    ]);
  });

  it('keeps a one-paragraph plan as one preamble block', () => {
    const doc = parse(cleanPlan(`${FIXTURES}/one-paragraph`));
    expect(doc.sections).toEqual([]);
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0]).toMatchObject({ id: 'preamble-p1', line: 1 });
    expect(doc.preamble[0].text).toMatch(
      /^Lakeview City .* more than 80 billion yuan by 2025, .* institutes\.$/,
    );
  });

  it('reads the CR-only fixture: CJK heading, "1)" and "①" items, tabs', () => {
    const doc = parse(cleanPlan(`${FIXTURES}/no-goals-cr`));
    expect(doc.preamble.map((b) => [b.id, b.line])).toEqual([
      ['preamble-p1', 6],
      ['preamble-p2', 7],
    ]);
    expect(doc.sections.map((s) => [s.id, s.title, s.line])).toEqual([
      ['section-1', '重点任务', 9],
      ['supporting-projects', 'Supporting projects', 15],
      ['safeguards', 'Safeguards', 20],
    ]);
    expect(doc.sections[0].blocks.map((b) => [b.id, b.number, b.label])).toEqual([
      ['section-1-i1', '1)', 'Marine equipment'],
      ['section-1-i2', '2)', 'Offshore wind power'],
      ['section-1-i3', '3)', 'Seafood processing'],
    ]);
    expect(doc.sections[1].blocks.map((b) => [b.number, b.label])).toEqual([
      ['①', 'Deep-sea port'],
      ['②', 'Marine research centre'],
    ]);
    expect(doc.sections[2].blocks[0].text).toBe(
      'The city will set up a fund of 2 billion yuan\tfor marine industries.',
    );
  });
});
