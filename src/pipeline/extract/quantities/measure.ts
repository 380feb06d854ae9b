/** The unit kind and normalised values of a target given by value and unit alone (an editor's
 *  target: "350" and "billion yuan" → yuan, 3.5e11). */
import type { UnitKind } from '../../types.ts';
import { readUnit } from './units.ts';

type Measured = Record<string, unknown> & {
  value?: unknown;
  valueMax?: unknown;
  unit?: unknown;
  unitKind?: UnitKind;
  normalised?: number;
  normalisedMax?: number;
};

/** Sets `unitKind`, `normalised` (and `normalisedMax`) from `value`, `valueMax` and `unit`. */
export function measure(target: Measured): void {
  const unit = typeof target.unit === 'string' ? target.unit : '';
  const reading = readUnit(`1 ${unit}`, 0, 1);
  // A unit that reads as none of the known kinds is a count when it is a plural noun phrase.
  const kind: UnitKind = reading.kind ?? (/s$/i.test(unit.trim()) ? 'count' : 'other');
  const factor = reading.kind ? reading.factor : 1;
  const round = (n: number) => Number((n * factor).toPrecision(10));
  target.unitKind = kind;
  target.normalised = round(Number(target.value) || 0);
  if (typeof target.valueMax === 'number') target.normalisedMax = round(target.valueMax);
  else delete target.normalisedMax;
}
