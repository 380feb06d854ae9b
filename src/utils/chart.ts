/**
 * Geometry of the targets bar chart, computed at build time (no chart code in the browser).
 * Each row is a label line with a horizontal bar under it; bars share one scale per unit.
 */

export interface BarInput {
  id: string;
  label: string;
  value: number;
  valueLabel: string;
}

export interface BarRow {
  id: string;
  label: string; // possibly shortened to fit
  fullLabel: string;
  valueLabel: string;
  labelX: number;
  labelY: number; // text baseline
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  valueX: number; // start of the value text, after the bar
  valueY: number;
}

export interface BarChart {
  width: number;
  height: number;
  rows: BarRow[];
}

export interface ChartOptions {
  width: number;
  fontSize: number;
  barHeight: number;
  rowGap: number;
  padding: number;
}

export const DEFAULT_CHART: ChartOptions = {
  width: 640,
  fontSize: 14,
  barHeight: 16,
  rowGap: 14,
  padding: 8,
};

/** Estimated width of a text in the chart's font: 0.6 em a character is generous for sans-serif. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.6);
}

/** Cuts a label to at most `maxWidth`, ending in "…" when shortened. */
export function fitLabel(label: string, maxWidth: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= maxWidth) return label;
  const chars = [...label];
  const keep = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** Lays out bars for values of one unit: the largest value spans the room left after its label. */
export function barChart(bars: BarInput[], options: Partial<ChartOptions> = {}): BarChart {
  const o = { ...DEFAULT_CHART, ...options };
  const inner = o.width - 2 * o.padding;
  const valueRoom = Math.max(0, ...bars.map((b) => textWidth(b.valueLabel, o.fontSize))) + 8;
  const plot = Math.max(inner / 4, inner - valueRoom);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const rowHeight = o.fontSize + 4 + o.barHeight + o.rowGap;
  const rows = bars.map((bar, i): BarRow => {
    const top = o.padding + i * rowHeight;
    const value = Number.isFinite(bar.value) && bar.value > 0 ? bar.value : 0;
    // A zero or missing value still gets a sliver so its row does not look empty by mistake.
    const barWidth = max > 0 ? Math.max(2, round((value / max) * plot)) : 2;
    const barY = top + o.fontSize + 4;
    return {
      id: bar.id,
      label: fitLabel(bar.label, inner, o.fontSize),
      fullLabel: bar.label,
      valueLabel: bar.valueLabel,
      labelX: o.padding,
      labelY: top + o.fontSize,
      barX: o.padding,
      barY,
      barWidth,
      barHeight: o.barHeight,
      valueX: round(o.padding + barWidth + 6),
      valueY: round(barY + o.barHeight / 2 + o.fontSize * 0.35),
    };
  });
  const height = o.padding * 2 + Math.max(0, bars.length * rowHeight - o.rowGap);
  return { width: o.width, height, rows };
}

/** Groups items by unit, keeping the order in which units first appear. */
export function groupByUnit<T extends { unit: string }>(items: T[]): { unit: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.unit);
    if (group) group.push(item);
    else groups.set(item.unit, [item]);
  }
  return [...groups].map(([unit, grouped]) => ({ unit, items: grouped }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
