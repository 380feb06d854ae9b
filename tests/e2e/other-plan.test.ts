/**
 * A second plan of another shape through one real build (`npm run build`, PLAN_DIR=...):
 * tests/fixtures/plans/nmx-roman has CRLF line endings, roman-numeral parts, "(1)" subsections
 * and a "5+3+X" system. Its pages carry its own names, checked against its own generated model,
 * and nothing of the Shanghai plan leaks into the build.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlanModel } from '../../src/pipeline/types.ts';
import {
  entityHref,
  hrefs,
  one,
  page,
  readModel,
  renderedRuns,
  expectedRuns,
  section,
  squash,
  text,
  visibleText,
  type SiteUnderTest,
} from './harness/html.ts';
import { buildPlan } from './harness/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = 'tests/fixtures/plans/nmx-roman';
const temp = mkdtempSync(join(tmpdir(), 'atlas-other-plan-'));
const generated = join(temp, 'generated');
const site: SiteUnderTest = {
  dist: join(temp, 'dist'),
  base: '/nmx/',
  site: 'https://nmx.example',
};
/** Words of the Shanghai plan and its data that must not appear in another plan's site. */
const SHANGHAI =
  /Shanghai|上海|shanghai-plan|Lin-?gang|Zhangjiang|Integrated circuit|Tencent|Cymbal|9\+X/i;

let model: PlanModel;
const at = (path: string) => page(path, site);

beforeAll(async () => {
  const run = await buildPlan({ plan: PLAN, temp, base: site.base, site: site.site });
  if (run.code !== 0) throw new Error(`the ${PLAN} build failed:\n${run.output.slice(-3000)}`);
  model = readModel(generated);
}, 240_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Sub-folders of a built folder: one per entity page. */
const folders = (dir: string) =>
  readdirSync(join(site.dist, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe(`a build of ${PLAN}`, () => {
  test('reads the fixture as it is: CRLF, roman-numeral parts, its own metadata', () => {
    expect(model.source.file).toBe(`${PLAN}/source.en.txt`);
    expect(model.source.eol).toBe('crlf');
    expect(model.sections.filter((s) => s.level === 1).map((s) => s.number)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
    ]);
    expect(text(one('h1', at('')))).toBe(
      [model.meta.titleEn, model.meta.titleZh].filter(Boolean).join(' '),
    );
    expect(model.meta.titleEn).toBe('Nanmingxi "5+3+X" Emerging Industries Plan: 2021–2025 #7');
    const about = squash(text(at('about/')));
    expect(about).toContain('line endings crlf');
    expect(about).toContain(model.source.sha256);
  });

  test('shows its parts and subsections with their numbers, in order, in /plan/', () => {
    const headings = selectAll('.heading-wrap > h2[id], .heading-wrap > h3[id]', at('plan/'));
    const ids = [
      ...(model.preamble.length ? ['preamble'] : []),
      ...model.sections.map((s) => s.id),
    ];
    expect(headings.map((h) => h.properties.id)).toEqual(ids);
    for (const s of model.sections) {
      const h = one(`[id="${s.id}"]`, at('plan/'));
      expect(squash(text(h))).toBe(squash(`${s.number ?? ''} ${s.title}`));
      expect(h.tagName).toBe(s.level === 1 ? 'h2' : 'h3');
    }
    for (const b of [...model.preamble, ...model.sections.flatMap((s) => s.blocks)]) {
      const el = one(`[id="${b.id}"] .block__text`, at('plan/'));
      expect(renderedRuns(el)).toEqual(expectedRuns(b.inlines, site));
    }
  });

  test('has an industry page for each of its industries and no other, under its own names', () => {
    expect(model.industries.length).toBeGreaterThan(0);
    expect(folders('industries')).toEqual(model.industries.map((i) => i.id).sort());
    const cards = selectAll('li.card h3 a', at('industries/'));
    expect(cards.map((a) => [a.properties.href, text(a)]).sort()).toEqual(
      model.industries.map((i) => [entityHref('industry', i.id, site), i.name]).sort(),
    );
    for (const industry of model.industries) {
      const tree = at(`industries/${industry.id}/`);
      expect(text(one('h1', tree))).toBe(
        [industry.name, industry.nameZh].filter(Boolean).join(' '),
      );
      expect(hrefs(section(tree, 'goals'))).toEqual(
        industry.goalIds.map((id) => entityHref('goal', id, site)),
      );
      const rows = selectAll('tr[data-target]', section(tree, 'targets'));
      expect(rows.map((r) => r.properties.dataTarget)).toEqual(industry.targetIds);
    }
  });

  test('has a goal page for each of its goals, with its statement and source', () => {
    expect(model.goals.length).toBeGreaterThan(0);
    expect(folders('goals')).toEqual(model.goals.map((g) => g.id).sort());
    for (const goal of model.goals) {
      const tree = at(`goals/${goal.id}/`);
      expect(text(one('h1', tree))).toBe(goal.title);
      expect(squash(visibleText(one('blockquote', section(tree, 'statement'))))).toBe(
        squash(goal.statement),
      );
      // The source names its paragraph first; the whole paragraph (with its links) may follow.
      expect(hrefs(section(tree, 'source'))[0]).toBe(`${site.base}plan/#${goal.blockId}`);
    }
  });

  test('lists its own numbers on /targets/, as the text words them', () => {
    const rows = selectAll('table.targets-table tbody tr', at('targets/'));
    expect(rows.map((r) => r.properties.dataTarget).sort()).toEqual(
      model.targets.map((t) => t.id).sort(),
    );
    const shown = rows.map((r) => text(one('th', r)));
    for (const t of model.targets) expect(shown).toContain(`${t.subject}“${t.display}”`);
    expect(model.targets.map((t) => t.display)).toEqual(
      expect.arrayContaining(['exceed 500 billion yuan', 'about 12%']),
    );
  });

  test('has nothing of the Shanghai plan in any page, data file, script or style', () => {
    const fixture = readFileSync(join(ROOT, PLAN, 'source.en.txt'), 'utf8');
    expect(fixture).not.toMatch(SHANGHAI);
    const files = readdirSync(site.dist, { recursive: true })
      .map(String)
      .filter((f) => !f.startsWith('pagefind'))
      .filter((f) => /\.(html|json|xml|js|css|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((f) => {
      const match = readFileSync(join(site.dist, f), 'utf8').match(SHANGHAI);
      return match ? [`${f}: ${match[0]}`] : [];
    });
    expect(leaks).toEqual([]);
  });
});
