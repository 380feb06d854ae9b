import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlasFiles, ATLAS_FILES, emitAtlas } from '../../src/atlas/emit.ts';
import { readAtlasModel } from '../../src/atlas/read.ts';
import { CSV_COLUMNS, csvCell, siteUrl } from '../../src/atlas/emit-csv.ts';
import { atlasModel as atlasSchema } from '../../src/schemas/atlas.ts';
import { buildModel } from '../../src/pipeline/index.ts';
import { loadPlanInput } from '../../src/pipeline/load.ts';
import { FIXTURE_PLANS, fixturePlans, readCsv } from './atlas-helpers.ts';

const WHERE = { base: '/shanghai-plan/', site: 'https://example.org' };

describe('targets.csv cells', () => {
  it('quotes what RFC 4180 needs and defuses formulas', () => {
    expect(
      [
        'plain',
        'a,b',
        'say "hi"',
        'two\nlines',
        '=1+2',
        '+1',
        '-17',
        '-1+2',
        '@SUM(A1)',
        '\tx',
      ].map(csvCell),
    ).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      "'=1+2",
      "'+1",
      '-17',
      "'-1+2",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('makes source URLs of site paths, absolute when the site is known', () => {
    expect(siteUrl('plans/a/plan/#b1', WHERE)).toBe(
      'https://example.org/shanghai-plan/plans/a/plan/#b1',
    );
    expect(siteUrl('plans/a/plan/x/#b1', { base: '/' })).toBe('/plans/a/plan/x/#b1');
  });
});

describe('emitAtlas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-emit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const model = emitAtlas(fixturePlans(), dir, WHERE);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('writes the collections’ files and the data for reuse', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'data',
      'industries.json',
      'measures.json',
      'places.json',
      'plans.json',
    ]);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['atlas.json', 'targets.csv']);
    expect(atlasSchema.parse(JSON.parse(read(ATLAS_FILES.atlas)))).toEqual(model);
    expect(JSON.parse(read(ATLAS_FILES.plans))).toEqual(model.plans);
    expect(JSON.parse(read(ATLAS_FILES.measures)).map((m: { id: string }) => m.id)).toEqual(
      model.measures.map((m) => m.id),
    );
  });

  it('is read back whole by readAtlasModel, with a clear error where there is none', () => {
    expect(readAtlasModel(dir)).toEqual(model);
    const empty = mkdtempSync(join(tmpdir(), 'atlas-none-'));
    try {
      expect(() => readAtlasModel(empty)).toThrow(
        `${join(empty, 'data/atlas.json')}: cannot read the atlas model`,
      );
      mkdirSync(join(empty, 'data'));
      writeFileSync(join(empty, 'data/atlas.json'), '{"plans":3}');
      expect(() => readAtlasModel(empty)).toThrow(
        `${join(empty, 'data/atlas.json')}: not an atlas model; build the atlas`,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('writes the same bytes from the models in memory as from their plan.json', () => {
    // The build joins the models generate() returns, not their plan.json read back.
    const live = FIXTURE_PLANS.map((id) =>
      buildModel(loadPlanInput(`tests/fixtures/atlas/${id}`, process.cwd())),
    );
    for (const [path, content] of atlasFiles(live, WHERE).files)
      expect([path, read(path) === content]).toEqual([path, true]);
  });

  it('writes the same bytes whatever the order of the plans', () => {
    const again = atlasFiles(fixturePlans().reverse(), WHERE).files;
    for (const [path, content] of again)
      expect([path, read(path) === content]).toEqual([path, true]);
  });

  it('writes targets.csv a CSV parser reads back: one row per target, sorted, exact cells', () => {
    const text = read(ATLAS_FILES.targets);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(fixturePlans().reduce((n, p) => n + p.targets.length, 0));
    expect(rows.slice(1).map((r) => r[0])).toEqual([...rows.slice(1).map((r) => r[0])].sort());
    expect(rows[2]).toEqual([
      'jiangsu-sei-2021',
      'integrated circuit industry', // the plan's own name for it, as atlas.json gives it
      'integrated-circuits',
      'integrated-circuits-output-value-yuan',
      '1.2',
      'trillion yuan',
      '1200000000000',
      'exactly',
      '2025',
      '650000000000',
      '2020',
      'https://example.org/shanghai-plan/plans/jiangsu-sei-2021/plan/#development-goals-p2',
    ]);
    // A plan-wide figure has no industry; "other" figures no measure.
    expect(rows.find((r) => r[0] === 'national-ic-2021' && r[1] === '')).toEqual([
      'national-ic-2021',
      '',
      '',
      '',
      '15',
      '%',
      '15',
      'about',
      '2025',
      '',
      '',
      'https://example.org/shanghai-plan/plans/national-ic-2021/plan/#development-goals-p3',
    ]);
  });

  it('keeps hostile text inert and ranges readable', () => {
    const plans = fixturePlans();
    const target = plans[0]!.targets[0]!;
    target.unit = '=cmd|"/c calc"!A1, and\nmore';
    target.value = 15;
    target.valueMax = 20;
    const industry = plans[0]!.industries[0]!;
    industry.variants = ['@SUM(A1)'];
    target.industryId = industry.id;
    const csv = atlasFiles(plans, { base: '/' }).files.get(ATLAS_FILES.targets)!;
    const row = readCsv(csv)[1]!;
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect([cell('industry'), cell('value'), cell('unit'), cell('source URL')]).toEqual([
      "'@SUM(A1)",
      '15–20',
      `'=cmd|"/c calc"!A1, and\nmore`,
      '/plans/jiangsu-sei-2021/plan/#development-goals-p1',
    ]);
  });
});
