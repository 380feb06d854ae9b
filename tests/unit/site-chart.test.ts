import { describe, expect, it } from 'vitest';
import {
  barChart,
  chartLayouts,
  fitLabel,
  groupByMeasure,
  textWidth,
  wrapLabel,
} from '../../src/utils/chart.ts';

const opts = { width: 200, fontSize: 10, barHeight: 10, rowGap: 5, padding: 10, maxLines: 2 };

describe('barChart', () => {
  it('scales bars to the largest value, leaving room for the value text', () => {
    const chart = barChart(
      [
        { id: 'a', label: 'A', value: 100, valueLabel: '100' },
        { id: 'b', label: 'B', value: 50, valueLabel: '50' },
      ],
      opts,
    );
    // inner 180, value room = width("100") 18 + 8 = 26 → plot 154
    expect(chart.rows.map((r) => r.barWidth)).toEqual([154, 77]);
    expect(chart.rows[0]).toMatchObject({
      lines: ['A'],
      labelX: 10,
      labelY: 20,
      barX: 10,
      barY: 24,
      valueX: 170,
      valueY: 32.5,
    });
    // row height 10 + 4 + 10 + 5 = 29; two rows minus the last gap plus padding
    expect(chart.rows[1]?.labelY).toBe(49);
    expect(chart.height).toBe(20 + 2 * 29 - 5);
    expect(chart.lineHeight).toBe(13);
  });

  it('gives zero, negative and missing values a 2-unit sliver', () => {
    const chart = barChart(
      [
        { id: 'a', label: 'A', value: 0, valueLabel: '0' },
        { id: 'b', label: 'B', value: -3, valueLabel: '-3' },
      ],
      opts,
    );
    expect(chart.rows.map((r) => r.barWidth)).toEqual([2, 2]);
  });

  it('makes room for a label that wraps to two lines', () => {
    const label = 'word '.repeat(40).trim();
    const chart = barChart(
      [
        { id: 'a', label, value: 1, valueLabel: '1' },
        { id: 'b', label: 'B', value: 1, valueLabel: '1' },
      ],
      opts,
    );
    expect(chart.rows[0]?.lines).toHaveLength(2);
    // the bar moves down one line height (13), and so does the next row
    expect(chart.rows[0]).toMatchObject({ labelY: 20, barY: 37 });
    expect(chart.rows[1]?.labelY).toBe(62);
  });

  it('is empty for no bars', () => {
    expect(barChart([], opts)).toEqual({ width: 200, height: 20, lineHeight: 13, rows: [] });
  });
});

describe('labels', () => {
  it('estimates width per character', () => {
    expect(textWidth('abcd', 10)).toBe(24);
    expect(textWidth('集成电路', 10)).toBe(24);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(fitLabel('short', 100, 10)).toBe('short');
    expect(fitLabel('a label that is far too long', 60, 10)).toBe('a label t…');
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces and shortens only the last line', () => {
    // 60 units at 10 px = 10 characters a line
    expect(wrapLabel('alpha beta gamma delta epsilon', 60, 10, 2)).toEqual([
      'alpha beta',
      'gamma del…',
    ]);
    expect(wrapLabel('alpha beta gamma', 60, 10, 3)).toEqual(['alpha beta', 'gamma']);
    expect(wrapLabel('short', 60, 10, 2)).toEqual(['short']);
  });

  it('shortens a single word longer than a line', () => {
    expect(wrapLabel('internationalisation x', 60, 10, 2)).toEqual(['internati…', 'x']);
  });
});

describe('groupByMeasure', () => {
  it('groups by scope and kind of unit, in order of first appearance', () => {
    const groups = groupByMeasure([
      { unit: '%', unitKind: 'percent', scope: 'share-of-gdp', n: 1 },
      { unit: '%', unitKind: 'percent', scope: 'growth-rate', n: 2 },
      { unit: 'billion yuan', unitKind: 'yuan', scope: 'output-value', n: 3 },
      { unit: '%', unitKind: 'percent', scope: 'growth-rate', n: 4 },
      { unit: 'trillion yuan', unitKind: 'yuan', scope: 'output-value', n: 5 },
      { unit: 'billion US dollars', unitKind: 'usd', scope: 'output-value', n: 6 },
      { unit: 'GW', unitKind: 'other', scope: 'other', n: 7 },
      { unit: 'PFLOPS', unitKind: 'other', scope: 'other', n: 8 },
      { unit: 'enterprises', unitKind: 'count', scope: 'count', n: 9 },
      { unit: 'key areas', unitKind: 'count', scope: 'count', n: 10 },
      { unit: 'enterprises', unitKind: 'count', scope: 'count', n: 11 },
    ]);
    expect(groups.map((g) => [g.scope, g.unit, g.items.map((i) => i.n)])).toEqual([
      ['share-of-gdp', '%', [1]],
      ['growth-rate', '%', [2, 4]],
      ['output-value', 'yuan', [3, 5]],
      ['output-value', 'billion US dollars', [6]],
      ['other', 'GW', [7]],
      ['other', 'PFLOPS', [8]],
      ['count', 'enterprises', [9, 11]],
      ['count', 'key areas', [10]],
    ]);
  });
});

describe('chartLayouts', () => {
  it('lays the bars out narrow (360) and wide (640)', () => {
    const bars = [{ id: 'a', label: 'A', value: 1, valueLabel: '1' }];
    expect(chartLayouts(bars).map(({ key, width, chart }) => [key, width, chart.width])).toEqual([
      ['narrow', 360, 360],
      ['wide', 640, 640],
    ]);
  });
});
