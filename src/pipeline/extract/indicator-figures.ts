/** Figures of an indicator row or line in a unit: the cell's own unit, else the label's
 *  bracket, else the unit column, else the label line above ("Main indicators (10,000 kW):"). */
import type { Baseline, Qualifier, UnitKind } from '../types.ts';
import type { Row } from './indicator-table.ts';
import { labelSubject, labelUnit, parseUnit, type LabelUnit } from './indicator-units.ts';

/** A target figure read from a row, ready to become a Target. */
export interface Figure {
  value: number;
  valueMax?: number;
  unit: string;
  unitKind: UnitKind;
  normalised: number;
  normalisedMax?: number;
  qualifier: Qualifier;
  year?: number;
  /** The label without its unit bracket. */
  subject: string;
  /** The label and unit cell as written, for the target's scope ("(% of GDP)"). */
  context: string;
  display: string;
  baseline?: Baseline;
}

const round = (n: number) => Number(n.toPrecision(10));

// "Number of big data enterprises": the label says what is counted.
const NUMBER_OF = /^(?:the\s+)?(?:total\s+)?number\s+of\s+(.{3,80})$/i;

/** The unit a cell writes; a bare scale ("3.2 million") counts what a plural label names
 *  ("Charging piles"). */
function cellUnit(written: string, subject: string): LabelUnit | undefined {
  return (
    parseUnit(written) ??
    (/[a-z](?<!ss|us|is)s$/i.test(subject) ? parseUnit(`${written} units`) : undefined)
  );
}

/** A bare cell's figure with the unit its label or column gives ("33" → "33%", "9850" →
 *  "9850 hundred million yuan"), so it reads as an amount where it is shown alone. A count
 *  stays bare: its noun is the whole label. */
function withUnit(written: string, unit: LabelUnit | undefined): string {
  if (!unit || unit.kind === 'count' || unit.unit === '') return written;
  // The unit follows the last figure: "4 or more" → "4% or more".
  const at = written.search(/\d[^\d]*$/) + 1;
  const tail = unit.unit === '%' ? '%' : ` ${unit.unit}`;
  return `${written.slice(0, at)}${tail}${written.slice(at)}`;
}

/** The figures `row` (in `line`) sets; `above`: the unit of the label line over it;
 *  `unitless`: a table row whose label names no unit is a measure of its own (an index, a
 *  ratio: "PUE of new data centres | 1.5 | <1.3"), compared as written. */
export function rowFigures(line: string, row: Row, above?: LabelUnit, unitless = false): Figure[] {
  const subject = labelSubject(row.label);
  const counted = NUMBER_OF.exec(subject)?.[1];
  const own =
    labelUnit(row.label) ??
    (row.unit ? parseUnit(row.unit) : undefined) ??
    above ??
    (counted
      ? { unit: counted, kind: 'count' as const, factor: 1 }
      : unitless
        ? { unit: '', kind: 'other' as const, factor: 1 }
        : undefined);
  const out: Figure[] = [];
  for (const { cell, year } of row.targets) {
    // A cell that writes its unit ("35%") keeps it.
    const unit = cell.unit ? cellUnit(cell.unit, subject) : own;
    if (!unit) continue;
    // A count's unit is what the label counts ("Enterprises above designated size (number)").
    const name = unit.kind === 'count' && !unit.unit ? subject.toLowerCase() : unit.unit;
    const figure: Figure = {
      value: cell.value,
      unit: name,
      unitKind: unit.kind,
      normalised: round(cell.value * unit.factor),
      qualifier: cell.qualifier,
      subject,
      context: `${row.label} ${row.unit ?? ''}`.trim(),
      display: withUnit(line.slice(cell.start, cell.end), cell.unit ? undefined : unit),
    };
    if (cell.valueMax !== undefined) {
      figure.valueMax = cell.valueMax;
      figure.normalisedMax = round(cell.valueMax * unit.factor);
    }
    if (year) figure.year = year;
    const past = row.baseline;
    const pastUnit = past?.cell.unit ? cellUnit(past.cell.unit, subject) : unit;
    if (past && pastUnit?.kind === unit.kind) {
      const factor = pastUnit.factor;
      figure.baseline = {
        value: past.cell.value,
        unit: name,
        normalised: round(past.cell.value * factor),
        ...(past.year ? { year: past.year } : {}),
        display: withUnit(
          line.slice(past.cell.start, past.cell.end),
          past.cell.unit ? undefined : pastUnit,
        ),
      };
    }
    out.push(figure);
  }
  return out;
}
