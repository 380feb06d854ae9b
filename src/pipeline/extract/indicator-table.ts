/** Key-indicator tables flattened to text lines: a header ("Indicator | 2020 | 2025 target",
 *  tab- or space-separated too) whose years decide which columns are baselines and which
 *  targets, then one row per indicator with its unit in the label ("Output value (billion
 *  yuan) | 120 | 300"); and indicator lines ("wind power: 8,900 (2020: 3,786)"). */
import type { Qualifier } from '../types.ts';
import { readQuantities } from './quantities/read.ts';

export type ColumnRole = 'label' | 'baseline' | 'target' | 'unit' | 'skip';

export interface Column {
  role: ColumnRole;
  year?: number;
}

export interface TableHeader {
  /** How cells are separated; 'space' reads rows from their end. */
  sep: 'pipe' | 'tab' | 'spaces' | 'space';
  columns: Column[];
}

/** A figure of a row or line, with where its cell starts and ends in the line. */
export interface Cell {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  /** A unit the cell writes itself ("35%"). */
  unit?: string;
  start: number;
  end: number;
}

export interface Row {
  label: string;
  /** Text of a unit column, when the table has one. */
  unit?: string;
  targets: { cell: Cell; year?: number }[];
  baseline?: { cell: Cell; year?: number };
}

