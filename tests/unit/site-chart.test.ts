import { describe, expect, it } from 'vitest';
import { barChart, fitLabel, groupByUnit, textWidth } from '../../src/utils/chart.ts';

const opts = { width: 200, fontSize: 10, barHeight: 10, rowGap: 5, padding: 10 };

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
    expect(chart.rows[0]).toMatchObject({ labelX: 10, labelY: 20, barX: 10, barY: 24, valueX: 170, valueY: 32.5 });
    // row height 10 + 4 + 10 + 5 = 29; two rows minus the last gap plus padding
    expect(chart.rows[1]?.labelY).toBe(49);
    expect(chart.height).toBe(20 + 2 * 29 - 5);
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

  it('is empty for no bars', () => {
    expect(barChart([], opts)).toEqual({ width: 200, height: 20, rows: [] });
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

describe('groupByUnit', () => {
  it('groups in order of first appearance', () => {
    const groups = groupByUnit([
      { unit: '%', n: 1 },
      { unit: 'billion yuan', n: 2 },
      { unit: '%', n: 3 },
    ]);
    expect(groups).toEqual([
      { unit: '%', items: [{ unit: '%', n: 1 }, { unit: '%', n: 3 }] },
      { unit: 'billion yuan', items: [{ unit: 'billion yuan', n: 2 }] },
    ]);
  });
});
