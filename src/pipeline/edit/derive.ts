/**
 * Fields worked out from others, after an edit: a target's unit kind and normalised values follow
 * its value and unit (read as the extractor reads units), unless the editor set them.
 */
import { readUnit } from '../extract/quantities/units.ts';
import type { UnitKind } from '../types.ts';

type Fact = Record<string, unknown>;

/** Multiply, keeping ten significant digits (1.2 × 1e12 is 1.2e12, not 1200000000000.0002). */
const times = (value: number, factor: number) => Number((value * factor).toPrecision(10));

/** The kind and base-unit factor of a written unit: "billion yuan" → yuan × 1e9. */
export function unitOf(unit: string): { kind: UnitKind; factor: number } {
  const reading = readUnit(`1 ${unit}`, 0, 1);
  const whole = reading.end >= unit.length + 2;
  if (reading.kind && whole) return { kind: reading.kind, factor: reading.factor };
  // A noun the unit reader does not know ("charging piles"): a count of things.
  return unit.trim() === '' ? { kind: 'other', factor: 1 } : { kind: 'count', factor: 1 };
}

/** Bring a target's derived fields in step with the fields an edit set (`set`). */
export function deriveTarget(target: Fact, set: readonly string[]): void {
  const touched = ['value', 'valueMax', 'unit'].some((key) => set.includes(key));
  if (!touched) return;
  const { kind, factor } = unitOf(String(target.unit ?? ''));
  if (!set.includes('unitKind')) target.unitKind = kind;
  if (!set.includes('normalised') && typeof target.value === 'number')
    target.normalised = times(target.value, factor);
  if (!set.includes('normalisedMax')) {
    if (typeof target.valueMax === 'number') target.normalisedMax = times(target.valueMax, factor);
    else delete target.normalisedMax;
  }
}