const SKIP = /^(?:no\.?|serial(?: no\.?)?|#|attributes?|type|nature|category|remarks?|notes?)$/i;
const SKIP_WORD =
  /^(?:expected|binding|obligatory|anticipatory|predictive|guiding|restrictive|constraint|constrained)$/i;
const TARGET_WORD = /\b(?:targets?|goals?|planned|expected|objectives?)\b/i;
const BASE_WORD = /\b(?:base(?:line)?|current|actual|existing)\b/i;
const LABEL_HEAD = /^(?:key |main |major )?(?:indicators?|items?|index|indices|names?|metrics?)$/i;
const YEAR = /\b((?:19|20)\d\d)\b/;
const MAX_LINE = 300;

function split(line: string): { sep: TableHeader['sep']; cells: string[] } {
  if (line.includes('|'))
    return {
      sep: 'pipe',
      cells: line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split('|')
        .map((c) => c.trim()),
    };
  if (line.includes('\t')) return { sep: 'tab', cells: line.split('\t').map((c) => c.trim()) };
  if (/\S {2,}\S/.test(line)) return { sep: 'spaces', cells: line.trim().split(/ {2,}/) };
  return { sep: 'space', cells: [] };
}

function columnOf(cell: string, baseYear: number, periodEnd?: number): Column | undefined {
  if (SKIP.test(cell) || SKIP_WORD.test(cell)) return { role: 'skip' };
  if (/^units?$/i.test(cell)) return { role: 'unit' };
  const year = Number(YEAR.exec(cell)?.[1]) || undefined;
  const rest = cell.replace(YEAR, '').replace(/[()（）\s]+/g, ' ');
  if (rest.trim().length > 24) return undefined;
  if (TARGET_WORD.test(rest) || (year !== undefined && year > baseYear)) {
    const due = year ?? periodEnd;
    return { role: 'target', ...(due ? { year: due } : {}) };
  }
  if (year !== undefined || BASE_WORD.test(rest))
    return { role: 'baseline', year: year ?? baseYear };
  return undefined;
}

/** The header of an indicator table, or undefined when `line` is none. `baseYear`: the last
 *  year before the plan; `periodEnd`: the year a "target" column without a year is due. */
export function readHeader(
  line: string,
  baseYear: number,
  periodEnd?: number,
): TableHeader | undefined {
  if (line.length > MAX_LINE) return undefined;
  let { sep, cells } = split(line);
  if (sep === 'space') {
    // "Indicator 2020 2025 Attribute": a label word, then years and role words.
    const m = /^((?:key |main |major )?(?:indicators?|items?|index))\s+((?:\S+\s*){2,8})$/i.exec(
      line.trim(),
    );
    if (!m) return undefined;
    cells = [m[1]];
    for (const word of m[2].trim().split(/\s+/)) {
      // "2025 target": a role word after a year belongs to it.
      if (
        !YEAR.test(word) &&
        cells.length > 1 &&
        YEAR.test(cells.at(-1)!) &&
        TARGET_WORD.test(word)
      )
        cells[cells.length - 1] += ` ${word}`;
      else cells.push(word);
    }
  }
  if (cells.length < 3 || cells.some((c) => c.length > 40)) return undefined;
  const columns: Column[] = [];
  let label = false;
  for (const cell of cells) {
    const column = columnOf(cell, baseYear, periodEnd);
    if (column) columns.push(column);
    else if (/\d/.test(cell)) return undefined;
    else if (!label) {
      label = true;
      columns.push({ role: 'label' });
      // Another worded column ("Average annual growth") is not read.
    } else columns.push({ role: 'skip' });
  }
  if (!label || !columns.some((c) => c.role === 'target')) return undefined;
  if (sep === 'space' && !LABEL_HEAD.test(cells[0])) return undefined;
  return { sep, columns };
}

/** The figure a cell writes ("300", "5 or more", "≥5", "35%"), undefined when none. */
export function readCell(text: string, offset = 0): Cell | undefined {
  // "[21.5]": a bracketed figure is a past period's average, read as written.
  const trimmed = text.replace(/^[\s*]+|\s+$/g, '').replace(/^\[\s*([^\[\]]+?)\s*\]$/, '$1');
  if (!/^[≥>≤<~约]?\s*(?:about |around |over |more than |at least |above )?\d/i.test(trimmed))
    return undefined;
  const start = offset + text.indexOf(trimmed);
  const sign = /^([≥>≤<~])\s*/.exec(trimmed);
  const body = sign ? trimmed.slice(sign[0].length) : trimmed;
  const qs = readQuantities(body, undefined, false);
  // One figure (or one range), and nothing after it but its qualifier or a bracket.
  if (qs.length !== 1 || qs[0].start !== 0 || !/^\s*(?:[(（].*)?$/.test(body.slice(qs[0].end)))
    return undefined;
  const q = qs[0];
  const signed: Record<string, Qualifier> = {
    '≥': 'at-least',
    '>': 'more-than',
    '≤': 'at-most',
    '<': 'at-most',
    '~': 'about',
  };
  return {
    value: q.value,
    ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
    qualifier: sign ? signed[sign[1]] : q.qualifier,
    ...(q.unit ? { unit: q.unit } : {}),
    start,
    end: start + (sign ? sign[0].length : 0) + q.end,
  };
}

/** Cells of a row with their offsets in `line`. */
function cellsOf(line: string, header: TableHeader): { text: string; start: number }[] | undefined {
  if (header.sep === 'space') return spaceCells(line, header);
  const re = header.sep === 'pipe' ? /\|/g : header.sep === 'tab' ? /\t/g : / {2,}/g;
  const out: { text: string; start: number }[] = [];
  let at = 0;
  const body = header.sep === 'pipe' ? line.replace(/\|\s*$/, '') : line.replace(/\s+$/, '');
  const first = header.sep === 'pipe' && /^\s*\|/.test(body) ? body.indexOf('|') + 1 : 0;
  at = first;
  for (const m of body.slice(first).matchAll(re)) {
    out.push({ text: body.slice(at, first + m.index!), start: at });
    at = first + m.index! + m[0].length;
  }
  out.push({ text: body.slice(at), start: at });
  return out;
}

/** A space-separated row read from its end: skip words, then one figure per figure column. */
function spaceCells(
  line: string,
  header: TableHeader,
): { text: string; start: number }[] | undefined {
  const cells: { text: string; start: number }[] = [];
  let rest = line.replace(/\s+$/, '');
  for (let i = header.columns.length - 1; i > 0; i--) {
    const role = header.columns[i].role;
    const re =
      role === 'skip'
        ? /\s+(\p{L}+)$/u
        : /\s+([≥>≤<~]?\d[\d,]*(?:\.\d+)?%?(?:\s+or\s+(?:more|above))?)$/i;
    const m = re.exec(rest);
    if (!m || role === 'unit') return undefined;
    cells.unshift({ text: m[1], start: m.index + m[0].length - m[1].length });
    rest = rest.slice(0, m.index);
  }
  if (header.columns[0].role !== 'label' || !/\p{L}/u.test(rest)) return undefined;
  cells.unshift({ text: rest, start: 0 });
  return cells;
}

/** A row of the table `header` opens, or undefined when `line` is none (the table has ended). */
export function readRow(line: string, header: TableHeader): Row | undefined {
  if (line.length > MAX_LINE) return undefined;
  const cells = cellsOf(line, header);
  if (!cells || cells.length !== header.columns.length) return undefined;
  const row: Row = { label: '', targets: [] };
  for (let i = 0; i < cells.length; i++) {
    const { role, year } = header.columns[i];
    const { text, start } = cells[i];
    if (role === 'label') row.label = text.trim();
    else if (role === 'unit') row.unit = text.trim();
    else if (role === 'target' || role === 'baseline') {
      const cell = readCell(text, start);
      if (!cell) continue;
      if (role === 'target') row.targets.push({ cell, ...(year ? { year } : {}) });
      // The latest past column is the baseline.
      else if (!row.baseline || (year ?? 0) >= (row.baseline.year ?? 0))
        row.baseline = { cell, ...(year ? { year } : {}) };
    }
  }
  // A row may leave its cells blank ("—"); a space-separated one has figures by construction.
  if (!/\p{L}/u.test(row.label)) return undefined;
  return row;
}

/** A rule line of a table ("| --- | ---: |", "+----+----+"): neither header nor row. */
export function isTableRule(line: string): boolean {
  return line.length < MAX_LINE && /^[\s|:+=-]*-{3,}[\s|:+=-]*$/.test(line);
}

/** "wind power installed capacity: 8,900 (2020: 3,786)": a label, a bare figure, maybe a
 *  bracketed past figure. Undefined when the line is none or its figure has a unit of its own. */
export function readIndicatorLine(line: string): Row | undefined {
  if (line.length > MAX_LINE) return undefined;
  const m =
    /^([^:：]{3,150})[:：]\s*([^()（）]+?)\s*(?:[(（]\s*((?:19|20)\d\d)\s*[:：]\s*([^()（）]+?)\s*[)）])?\s*[.;。；]?\s*$/.exec(
      line,
    );
  if (!m) return undefined;
  const valueAt = m.index + m[0].indexOf(m[2], m[1].length + 1);
  const cell = readCell(m[2], valueAt);
  if (!cell || cell.unit) return undefined;
  const row: Row = { label: m[1].trim(), targets: [{ cell }] };
  if (m[3]) {
    const at = line.lastIndexOf(m[4]);
    const past = readCell(m[4], at);
    if (past) row.baseline = { cell: past, year: Number(m[3]) };
  }
  return row;
}

// "120 (2022)", "120 in 2022", "300 by 2025": a figure and the year it is for.
const DATED = String.raw`([^()（）→]+?)\s*(?:[(（]\s*((?:19|20)\d\d)(?:\s*(?:target|goal|expected|planned))?\s*[)）]|\b(?:in|by)\s+((?:19|20)\d\d))`;
const ARROW = new RegExp(
  String.raw`^([^:：]{3,150})[:：]\s*${DATED}\s*(?:→|->|—>|=>|➝|⟶)\s*${DATED}\s*[.;。；]?\s*$`,
  'u',
);

/** A figure with the unit it writes, when the figure's text is no bare cell
 *  ("1,500 enterprises": the noun is the unit). */
function datedCell(text: string, offset: number): Cell | undefined {
  const bare = readCell(text, offset);
  if (bare) return bare;
  const m = /^(\s*[≥>≤<~]?\s*[\d.,]+)\s+(\p{L}[\p{L} -]{1,40})$/u.exec(text);
  const cell = m ? readCell(m[1], offset) : undefined;
  return cell && !cell.unit ? { ...cell, unit: m![2].trim() } : undefined;
}

/** "Output value (billion yuan): 120 (2022) → 300 (2025)": a label, a past figure and the
 *  figure due, each with its year; undefined when the line is none. */
export function readArrowLine(line: string): Row | undefined {
  if (line.length > MAX_LINE || !/→|->|=>|➝|⟶/.test(line)) return undefined;
  const m = ARROW.exec(line);
  if (!m) return undefined;
  const [, label, from, y1a, y1b, to, y2a, y2b] = m;
  const fromAt = line.indexOf(from, label.length);
  const toAt = line.indexOf(to, fromAt + from.length);
  const past = datedCell(from, fromAt);
  const due = datedCell(to, toAt);
  const pastYear = Number(y1a ?? y1b);
  const dueYear = Number(y2a ?? y2b);
  if (!past || !due || dueYear <= pastYear) return undefined;
  return {
    label: label.trim(),
    targets: [{ cell: due, year: dueYear }],
    baseline: { cell: past, year: pastYear },
  };
}
