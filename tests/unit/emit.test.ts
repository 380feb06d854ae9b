import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emit } from '../../src/pipeline/emit/index.ts';
import { toMdx } from '../../src/pipeline/emit/serialise.ts';
import { numberedList } from '../../src/pipeline/emit/lists.ts';
import { oneLine, sentenceAt } from '../../src/pipeline/emit/text.ts';
import { withFrontmatter } from '../../src/pipeline/emit/frontmatter.ts';
import { sliceInlines } from '../../src/pipeline/emit/inlines.ts';
import type { Inline } from '../../src/pipeline/types.ts';
import { block, smallModel } from '../fixtures/model/small-model.ts';

/** Split a generated MDX file into its frontmatter (parsed) and body. */
function split(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n(?:\n([\s\S]*))?$/.exec(file);
  if (!match) throw new Error(`not a frontmatter file:\n${file}`);
  return { data: parseYaml(match[1]!), body: match[2] ?? '' };
}

describe('emit: a small model', () => {
  const files = emit(smallModel());

  it('writes exactly the generated layout, keys sorted', () => {
    expect([...files.keys()]).toEqual([
      'data/corrections.json',
      'data/places.json',
      'data/plan.json',
      'data/projects.json',
      'data/sections.json',
      'data/targets.json',
      'data/terms.json',
      'goals/widgets-2025.mdx',
      'industries/gadgets.mdx',
      'industries/widgets.mdx',
      'plan.json',
    ]);
  });

  it('writes an industry with its section as the body and focus areas as a list', () => {
    expect(files.get('industries/widgets.mdx')).toBe(`---
name: Widgets
nameZh: 小部件
variants:
  - widgets
  - Widgets
tier: core industries
tierBlock: preamble-p1
section: widgets
order: 1
summary: Widgets matter.
focusAreas:
  - block: widgets-i1
    number: "1"
    label: Design
  - block: widgets-i2
    number: "2"
    label: Testing
goals:
  - widgets-2025
targets:
  - widgets-output-2025
places: []
projects: []
mentions:
  - preamble-p1
  - goals-b1
related:
  - gadgets
---

Widgets matter. We will build them near <Correction id="harbour-area" status="likely"><ins>the Harbour Area</ins><del>the harbour</del></Correction>.

1. Design. Better widget design.
2. Testing. Test them with <EntityLink kind="term" id="ate">ATE</EntityLink>.
`);
  });

  it('writes an industry without a section with an empty body and a summary from its mention', () => {
    expect(files.get('industries/gadgets.mdx')).toBe(`---
name: Gadgets
variants:
  - gadgets
order: 2
summary: The plan covers widgets and gadgets.
focusAreas: []
goals: []
targets: []
places: []
projects: []
mentions:
  - preamble-p1
related:
  - widgets
---
`);
  });

  it('writes a goal with its statement, keeping the links of its block', () => {
    expect(files.get('goals/widgets-2025.mdx')).toBe(`---
title: Widgets by 2025
kind: industry
year: 2025
block: goals-b1
section: goals
order: 1
industries:
  - widgets
places: []
targets:
  - widgets-output-2025
---

By 2025, <EntityLink kind="industry" id="widgets">widget</EntityLink> output will reach about 10 billion yuan.
`);
  });

  it('writes sections with the preamble as a synthetic first section', () => {
    const sections = JSON.parse(files.get('data/sections.json')!);
    expect(
      sections.map((s: Record<string, unknown>) => [s.id, s.order, s.level, s.parent, s.synthetic]),
    ).toEqual([
      ['preamble', 0, 1, undefined, true],
      ['goals', 1, 1, undefined, undefined],
      ['widgets', 2, 2, 'goals', undefined],
    ]);
    expect(sections[2].blocks.map((b: { id: string }) => b.id)).toEqual([
      'widgets-p1',
      'widgets-i1',
      'widgets-i2',
    ]);
  });

  it('writes plan data with counts, and the whole model as plan.json', () => {
    const [plan] = JSON.parse(files.get('data/plan.json')!);
    expect(plan.id).toBe('plan');
    expect(plan.counts).toEqual({
      sourceLines: 18,
      sourceBytes: 400,
      sections: 2,
      blocks: 5,
      industries: 2,
      industriesByTier: { 'core industries': 1, none: 1 },
      goals: 1,
      targets: 1,
      places: 0,
      projects: 0,
      terms: 1,
      corrections: 1,
      correctionsApplied: 1,
      noiseRemoved: 1,
      warnings: 1,
    });
    expect(JSON.parse(files.get('plan.json')!)).toEqual(smallModel());
    expect(JSON.parse(files.get('data/targets.json')!)).toEqual(smallModel().targets);
  });

  it('round-trips frontmatter through a YAML parser', () => {
    const { data } = split(files.get('industries/widgets.mdx')!);
    expect(data).toMatchObject({ name: 'Widgets', nameZh: '小部件', order: 1 });
    const nasty = 'a: b\n---\n# c\n"quoted" \'single\' {x} [y] & *z* \\ %';
    const file = withFrontmatter({ title: nasty, list: [nasty, '---'] }, '');
    expect(split(file).data).toEqual({ title: nasty, list: [nasty, '---'] });
    // Only the two delimiters start a line with ---.
    expect(file.split('\n').filter((line) => line.startsWith('---'))).toHaveLength(2);
  });

  it('is deterministic', () => {
    expect([...emit(smallModel())]).toEqual([...files]);
  });
});

