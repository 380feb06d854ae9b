import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { emit } from '../../src/pipeline/emit/index.ts';
import { PlanInputError } from '../../src/pipeline/types.ts';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const text = `A plan for widgets and more.

Key industries

The plan covers widgets and gadgets.

Widgets

Make more widgets.

1. Design. Better design.

2. Testing. Better tests.
`;
const widgets = '- id: widgets\n  name: Widgets\n  aliases: [widgets, widget]\n';

function build(local: Record<string, string>) {
  const editorial = loadEditorial(readEditorialFiles(join(root, 'content/editorial')), local);
  return buildModel({
    planId: 'widget-plan',
    file: 'plans/widget-plan/source.en.txt',
    bytes: new TextEncoder().encode(text),
    metaFile: 'plans/widget-plan/plan.yaml',
    editorial,
  });
}

describe('buildModel', () => {
  it('makes a bare title that names an industry a subheading, with its section and focus areas', () => {
    const model = build({ industries: widgets });
    expect(model.sections.map((s) => [s.id, s.level, s.parentId])).toEqual([
      ['key-industries', 1, undefined],
      ['widgets', 2, 'key-industries'],
    ]);
    expect(
      model.industries.map((i) => [i.id, i.sectionId, i.focusAreas.map((a) => a.number)]),
    ).toEqual([['widgets', 'widgets', ['1', '2']]]);
    expect(model.source).toMatchObject({
      file: 'plans/widget-plan/source.en.txt',
      lines: 13,
      eol: 'lf',
    });
    expect(model.meta.id).toBe('widget-plan');
  });

  it('keeps the same title at level 1 when no industry has that name', () => {
    const model = build({});
    expect(model.sections.map((s) => [s.id, s.level])).toEqual([
      ['key-industries', 1],
      ['widgets', 1],
    ]);
  });

  it("drops the plan's title repeated as a heading below the notice that names it", () => {
    const editorial = loadEditorial(readEditorialFiles(join(root, 'content/editorial')), {});
    const notice = [
      'The city office prints and distributes the 《Port City Action Plan》 to you.',
      'Port City Action Plan',
      'One, Goals',
      'Grow the port.',
      'Two, Tasks',
      'Build berths.',
    ].join('\n');
    const model = buildModel({
      planId: 'port-plan',
      file: 'plans/port-plan/source.en.txt',
      bytes: new TextEncoder().encode(notice),
      metaFile: 'plans/port-plan/plan.yaml',
      editorial,
    });
    expect(model.meta.titleEn).toBe('Port City Action Plan');
    expect(model.sections.map((s) => [s.id, s.level])).toEqual([
      ['goals', 1],
      ['tasks', 1],
    ]);
  });

  it('feeds emit: the industry page holds its section text', () => {
    const files = emit(build({ industries: widgets }));
    expect(files.get('industries/widgets.mdx')).toMatch(
      /\n---\n\nMake more <EntityLink kind="industry" id="widgets">widgets<\/EntityLink>\.\n\n1\. Design\. Better design\.\n2\. Testing\. Better tests\.\n$/,
    );
  });
});

describe('loadPlanInput', () => {
  it('reads the Shanghai folder with paths relative to the root', () => {
    const input = loadPlanInput('content/plans/shanghai-sei-2021', root);
    expect(input.planId).toBe('shanghai-sei-2021');
    expect(input.file).toBe('content/plans/shanghai-sei-2021/source.en.txt');
    expect(input.metaFile).toBe('content/plans/shanghai-sei-2021/plan.yaml');
    expect(input.bytes.length).toBeGreaterThan(10_000);
    expect(input.editorial.industries.map((i) => i.id)).toContain('integrated-circuits');
  });

  it('adds a plan folder’s own editorial entries and plan.yaml', () => {
    const dir = join(temp, 'widget-plan');
    mkdirSync(join(dir, 'editorial'), { recursive: true });
    writeFileSync(join(dir, 'source.en.txt'), text);
    writeFileSync(join(dir, 'plan.yaml'), 'titleEn: Widget plan\n');
    writeFileSync(join(dir, 'editorial/industries.yaml'), widgets);
    const input = loadPlanInput(dir, root);
    expect(input.file).toBe(`${relative(root, dir)}/source.en.txt`);
    expect(input.metaYaml).toBe('titleEn: Widget plan\n');
    expect(input.editorial.industries.map((i) => i.id)).toContain('widgets');
    expect(input.editorial.industries.map((i) => i.id)).toContain('integrated-circuits');
    expect(buildModel(input).meta.titleEn).toBe('Widget plan');
  });

  it('names the folder when it has no plan text', () => {
    const dir = join(temp, 'empty-folder');
    mkdirSync(dir, { recursive: true });
    expect(() => loadPlanInput(dir, root)).toThrow(PlanInputError);
    expect(() => loadPlanInput(dir, root)).toThrow(
      `${relative(root, dir)}:1: no plan text in this folder`,
    );
  });
});
