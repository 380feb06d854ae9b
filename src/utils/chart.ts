/**
 * Geometry of the targets bar chart, computed at build time (no chart code in the browser).
 * Each row is a label line with a horizontal bar under it; bars share one scale per measure
 * (scope and unit).
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
  /** The label in lines (at most `maxLines`), each line's baseline `lineHeight` below the last. */
  lines: string[];
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
  lineHeight: number; // between label lines
  rows: BarRow[];
}

export interface ChartOptions {
  width: number;
  fontSize: number;
  barHeight: number;
  rowGap: number;
  padding: number;
  /** Lines a label may wrap to before it is shortened. */
  maxLines: number;
}

export const DEFAULT_CHART: ChartOptions = {
  width: 640,
  fontSize: 14,
  barHeight: 16,
  rowGap: 14,
  padding: 8,
  maxLines: 2,
};

/** Estimated width of a text in the chart's font: 0.6 em a character is generous for sans-serif. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.6);
}

/** Wraps a label at spaces into at most `maxLines` lines of `maxWidth`; the last line may be shortened. */
export function wrapLabel(
  label: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let rest = label.trim();
  while (rest && lines.length < maxLines - 1 && textWidth(rest, fontSize) > maxWidth) {
    const words = rest.split(' ');
    let line = words.shift() ?? '';
    while (words.length > 0 && textWidth(`${line} ${words[0]}`, fontSize) <= maxWidth)
      line += ` ${words.shift()}`;
    // One word wider than the line: it goes on its own line and is shortened there.
    lines.push(fitLabel(line, maxWidth, fontSize));
    rest = words.join(' ');
  }
  if (rest) lines.push(fitLabel(rest, maxWidth, fontSize));
  return lines;
}

/** Cuts a label to at most `maxWidth`, ending in "…" when shortened. */
export function fitLabel(label: string, maxWidth: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= maxWidth) return label;
  const chars = [...label];
  const keep = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** Lays out bars for values of one unit: the largest spans the room its value text leaves. */
export function barChart(bars: BarInput[], options: Partial<ChartOptions> = {}): BarChart {
  const o = { ...DEFAULT_CHART, ...options };
  const inner = o.width - 2 * o.padding;
  const valueRoom = Math.max(0, ...bars.map((b) => textWidth(b.valueLabel, o.fontSize))) + 8;
  const plot = Math.max(inner / 4, inner - valueRoom);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const lineHeight = Math.round(o.fontSize * 1.25);
  let top = o.padding;
  const rows = bars.map((bar): BarRow => {
    const lines = wrapLabel(bar.label, inner, o.fontSize, o.maxLines);
    const value = Number.isFinite(bar.value) && bar.value > 0 ? bar.value : 0;
    // A zero or missing value still gets a sliver so its row does not look empty by mistake.
    const barWidth = max > 0 ? Math.max(2, round((value / max) * plot)) : 2;
    const labelY = top + o.fontSize;
    const barY = labelY + (lines.length - 1) * lineHeight + 4;
    top = barY + o.barHeight + o.rowGap;
    return {
      id: bar.id,
      label: lines.join(' '),
      lines,
      fullLabel: bar.label,
      valueLabel: bar.valueLabel,
      labelX: o.padding,
      labelY,
      barX: o.padding,
      barY,
      barWidth,
      barHeight: o.barHeight,
      valueX: round(o.padding + barWidth + 6),
      valueY: round(barY + o.barHeight / 2 + o.fontSize * 0.35),
    };
  });
  const height = bars.length > 0 ? top - o.rowGap + o.padding : 2 * o.padding;
  return { width: o.width, height, lineHeight, rows };
}

/** The widths a chart is laid out at: CSS shows the narrow one on a phone, the wide one else. */
export const CHART_LAYOUTS = [
  { key: 'narrow', width: 360 },
  { key: 'wide', width: 640 },
] as const;

/** `bars` laid out at each of CHART_LAYOUTS' widths. */
export function chartLayouts(
  bars: BarInput[],
): { key: (typeof CHART_LAYOUTS)[number]['key']; width: number; chart: BarChart }[] {
  return CHART_LAYOUTS.map((l) => ({ ...l, chart: barChart(bars, { width: l.width }) }));
}

/** Base unit of a kind, shown on a chart whose bars are in different written units. */
const KIND_UNITS: Record<string, string> = {
  yuan: 'yuan',
  usd: 'US dollars',
  percent: '%',
  area: 'square kilometres',
  multiple: 'times',
};

/**
 * Groups items that measure the same thing in the same kind of unit, in order of first
 * appearance: a share of GDP and an annual growth rate are both percent, 5,000 charging piles
 * and 300 billion yuan never share a scale, nor do 2 enterprises and 3 key areas. Bars compare `normalised` values (1.2 trillion and
 * 1,200 billion yuan are one length); `unit` is the written unit when all share it, else the
 * kind's base unit.
 */
export function groupByMeasure<T extends { unit: string; unitKind: string; scope: string }>(
  items: T[],
): { unit: string; unitKind: string; scope: T['scope']; items: T[] }[] {
  const groups = new Map<
    string,
    { unit: string; unitKind: string; scope: T['scope']; items: T[] }
  >();
  for (const item of items) {
    // "other" units (GW, PFLOPS) and counts (2 enterprises, 5,000 charging piles) compare only
    // within one written unit: counts of different things share no scale.
    const own = item.unitKind === 'other' || item.unitKind === 'count';
    const key = `${item.scope}\u0000${item.unitKind}\u0000${own ? item.unit : ''}`;
    const group = groups.get(key);
    if (group) {
      group.items.push(item);
      if (group.unit !== item.unit) group.unit = KIND_UNITS[item.unitKind] ?? 'number';
    } else {
      groups.set(key, {
        unit: item.unit,
        unitKind: item.unitKind,
        scope: item.scope,
        items: [item],
      });
    }
  }
  return [...groups.values()];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
