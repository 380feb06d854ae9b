import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline/parse.ts';
import type { CleanText, PlanDocument } from '../../src/pipeline/types.ts';

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

  it('reads word markers and nests Part > Chapter > Section, Chinese ones too', () => {
    const doc = parse(
      body(
        [
          'Part 1 Overview',
          'Text.',
          'Chapter II: Tasks',
          'Text.',
          'Section 3 Ports',
          'Text.',
          '第七章 附则',
          'Text.',
          'Part 8',
          'Text.',
        ].join('\n\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level, s.parentId ?? null])).toEqual([
      ['Part 1', 'Overview', 1, null],
      ['Chapter II', 'Tasks', 2, 'overview'],
      ['Section 3', 'Ports', 2, 'overview'],
      ['第七章', '附则', 2, 'overview'],
      ['Part 8', 'Part 8', 1, null],
    ]);
  });

  it('reads "1." / "1.1" numbering, depth from the number', () => {
    const doc = parse(
      body(
        [
          '1. Background',
          'The marine economy grew fast.',
          '2. Objectives',
          '2.1 Overall goal',
          'By 2025 the output will double.',
          '2.2 Main targets',
          'Output will reach 1 trillion yuan.',
          '3. Main tasks',
          'Build ports.',
        ].join('\n\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level, s.parentId ?? null])).toEqual([
      ['1', 'Background', 1, null],
      ['2', 'Objectives', 1, null],
      ['2.1', 'Overall goal', 2, 'objectives'],
      ['2.2', 'Main targets', 2, 'objectives'],
      ['3', 'Main tasks', 1, null],
    ]);
  });

  it('nests "一、" > "（一）" > "1." > "(1)" whatever the text starts with', () => {
    const doc = parse(
      body(
        [
          '一、总体要求',
          '（一）指导思想',
          'Text.',
          '1. Marine equipment',
          'Text.',
          '(1) Ships',
          'Text.',
          '(2) Rigs',
          'Text.',
          '二、重点任务',
          'Text.',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.level, s.parentId ?? null])).toEqual([
      ['一', 1, null],
      ['（一）', 2, 'section-1'],
      ['1', 2, 'section-1'],
      ['(1)', 2, 'section-1'],
      ['(2)', 2, 'section-1'],
      ['二', 1, null],
    ]);
  });

  it('reads machine-translated "一、" ("One, Goals", "Two、Tasks") as the "一、" family', () => {
    const doc = parse(
      body(
        [
          'One, Development Goals',
          'Text.',
          '1、Build the platform. Text.',
          'Two、Key Tasks',
          'Text.',
          'Eleven , Support Measures',
          'Text.',
          'One, the city will grow.',
          'Three, 5 parks opened.',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['One', 'Development Goals', 1],
      ['Two', 'Key Tasks', 1],
      ['Eleven', 'Support Measures', 1],
    ]);
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.number ?? null])).toEqual([
      ['paragraph', null],
      ['item', '1'],
    ]);
    // Lower-case or a figure after the word: a sentence, not a heading.
    expect(doc.sections[2].blocks.map((b) => b.text)).toEqual([
      'Text.',
      'One, the city will grow.',
      'Three, 5 parks opened.',
    ]);
  });

  it('reads "First, the basis" / "Second、Tasks" (machine translation of "一、") as the "一、" family', () => {
    const doc = parse(
      body(
        [
          'First, the present situation',
          'The port grew fast.',
          'Secondly, Main Tasks',
          '(1) Ports',
          'Text.',
          'Third、the guarantee',
          'First, we will build ten parks.',
          'First, build parks',
          'Second, build roads',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['First', 'the present situation', 1],
      ['Secondly', 'Main Tasks', 1],
      ['(1)', 'Ports', 2],
      ['Third', 'the guarantee', 1],
    ]);
    // A sentence and a run of siblings stay text, as written.
    expect(doc.sections[3].blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'First, we will build ten parks.'],
      ['paragraph', 'First, build parks'],
      ['paragraph', 'Second, build roads'],
    ]);
  });

  it('reads "The first part basis" / "The second chapter tasks" as Part and Chapter headings', () => {
    const doc = parse(
      body(
        [
          'The first part development basis',
          'The port grew.',
          'The first chapter the situation',
          'Text.',
          'The second part key tasks',
          'The second part of the plan lists the tasks.',
          'The third part is the safeguard.',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['The first part', 'development basis', 1],
      ['The first chapter', 'the situation', 2],
      ['The second part', 'key tasks', 1],
    ]);
    expect(doc.sections[2].blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The second part of the plan lists the tasks.'],
      ['paragraph', 'The third part is the safeguard.'],
    ]);
  });

  it("keeps a notice's signature (offices above a date) and a date line out of the headings", () => {
    const doc = parse(
      body(
        [
          'The Action Plan for Smart Ports is issued to you; please implement it.',
          '',
          'Ministry of Transport',
          'National Development and Reform Commission',
          '2023年4月6日',
          '',
          'Action Plan for Smart Ports',
          '',
          'Shenzhen Port Authority',
          'June 2023',
          'I. Goals',
          'Text.',
          'Key Dates',
          'October 9, 2024',
          '(This document is released publicly)',
          '（征求意见稿）',
        ].join('\n'),
      ),
    );
    expect(doc.preamble.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The Action Plan for Smart Ports is issued to you; please implement it.'],
      ['paragraph', 'Ministry of Transport'],
      ['paragraph', 'National Development and Reform Commission'],
      ['paragraph', '2023年4月6日'],
    ]);
    expect(doc.sections.map((s) => [s.title, s.blocks.map((b) => b.text)])).toEqual([
      ['Action Plan for Smart Ports', ['Shenzhen Port Authority', 'June 2023']],
      ['Goals', ['Text.']],
      ['Key Dates', ['October 9, 2024', '(This document is released publicly)', '（征求意见稿）']],
    ]);
  });

  it('shows a title in 【】 or 〖〗 without its brackets, and keeps "Table 1 ..." captions as text', () => {
    const doc = parse(
      body(
        [
          '【Overall Requirements】',
          'Text.',
          '〖 Key Projects 〗',
          'The projects are listed in the table below.',
          'Table 2 Key projects',
          'Project | Investment',
          'Figure 3-1 Spatial layout',
          'Fig. 4 Parks',
          'Chart 5: Output',
          '表6 主要指标',
          'Tablet computers',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Overall Requirements',
      'Key Projects',
      'Tablet computers',
    ]);
    expect(doc.sections[1].blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The projects are listed in the table below.'],
      ['paragraph', 'Table 2 Key projects'],
      ['paragraph', 'Project | Investment'],
      ['paragraph', 'Figure 3-1 Spatial layout'],
      ['paragraph', 'Fig. 4 Parks'],
      ['paragraph', 'Chart 5: Output'],
      ['paragraph', '表6 主要指标'],
    ]);
  });

  it('keeps each row of a pipe, tab or arrow table its own block, after a caption too long for a title', () => {
    const doc = parse(
      body(
        [
          'Goals',
          '',
          'Table 3 Principal Indicators for the Development of the Port Logistics and Shipping Services Sector in 2021-2025',
          'Item | 2020 | 2025',
          'Port throughput (million tonnes) | 410 | 500',
          'Container lines\t45\t60',
          'Berths (number): 12 (2022) → 20 (2025)',
          'Green power share (%): 30 (2022) -> about 45 (2025)',
          'Source: the port authority.',
        ].join('\n'),
      ),
    );
    expect(doc.sections[0].blocks.map((b) => b.text)).toEqual([
      'Table 3 Principal Indicators for the Development of the Port Logistics and Shipping Services Sector in 2021-2025',
      'Item | 2020 | 2025',
      'Port throughput (million tonnes) | 410 | 500',
      'Container lines\t45\t60',
      'Berths (number): 12 (2022) → 20 (2025)',
      'Green power share (%): 30 (2022) -> about 45 (2025)',
      'Source: the port authority.',
    ]);
    const arrows = parse(
      body(
        [
          'Goals',
          '',
          'Indicator: value (2022) → value (2025)',
          'Output value of the port, logistics and shipping service clusters (billion yuan): 780 (2022) → 1,200 (2025)',
          'Share of green power in the energy used by port operations and berths (%): 30 (2022) -> about 45 (2025)',
        ].join('\n'),
      ),
    );
    expect(arrows.sections[0].blocks).toHaveLength(3);
    // A wrapped paragraph without cells is still joined.
    const prose = parse(
      body(['Goals', '', 'The port will grow its', 'throughput to 500 tonnes.'].join('\n')),
    );
    expect(prose.sections[0].blocks.map((b) => b.text)).toEqual([
      'The port will grow its throughput to 500 tonnes.',
    ]);
  });

  it("skips a heading that repeats the plan's title before the first section, nowhere else", () => {
    const text = [
      'The office issues the 《Port City Action Plan (2023-2025)》 to you.',
      'Port City  Action Plan (2023-2025)',
      '一、Goals',
      'Text.',
      '二、Tasks',
      'Port City Action Plan (2023-2025)',
      'Text.',
    ].join('\n');
    const doc = parse(body(text), { title: '《Port City Action Plan (2023-2025)》' });
    expect(doc.preamble.map((b) => b.text)).toEqual([
      'The office issues the 《Port City Action Plan (2023-2025)》 to you.',
    ]);
    expect(doc.sections.map((s) => [s.id, s.title, s.level])).toEqual([
      ['goals', 'Goals', 1],
      ['tasks', 'Tasks', 1],
      ['port-city-action-plan-2023-2025', 'Port City Action Plan (2023-2025)', 2],
    ]);
    // Without the title, the line is a section and the numbered ones nest under it.
    expect(parse(body(text)).sections.map((s) => [s.title, s.level])[0]).toEqual([
      'Port City  Action Plan (2023-2025)',
      1,
    ]);
  });

  it('gives a plan with one kind of marker level 1 only, "(1)" and "（一）" included', () => {
    for (const marker of ['(1)', '（一）', 'I.', '一、', '1.', '1']) {
      const n = (k: number) =>
        marker
          .replace('1', String(k))
          .replace('一', '一二三'[k - 1])
          .replace('I', 'I'.repeat(k));
      const text = [1, 2, 3].map((k) => `${n(k)} Title ${k}\n\nText ${k}.`).join('\n\n');
      const doc = parse(body(text));
      expect(
        doc.sections.map((s) => [s.title, s.level]),
        marker,
      ).toEqual([
        ['Title 1', 1],
        ['Title 2', 1],
        ['Title 3', 1],
      ]);
    }
  });

  it('takes a short numbered line for a heading only when text follows, not in a run of siblings', () => {
    const doc = parse(
      body(
        [
          'Tasks',
          'The plan lists:',
          '1. Marine equipment',
          '2. Offshore wind power',
          '3. Seafood processing',
          'Measures',
          '(1) Funding',
          'The city sets up a fund.',
          '(2) Talent',
          'Universities train engineers.',
          '(3) Land',
        ].join('\n\n'),
      ),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Tasks', 'Measures', 'Funding', 'Talent']);
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.number ?? null, b.text])).toEqual([
      ['paragraph', null, 'The plan lists:'],
      ['item', '1', 'Marine equipment'],
      ['item', '2', 'Offshore wind power'],
      ['item', '3', 'Seafood processing'],
    ]);
    expect(doc.sections[3].blocks.map((b) => [b.kind, b.number ?? null])).toEqual([
      ['paragraph', null],
      ['item', '(3)'],
    ]);
  });

  it('keeps the short lines after a label line as its list, and a heading after them', () => {
    const doc = parse(
      body(
        'Targets\nKey numbers:\nMarine GDP 1.2 trillion yuan\nPorts 5\n\nMain tasks\nBuild ports.',
      ),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Targets', 'Main tasks']);
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Key numbers:'],
      ['paragraph', 'Marine GDP 1.2 trillion yuan'],
      ['paragraph', 'Ports 5'],
    ]);
  });

  it('gives a bare "Chapter 3" or "第三章" the title line below it', () => {
    const doc = parse(body('Chapter 3\nMain Tasks\nText.\n\n第四章\n\n保障措施\n\nText.'));
    expect(doc.sections.map((s) => [s.number, s.title, s.line])).toEqual([
      ['Chapter 3', 'Main Tasks', 1],
      ['第四章', '保障措施', 5],
    ]);
  });

  it('takes "1.Title" without a space, but not "1.5 million" or "2025."', () => {
    const doc = parse(body('1.Background\n\nText.\n\n1.5 million tonnes a year.\n\n2025. A year.'));
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Background']]);
    expect(doc.sections[0].blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads dash and bullet lists of every common kind', () => {
    const doc = parse(
      body(
        'Goals\n- One.\n— Two.\n—— Three.\n• Four.\n· Five.\n* Six.\n▪ Seven.\n◎ Eight.\n➤ Nine.',
      ),
    );
    expect(doc.sections[0].blocks.map((b) => [b.kind, b.text])).toEqual(
      ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', 'Eight.', 'Nine.'].map((t) => [
        'bullet',
        t,
      ]),
    );
  });

  it('reads "(I)" roman and "(a)" letter markers, and nests them', () => {
    const doc = parse(
      body(
        'I. Goals\n(I) Overall goal\nText.\n(a) Ports\nText.\n(II) Targets\nText.\nII. Tasks\nText.',
      ),
    );
    expect(doc.sections.map((s) => [s.number, s.level, s.parentId ?? null])).toEqual([
      ['I', 1, null],
      ['(I)', 2, 'goals'],
      ['(a)', 2, 'goals'],
      ['(II)', 2, 'goals'],
      ['II', 1, null],
    ]);
  });

  it('reads "Ⅱ." numerals, and "A." / "1 Title" headings only when text follows them', () => {
    const doc = parse(
      body('Ⅰ. Goals\nText.\nA. Ports\nText.\nⅡ. Tasks\nA. Ships\nB. Rigs\nC. Docks'),
    );
    expect(doc.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['Ⅰ', 'Goals', 1],
      ['A', 'Ports', 2],
      ['Ⅱ', 'Tasks', 1],
    ]);
    expect(doc.sections[2].blocks.map((b) => [b.kind, b.number])).toEqual([
      ['item', 'A'],
      ['item', 'B'],
      ['item', 'C'],
    ]);
    const bare = parse(body('1 Goals\nText.\n2 Tasks\nText.\n\nList:\n\n3 Ports\n\n4 Docks'));
    expect(bare.sections.map((s) => s.title)).toEqual(['Goals', 'Tasks']);
    expect(bare.sections[1].blocks.map((b) => b.text)).toEqual([
      'Text.',
      'List:',
      '3 Ports',
      '4 Docks',
    ]);
  });

  it('keeps a table of contents out of the sections', () => {
    const doc = parse(
      body(
        'Contents\nChapter 1 Foundation\nChapter 2 Goals\n\nChapter 1 Foundation\nText.\nChapter 2 Goals\nText.',
      ),
    );
    expect(doc.sections.map((s) => [s.title, s.line])).toEqual([
      ['Foundation', 5],
      ['Goals', 7],
    ]);
    expect(doc.preamble.map((b) => b.text)).toEqual([
      'Contents',
      'Chapter 1 Foundation',
      'Chapter 2 Goals',
    ]);
  });

  it('does not take "Label: value" lines or table rows for titles', () => {
    const doc = parse(body('Source: Xinhua\n\nMarine GDP: 1.2 trillion yuan\n\nText.'));
    expect(doc.sections).toEqual([]);
    const rows = [
      'Indicator | 2020 | 2025',
      'Share of GDP (%)\t7.8\t10',
      'Share of GDP (%) 7.8 10',
    ];
    expect(parse(body(rows.join('\n\n'))).sections).toEqual([]);
    expect(parse(body('Vision for 2030 and 2035\n\nText.')).sections).toHaveLength(1);
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
