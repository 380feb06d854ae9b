/**
 * /targets/ against the generated model: one table row per target with its value (or range),
 * unit, scope, qualifier, year, baseline, industry and source paragraph, and build-time SVG charts
 * with one named bar (role="img") per target, grouped by measure (scope and kind of unit), bars
 * sized by the normalised value.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import {
  allBlocks,
  entityHref,
  href,
  hrefs,
  one,
  page,
  readModel,
  squash,
  text,
} from './harness/html.ts';

const model = readModel();
const tree = page('targets/');
const SCOPES: Record<string, string> = {
  'share-of-gdp': 'share of GDP',
  'added-value': 'added value',
  'output-value': 'output value',
  'growth-rate': 'growth rate',
  count: 'count',
  revenue: 'revenue',
  investment: 'investment',
  other: 'other',
};
const QUALIFIERS: Record<string, string> = {
  about: 'about',
  'more-than': 'more than',
  exceed: 'exceeding',
  'at-least': 'at least',
  'at-most': 'at most',
  exactly: 'exactly',
};
const industryName = new Map(model.industries.map((i) => [i.id, i.name]));
const goalTitle = new Map(model.goals.map((g) => [g.id, g.title]));
const order = new Map(allBlocks(model).map((b, i) => [b.id, i]));

describe('/targets/ table', () => {
  const table = () => one('table.targets-table', tree);

  test('has one row per target, in reading order, each with its target-<id> anchor', () => {
    const rows = selectAll('tbody tr', table());
    const ids = rows.map((tr) => String(tr.properties.dataTarget));
    expect([...ids].sort()).toEqual(model.targets.map((t) => t.id).sort());
    expect(rows.map((tr) => tr.properties.id)).toEqual(ids.map((id) => `target-${id}`));
    // By the paragraph each comes from (targets of one paragraph may come in any order).
    const at = (id: string) => order.get(model.targets.find((t) => t.id === id)!.blockId)!;
    expect(ids.map(at)).toEqual(ids.map(at).sort((a, b) => a - b));
    expect(model.targets.length).toBeGreaterThan(0);
  });

  test('has the columns the rows fill', () => {
    const head = selectAll('thead th', table()).map(text);
    expect(head).toEqual([
      'What',
      'Value',
      'Unit',
      'Scope',
      'Qualifier',
      'Year',
      'Baseline',
      'Industry',
      'Source',
    ]);
  });

  test.each(model.targets)('$id: value, unit, scope, qualifier, year, industry, source', (t) => {
    const row = one(`tr[data-target="${t.id}"]`, table());
    const [what, ...cells] = selectAll('th, td', row);
    const note = t.note ? `Note: ${t.note}` : '';
    expect(squash(text(what))).toContain(squash(`${t.subject}“${t.display}”${note}`));
    const [value, unit, scope, qualifier, year, baseline, industry, source] = cells.map((c) =>
      squash(text(c)),
    );
    const [low, high] = value.split('–').map((v) => Number(v.replace(/,/g, '')));
    expect(low).toBe(t.value);
    expect(high).toBe(t.valueMax);
    expect(baseline === '—').toBe(t.baseline === undefined);
    if (t.baseline) expect(baseline).toContain(`${t.baseline.year ?? ''}`);
    expect(unit).toBe(t.unit);
    expect(scope).toBe(SCOPES[t.scope]);
    expect(qualifier).toBe(QUALIFIERS[t.qualifier]);
    expect(year).toBe(t.year === undefined ? '—' : String(t.year));
    expect(industry).toBe(t.industryId ? industryName.get(t.industryId) : 'all');
    expect(hrefs(cells[6])).toEqual(t.industryId ? [entityHref('industry', t.industryId)] : []);
    const sources = hrefs(cells[7]);
    expect(sources).toEqual([
      href(`plan/#${t.blockId}`),
      ...(t.goalId ? [entityHref('goal', t.goalId)] : []),
    ]);
    expect(source).toBe(`¶ ${t.blockId}${t.goalId ? goalTitle.get(t.goalId) : ''}`);
  });
});

describe('/targets/ charts', () => {
  const figures = () => selectAll('figure.chart', tree);
  // Like is compared with like: one scope and one kind of unit; "other" units and counts only
  // with the same written unit.
  const measure = (scope: string, kind: string, unit: string) =>
    `${scope} | ${kind}${kind === 'other' || kind === 'count' ? ` | ${unit}` : ''}`;
  const measureOf = (t: (typeof model.targets)[number]) => measure(t.scope, t.unitKind, t.unit);
  const measureOfFigure = (f: Element) =>
    measure(
      String(f.properties.dataScope),
      String(f.properties.dataKind),
      String(f.properties.dataUnit),
    );

  test('draw one chart per measure (scope and kind of unit), captioned with it', () => {
    const shown = figures().map(measureOfFigure);
    const expected = [...new Set(model.targets.map(measureOf))];
    expect([...shown].sort()).toEqual([...expected].sort());
    for (const f of figures()) {
      const scope = SCOPES[String(f.properties.dataScope)];
      expect(text(one('figcaption', f))).toBe(
        `${scope[0].toUpperCase()}${scope.slice(1)} (${String(f.properties.dataUnit)})`,
      );
    }
  });

  describe.each(['narrow', 'wide'])('the %s layout', (layout) => {
    const svgs = () =>
      figures().map((f) => one(`svg.chart__svg--${layout}`, f, `a ${layout} chart`));

    test('is an SVG with an accessible name', () => {
      for (const svg of svgs()) {
        expect(String(svg.properties.ariaLabel ?? '').trim()).not.toBe('');
        expect(svg.properties.role).toBeDefined();
      }
      expect(svgs()).toHaveLength(figures().length);
    });

    test('has one bar per target, each an image named by what it measures and its value', () => {
      const bars = svgs().flatMap((svg) => selectAll('g[role="img"]', svg));
      expect(bars.map((g) => g.properties.dataTarget).sort()).toEqual(
        model.targets.map((t) => t.id).sort(),
      );
      for (const bar of bars) {
        const t = model.targets.find((x) => x.id === bar.properties.dataTarget)!;
        const name = text(one('title', bar));
        expect(name).toBe(`${t.subject}${t.year ? `, by ${t.year}` : ''}: ${t.display}`);
        const rect = one('rect', bar);
        expect(Number(rect.properties.width)).toBeGreaterThan(0);
        expect(text(one('text.chart__value', bar))).toBe(t.display);
      }
    });

    test('puts each bar in the chart of its own measure, longer bars for larger values', () => {
      for (const f of figures()) {
        const svg = one(`svg.chart__svg--${layout}`, f);
        const bars = selectAll('g[role="img"]', svg).map((bar) => ({
          t: model.targets.find((x) => x.id === bar.properties.dataTarget)!,
          width: Number((select('rect', bar) as Element).properties.width),
        }));
        for (const { t } of bars) expect(measureOf(t)).toBe(measureOfFigure(f));
        const byValue = [...bars].sort((a, b) => a.t.normalised - b.t.normalised);
        for (let i = 1; i < byValue.length; i++) {
          if (byValue[i].t.normalised > byValue[i - 1].t.normalised)
            expect(byValue[i].width).toBeGreaterThan(byValue[i - 1].width);
        }
      }
    });
  });
});
