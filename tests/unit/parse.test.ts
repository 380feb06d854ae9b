import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline/parse.ts';
import type { CleanText, PlanDocument } from '../../src/pipeline/types.ts';
import { FIXTURES, SHANGHAI, cleanPlan } from './front-fixtures.ts';

/** CleanText whose body is `text` split on newlines, numbered from 1. */
function body(text: string): CleanText {
  return {
    file: 'plan.txt',
    body: text.split('\n').map((t, i) => ({ line: i + 1, text: t })),
    chrome: { footer: [], contacts: [] },
    removals: [],
  };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
/** Compact view of a document: section id, level, parent and block ids. */
const outline = (doc: PlanDocument) =>
  doc.sections.map((s) => [s.id, s.level, s.parentId ?? null, s.blocks.map((b) => b.id)]);

describe('parse: blocks', () => {
  it('builds sections, paragraphs, items and bullets with ids, lines, labels and hashes', () => {
    const doc = parse(
      body(
        [
          'The plan was issued today by the city. It has two parts.',
          '',
          'Development goal',
          '',
          '-- The scale grows. Output will exceed 1 trillion yuan.',
          '',
          'Integrated circuit',
          '',
          'Strengthen the whole chain.',
          '',
          '1. Chip design. Develop core chips.',
          '',
          '2. Equipment and materials.',
        ].join('\n'),
      ),
    );
    expect(doc).toEqual({
      preamble: [
        {
          id: 'preamble-p1',
          kind: 'paragraph',
          sectionId: 'preamble',
          line: 1,
          text: 'The plan was issued today by the city. It has two parts.',
          hash: hash('The plan was issued today by the city. It has two parts.'),
        },
      ],
      sections: [
        {
          id: 'development-goal',
          title: 'Development goal',
          level: 1,
          line: 3,
          blocks: [
            {
              id: 'development-goal-b1',
              kind: 'bullet',
              sectionId: 'development-goal',
              line: 5,
              label: 'The scale grows',
              text: 'The scale grows. Output will exceed 1 trillion yuan.',
              hash: hash('The scale grows. Output will exceed 1 trillion yuan.'),
            },
          ],
        },
        {
          id: 'integrated-circuit',
          title: 'Integrated circuit',
          level: 1,
          line: 7,
          blocks: [
            {
              id: 'integrated-circuit-p1',
              kind: 'paragraph',
              sectionId: 'integrated-circuit',
              line: 9,
              text: 'Strengthen the whole chain.',
              hash: hash('Strengthen the whole chain.'),
            },
            {
              id: 'integrated-circuit-i1',
              kind: 'item',
              sectionId: 'integrated-circuit',
              line: 11,
              number: '1',
              label: 'Chip design',
              text: 'Chip design. Develop core chips.',
              hash: hash('Chip design. Develop core chips.'),
            },
            {
              id: 'integrated-circuit-i2',
              kind: 'item',
              sectionId: 'integrated-circuit',
              line: 13,
              number: '2',
              label: 'Equipment and materials',
              text: 'Equipment and materials.',
              hash: hash('Equipment and materials.'),
            },
          ],
        },
      ],
    });
  });

  it('hashes the block text: first 8 hex digits of its sha256', () => {
    expect(parse(body('1. abc')).preamble[0]).toMatchObject({ text: 'abc', hash: 'ba7816bf' });
  });

  it('puts everything in the preamble when there is no heading', () => {
    const doc = parse(body('First paragraph of the plan.\n\nSecond paragraph of the plan.'));
    expect(doc.sections).toEqual([]);
    expect(doc.preamble.map((b) => [b.id, b.line])).toEqual([
      ['preamble-p1', 1],
      ['preamble-p2', 3],
    ]);
  });

  it('gives a plan of headings only sections without blocks', () => {
    const doc = parse(body('Goals\n\nTasks\n\nMeasures'));
    expect(doc.preamble).toEqual([]);
    expect(outline(doc)).toEqual([
      ['goals', 1, null, []],
      ['tasks', 1, null, []],
      ['measures', 1, null, []],
    ]);
  });

  it('numbers items, bullets and paragraphs separately within each section', () => {
    const doc = parse(
      body('Tasks\n\nA.\n\n1. One.\n\n- Dash.\n\nB.\n\n2. Two.\n\nMore\n\n3. Three.'),
    );
    expect(outline(doc)).toEqual([
      ['tasks', 1, null, ['tasks-p1', 'tasks-i1', 'tasks-b1', 'tasks-p2', 'tasks-i2']],
      ['more', 1, null, ['more-i1']],
    ]);
    expect(doc.sections[1].blocks[0].number).toBe('3');
  });

  it('reads every item marker and keeps the number as written', () => {
    const markers = [
      '1. A.',
      '2、B.',
      '(3) C.',
      '（4）D.',
      '5) E.',
      '⑥ F.',
      '（七）G.',
      'iv. H.',
      '9．I.',
    ];
    const doc = parse(body(markers.join('\n\n')));
    expect(doc.preamble.map((b) => [b.kind, b.number, b.text])).toEqual([
      ['item', '1', 'A.'],
      ['item', '2', 'B.'],
      ['item', '(3)', 'C.'],
      ['item', '（4）', 'D.'],
      ['item', '5)', 'E.'],
      ['item', '⑥', 'F.'],
      ['item', '（七）', 'G.'],
      ['item', 'iv', 'H.'],
      ['item', '9', 'I.'],
    ]);
  });

  it('reads every bullet marker', () => {
    const bullets = ['-- a.', '——b.', '— c.', '– d.', '• e.', '· f.', '* g.', '- h.'];
    const doc = parse(body(bullets.join('\n\n')));
    expect(doc.preamble.map((b) => [b.kind, b.text])).toEqual(
      ['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.', 'h.'].map((t) => ['bullet', t]),
    );
  });

  it('does not take numbers, dates or dashes inside words for markers', () => {
    const doc = parse(body('2025. A year.\n\n1.5 million tonnes a year.\n\n-5% is the floor.'));
    expect(doc.preamble.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('labels items and bullets by a lead-in of up to 10 words, paragraphs up to 6', () => {
    const doc = parse(
      body(
        [
          '1. One two three four five six seven eight nine ten. More.',
          '2. One two three four five six seven eight nine ten eleven. More.',
          'Photonic chips and devices. It focuses on silicon photonics.',
          'One two three four five six seven. More.',
          'A single short sentence.',
          'In addition, the plan. More.',
        ].join('\n\n'),
      ),
    );
    expect(doc.preamble.map((b) => b.label)).toEqual([
      'One two three four five six seven eight nine ten',
      undefined,
      'Photonic chips and devices',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('parse: headings', () => {
  it('takes short unpunctuated standalone lines for headings, not sentences', () => {
    const doc = parse(
      body('artificial intelligence\n\nFocus on development:\n\nShort but a sentence.\n\n2025'),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['artificial intelligence']);
    expect(doc.sections[0].blocks.map((b) => b.text)).toEqual([
      'Focus on development:',
      'Short but a sentence.',
      '2025',
    ]);
  });

  it('reads heading markers and their levels', () => {
    const doc = parse(
      body(
        [
          'Part 1 Overview',
          '(1) Guiding ideology',
          'Chapter II: Tasks',
          '（二）重点任务',
          'III. Spatial Layout',
          '四、保障措施',
          '5 Major Projects',
          '5.1 Ports',
          '第七章 附则',
          'Part 8',
        ].join('\n\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level, s.parentId ?? null])).toEqual([
      ['Part 1', 'Overview', 1, null],
      ['(1)', 'Guiding ideology', 2, 'overview'],
      ['Chapter II', 'Tasks', 1, null],
      ['（二）', '重点任务', 2, 'tasks'],
      ['III', 'Spatial Layout', 1, null],
      ['四', '保障措施', 1, null],
      ['5', 'Major Projects', 1, null],
      ['5.1', 'Ports', 2, 'major-projects'],
      ['第七章', '附则', 1, null],
      ['Part 8', 'Part 8', 1, null],
    ]);
  });

  it('keeps "(1) Text." with a final period as an item, and roman items with sentences', () => {
    const doc = parse(body('Tasks\n\n(1) Build ports.\n\nII. Build two ports by 2025, and more.'));
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.number])).toEqual([
      ['item', '(1)'],
      ['item', 'II'],
    ]);
  });

  it('nests unmarked headings the predicate calls subheadings under the last level-1 section', () => {
    const isSubheading = (title: string) => ['Chips', 'Robots'].includes(title);
    const doc = parse(body('Chips\n\nIndustries\n\nChips\n\nText.\n\nRobots\n\nLayout'), {
      isSubheading,
    });
    expect(outline(doc)).toEqual([
      ['chips', 1, null, []], // nothing to nest under yet
      ['industries', 1, null, []],
      ['chips-2', 2, 'industries', ['chips-2-p1']],
      ['robots', 2, 'industries', []],
      ['layout', 1, null, []],
    ]);
  });
});

describe('parse: section ids', () => {
  it('makes unique, reserved-safe, never-empty slugs', () => {
    const titles = [
      'Goals',
      'Goals',
      'Goals',
      'Index',
      'Data',
      'Preamble',
      '重点任务',
      "Shanghai's R&D — Überblick",
      'Phase p1',
      'ΩΨ',
      'Section 7',
    ];
    const doc = parse(body(titles.join('\n\n')));
    expect(doc.sections.map((s) => s.id)).toEqual([
      'goals',
      'goals-2',
      'goals-3',
      'index-section',
      'data-section',
      'preamble-section',
      'section-7',
      'shanghais-r-and-d-uberblick',
      'phase-p1-section',
      'section-10',
      'section-7-2',
    ]);
  });

  it('cuts long slugs at a word boundary, at most 60 characters', () => {
    const title = 'Focus on the development of strategic emerging industries and leading';
    const [section] = parse(body(title)).sections;
    expect(section.id).toBe('focus-on-the-development-of-strategic-emerging-industries');
    expect(section.id.length).toBeLessThanOrEqual(60);
  });
});

describe('parse: texts without blank lines between paragraphs', () => {
  it('takes each line for a block when the lines are sentences, items or titles', () => {
    const doc = parse(
      body('Goals\nThe city will grow.\nIt will build ports.\n1) Ports. Two new ones.\n① Parks.'),
    );
    expect(doc.preamble).toEqual([]);
    expect(doc.sections[0].title).toBe('Goals');
    expect(doc.sections[0].blocks.map((b) => [b.id, b.line, b.text])).toEqual([
      ['goals-p1', 2, 'The city will grow.'],
      ['goals-p2', 3, 'It will build ports.'],
      ['goals-i1', 4, 'Ports. Two new ones.'],
      ['goals-i2', 5, 'Parks.'],
    ]);
  });

  it('joins a hard-wrapped paragraph, keeping its first line number', () => {
    const doc = parse(
      body(
        'The city will raise the output of its new\nindustries to more than 80 billion yuan by\n2025, as the plan says.',
      ),
    );
    expect(doc.preamble).toEqual([
      expect.objectContaining({
        line: 1,
        text: 'The city will raise the output of its new industries to more than 80 billion yuan by 2025, as the plan says.',
      }),
    ]);
  });

  it('keeps a title line apart from the wrapped paragraph below it, and splits at markers', () => {
    const doc = parse(
      body(
        'Key tasks\nThe city will raise the output of its new industries and\nbuild parks for them\n1. Ports. Build two ports with\nberths for large ships.',
      ),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Key tasks']);
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.line, b.text])).toEqual([
      [
        'paragraph',
        2,
        'The city will raise the output of its new industries and build parks for them',
      ],
      ['item', 4, 'Ports. Build two ports with berths for large ships.'],
    ]);
  });

  it('starts a new paragraph at an indented first line', () => {
    const doc = parse(
      body('\tFirst paragraph starts here and\ngoes on.\n\tSecond one starts and\nends.'),
    );
    expect(doc.preamble.map((b) => b.text)).toEqual([
      'First paragraph starts here and goes on.',
      'Second one starts and ends.',
    ]);
  });
});

describe('parse: robustness', () => {
  it('never mutates its input', () => {
    const input = body('Goals\n\n1. One.\n\nText.');
    const before = JSON.stringify(input);
    parse(Object.freeze(input), { isSubheading: () => true });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('parses a 1 MB line and 20,000 paragraphs', () => {
    const long = `${'Chips and sensors grow. '.repeat(45_000)}End`;
    const many = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of the plan.`).join(
      '\n\n',
    );
    expect(parse(body(long)).preamble[0].text).toHaveLength(long.length);
    expect(parse(body(many)).preamble).toHaveLength(20_000);
  });
});

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
