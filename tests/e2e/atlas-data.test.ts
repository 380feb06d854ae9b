/**
 * The atlas's data for reuse in the fixture atlas build (dist-atlas-test/, built by
 * scripts/test.ts): data/atlas.json matches its schema and every path in it lands on a built
 * page and anchor; data/targets.csv reads back with an RFC 4180 parser, has the documented
 * columns, one row per target of every plan, each industry by its plan's name and its id, and
 * every row's source URL resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/atlas/emit-csv.ts';
import type { PlanModel } from '../../src/pipeline/types.ts';
import { atlasModel as atlasSchema, type AtlasModel } from '../../src/schemas/atlas.ts';
import { readCsv } from '../unit/atlas-helpers.ts';
import { E2E } from './harness/config.ts';
import { landsOnAnchor, type SiteUnderTest } from './harness/html.ts';

const site: SiteUnderTest = { dist: E2E.atlasDist, base: E2E.base, site: E2E.site };
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
if (!existsSync(join(site.dist, 'data/targets.csv')))
  throw new Error(
    `${site.dist}/data/targets.csv is missing: run \`npm test\` (its atlas step builds ${site.dist}/)`,
  );
const atlas = JSON.parse(read('data/atlas.json')) as AtlasModel;
const plans = atlas.plans.map((p) => JSON.parse(read(`plans/${p.id}/data/plan.json`)) as PlanModel);

describe('data/atlas.json', () => {
  it('matches its schema and holds every plan of the atlas', () => {
    expect(atlasSchema.parse(atlas)).toEqual(atlas);
    expect(atlas.plans.map((p) => p.id)).toEqual(plans.map((p) => p.meta.id));
    expect(atlas.plans.length).toBeGreaterThanOrEqual(5);
  });

  it('links only to pages and anchors the build has', () => {
    const paths = [
      ...atlas.plans.map((p) => p.path),
      ...atlas.industries.flatMap((i) => [
        i.path,
        ...i.plans.flatMap((p) => [
          p.path,
          ...p.goals.map((g) => g.path),
          ...p.targets.map((t) => t.path),
        ]),
      ]),
      ...atlas.measures.flatMap((m) => [m.path, ...m.targets.map((t) => t.path)]),
      ...atlas.places.flatMap((p) => [p.path, ...p.plans.map((s) => s.path)]),
    ];
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !landsOnAnchor(site.base + path, site))).toEqual([]);
  });
});

describe('data/targets.csv', () => {
  const rows = readCsv(read('data/targets.csv'));
  const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

  it('has the documented columns and one row per target of every plan, in plan order', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = plans.flatMap((p) => p.targets.map((t) => [p.meta.id, t.unit]));
    expect(rows.slice(1).map((r) => [r[column('plan')], r[column('unit')]])).toEqual(expected);
  });

  it("names each target's industry as its plan does, with the shared id beside it", () => {
    const expected = plans.flatMap((p) =>
      p.targets.map((t) => {
        const industry = p.industries.find((i) => i.id === t.industryId);
        return [industry ? (industry.variants[0] ?? industry.name) : '', t.industryId ?? ''];
      }),
    );
    const cells = rows.slice(1).map((r) => [r[column('industry')], r[column('industry_id')]]);
    expect(cells).toEqual(expected);
    // Names, not ids again ("integrated circuit industry" for integrated-circuits).
    expect(cells.filter(([name, id]) => id !== '' && name !== id).length).toBeGreaterThan(5);
  });

  it('gives every row a source URL that resolves on the built site', () => {
    const origin = new URL(site.site).origin;
    const unresolved = rows
      .slice(1)
      .map((r) => r[column('source URL')]!)
      .filter((url) => !url.startsWith(origin) || !landsOnAnchor(url.slice(origin.length), site));
    expect(unresolved).toEqual([]);
  });
});
