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

/** The figures `row` (in `line`) sets; `above`: the unit of the label line over it. */
export function rowFigures(line: string, row: Row, above?: LabelUnit): Figure[] {
  const subject = labelSubject(row.label);
  const own = labelUnit(row.label) ?? (row.unit ? parseUnit(row.unit) : undefined) ?? above;
  const out: Figure[] = [];
  for (const { cell, year } of row.targets) {
    // A cell that writes its unit ("35%") keeps it.
    const unit = cell.unit ? parseUnit(cell.unit) : own;
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
      display: line.slice(cell.start, cell.end),
    };
    if (cell.valueMax !== undefined) {
      figure.valueMax = cell.valueMax;
      figure.normalisedMax = round(cell.valueMax * unit.factor);
    }
    if (year) figure.year = year;
    const past = row.baseline;
    if (past && (!past.cell.unit || parseUnit(past.cell.unit)?.kind === unit.kind)) {
      const factor = past.cell.unit ? parseUnit(past.cell.unit)!.factor : unit.factor;
      figure.baseline = {
        value: past.cell.value,
        unit: name,
        normalised: round(past.cell.value * factor),
        ...(past.year ? { year: past.year } : {}),
        display: line.slice(past.cell.start, past.cell.end),
      };
    }
    out.push(figure);
  }
  return out;
}