describe('emit: numbered lists', () => {
  const item = (number: string, text: string) =>
    block(`x-${text}`, 'x', 1, [{ type: 'text', text }], { kind: 'item', number });

  it('keeps a counting list as an ordered list from its first number', () => {
    const out = toMdx({ type: 'root', children: [numberedList([item('3', 'c'), item('4', 'd')])] });
    expect(out).toBe('3. c\n4. d\n');
  });

  it('writes other numbering as text in a bullet list', () => {
    const out = toMdx({
      type: 'root',
      children: [numberedList([item('(1)', 'a'), item('(3)', 'c'), item('iv', 'd')])],
    });
    expect(out).toBe('- (1) a\n- (3) c\n- iv d\n');
  });
});

describe('emit: helpers', () => {
  it('finds the sentence at an offset', () => {
    const text = 'First one. Second "quoted." Third, 1.5 percent. ';
    expect(sentenceAt(text)).toBe('First one.');
    expect(sentenceAt(text, 12)).toBe('Second "quoted."');
    expect(sentenceAt(text, 30)).toBe('Third, 1.5 percent.');
    expect(sentenceAt('no end')).toBe('no end');
    expect(sentenceAt('')).toBe('');
  });

  it('cuts a long sentence at a word boundary, also when it is one long list', () => {
    const list = `Develop ${Array.from({ length: 400 }, (_, i) => `item\n  ${i}`).join(', ')}.`;
    const cut = sentenceAt(list);
    expect(cut.endsWith('item 31, item 32, item…')).toBe(true);
    expect(cut.length).toBe(300);
    expect(oneLine(`${'x '.repeat(149)}  \n yz`)).toBe(`${'x '.repeat(149)}yz`);
    expect(oneLine(`${' '.repeat(2000)}a b`)).toBe('a b');
  });

  it('slices runs, turning cut links into text', () => {
    const runs: Inline[] = [
      { type: 'text', text: 'ab ' },
      { type: 'mention', kind: 'place', id: 'p', text: 'cd' },
      { type: 'correction', id: 'c', status: 'unknown', original: 'ef', text: 'EF' },
    ];
    expect(sliceInlines(runs, 1, 7)).toEqual([{ type: 'text', text: 'b ' }, runs[1], runs[2]]);
    expect(sliceInlines(runs, 4, 6)).toEqual([
      { type: 'text', text: 'd' },
      { type: 'text', text: 'e' },
    ]);
  });

  it('writes a goal statement as plain text when it is not a span of its block', () => {
    const model = smallModel();
    model.goals[0]!.statement = 'Reworded: more widgets.';
    const { body } = split(emit(model).get('goals/widgets-2025.mdx')!);
    expect(body).toBe('Reworded: more widgets.\n');
  });
});
