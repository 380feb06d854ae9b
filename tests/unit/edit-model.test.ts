/** The edit stage inside buildModel: link sees the edited facts; emit keeps editors' text as text. */
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { emit } from '../../src/pipeline/emit/index.ts';
import { buildModel } from '../../src/pipeline/index.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';

const root = resolve(import.meta.dirname, '../..');
const text = `A plan for widgets and gizmos.

Key industries

The plan covers widgets and gizmos in North Harbour.

Widgets

Make more widgets.
`;
const widgets = '- id: widgets\n  name: Widgets\n  aliases: [widgets, widget]\n';
const EDITS = 'plans/w/editorial/edits.yaml';

function build(edits?: string) {
  const editorial = loadEditorial(readEditorialFiles(join(root, 'content/editorial')), {
    industries: widgets,
  });
  return buildModel({
    planId: 'w',
    file: 'plans/w/source.en.txt',
    bytes: new TextEncoder().encode(text),
    metaFile: 'plans/w/plan.yaml',
    editorial,
    ...(edits === undefined ? {} : { edits: { file: EDITS, text: edits } }),
  });
}

describe('edits in buildModel', () => {
  it('changes nothing without an edits file, or with an empty one', () => {
    const plain = build();
    expect(plain.edits).toEqual([]);
    expect(build('# none yet\n')).toEqual(plain);
  });

  it('links the text’s mentions of an added industry and place', () => {
    const model = build(
      [
        '- add: industry\n  id: gizmos\n  name: Gizmos\n  variants: [gizmos]\n  why: Missed.',
        '- add: place\n  id: north-harbour\n  name: North Harbour\n  why: Missed.',
      ].join('\n'),
    );
    expect(model.industries.map((i) => [i.id, i.mentions])).toEqual([
      ['widgets', ['preamble-p1', 'key-industries-p1', 'widgets-p1']],
      ['gizmos', ['preamble-p1', 'key-industries-p1']],
    ]);
    expect(model.places.map((p) => [p.id, p.mentions])).toEqual([
      ['north-harbour', ['key-industries-p1']],
    ]);
    const runs = model.sections[0]!.blocks[0]!.inlines.filter((r) => r.type === 'mention');
    expect(runs.map((r) => r.type === 'mention' && [r.kind, r.id, r.text])).toEqual([
      ['industry', 'widgets', 'widgets'],
      ['industry', 'gizmos', 'gizmos'],
      ['place', 'north-harbour', 'North Harbour'],
    ]);
  });

  it('links no mention of a dropped industry, and writes no page for it', () => {
    const model = build('- drop: industry\n  id: widgets\n  why: Not an industry here.\n');
    expect(model.industries).toEqual([]);
    const mentions = model.sections.flatMap((s) => s.blocks.flatMap((b) => b.mentions));
    expect(mentions).toEqual([]);
    expect([...emit(model).keys()].filter((f) => f.startsWith('industries/'))).toEqual([]);
    expect(model.edits).toEqual([
      {
        op: 'drop',
        kind: 'industry',
        id: 'widgets',
        fields: [],
        why: 'Not an industry here.',
        file: EDITS,
        line: 1,
      },
    ]);
  });

  it('writes hostile names and reasons into the generated files as plain data', () => {
    const name = '<script>alert(1)</script> {props.x} ---';
    const why = '<img src=x onerror=alert(1)> `${y}`';
    const model = build(
      `- change: industry\n  id: widgets\n  name: ${JSON.stringify(name)}\n  why: ${JSON.stringify(why)}\n`,
    );
    const mdx = emit(model).get('industries/widgets.mdx')!;
    const front = parseYaml(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<
      string,
      unknown
    >;
    expect(front.name).toBe(name);
    expect(front.editorial).toEqual({ op: 'change', fields: ['name'], why });
    const places = JSON.parse(emit(model).get('data/plan.json')!) as [{ edits: unknown[] }];
    expect(places[0].edits).toEqual([expect.objectContaining({ why })]);
  });

  it('reports an unknown id at its line in the edits file', () => {
    const attempt = () => build('\n\n- change: industry\n  id: widget\n  name: X\n  why: w\n');
    expect(attempt).toThrow(PlanInputError);
    expect(attempt).toThrow(
      `${EDITS}:3: this plan has no industry "widget"\n  hint: did you mean "widgets"?`,
    );
  });
});
