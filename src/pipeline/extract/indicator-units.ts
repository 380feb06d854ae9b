/** Units an indicator's label states instead of its number: "(billion yuan)", "(%)",
 *  "(number)", "(10,000 kW)", "unit: 10,000 kilowatts", "(installed capacity in 10,000 kilowatts)". */
import type { UnitKind } from '../types.ts';
import { readUnit } from './quantities/units.ts';

/** A unit read from a label: display as written, kind, and factor to the kind's base unit. */
export interface LabelUnit {
  unit: string;
  kind: UnitKind;
  factor: number;
}

// Chinese scales rendered as digits (万 "10,000", 亿 "100 million") read as words.
const DIGIT_SCALES: [RegExp, string][] = [
  [/^100 million\b/i, 'hundred million'],
  [/^10,?000\b/, 'ten thousand'],
  [/^10 thousand\b/i, 'ten thousand'],
];
// Words that say the figure is a count of the label's thing.
const COUNT_WORD =
  /^(?:number|numbers|no\.?|nos\.?|units?|pcs\.?|pieces?|items?|count|individuals?|persons?|people)$/i;
// A rate of time after a unit ("per year", "/year", "a year") does not change the unit.
const PER_TIME = /\s*(?:\/\s*|per\s+|a\s+)(?:year|annum|yr)\b.*$/i;

/** The unit `text` names (the inside of a bracket or a "unit:" phrase); undefined when none. */
export function parseUnit(text: string): LabelUnit | undefined {
  const written = text
    .replace(/^\s*(?:unit|units)\s*[:：]\s*/i, '')
    .replace(/^.*\bin\s+(?=\S)/i, '')
    .replace(PER_TIME, '')
    .trim();
  if (!written || written.length > 40) return undefined;
  // "%", "% of GDP": a share.
  if (/^(?:%|percent\b|per ?cent\b)(?:\s+of\s+[\p{L} -]+)?$/iu.test(written))
    return { unit: '%', kind: 'percent', factor: 1 };
  if (COUNT_WORD.test(written)) return { unit: '', kind: 'count', factor: 1 };
  let words = written;
  for (const [re, word] of DIGIT_SCALES) words = words.replace(re, word);
  const probe = `1 ${words}`;
  const reading = readUnit(probe, 0, 1);
  const rest = probe.slice(reading.end).trim();
  if (reading.kind && rest === '') {
    // A measure of its own (kW, tonnes) is compared as written, scale and all.
    if (reading.kind === 'other') return { unit: written, kind: 'other', factor: 1 };
    if (reading.kind === 'percent') return { unit: '%', kind: 'percent', factor: 1 };
    return { unit: written, kind: reading.kind, factor: reading.factor };
  }
  // "(10,000 units)": a scaled count of what the label names.
  if (reading.scale && COUNT_WORD.test(rest))
    return { unit: '', kind: 'count', factor: reading.factor };
  // "(10,000 vehicles)", "(enterprises)": a count of a plural noun, maybe scaled.
  if (/^[a-z][a-z-]*s$/i.test(rest) && !/(?:ss|us|is)$/i.test(rest))
    return reading.scale
      ? { unit: written, kind: 'count', factor: reading.factor }
      : { unit: rest, kind: 'count', factor: 1 };
  return undefined;
}

/** The unit a label states in its last bracket, or in a "unit: …" phrase. */
export function labelUnit(label: string): LabelUnit | undefined {
  const brackets = [...label.matchAll(/[(（]([^()（）]{1,60})[)）]/g)];
  for (const m of brackets.reverse()) {
    const unit = parseUnit(m[1]);
    if (unit) return unit;
  }
  const named = /\bunits?\s*[:：]\s*([^,;:()]{1,40})/i.exec(label);
  return named ? parseUnit(named[1]) : undefined;
}

/** The label without its unit bracket: "Output value of X (billion yuan)" → "Output value of X". */
export function labelSubject(label: string): string {
  return label
    .replace(/\s*[(（][^()（）]{1,60}[)）]\s*$/, '')
    .replace(/^\s*(?:[-–•*·]|\d{1,2}[.)、])\s*/, '')
    .trim();
}
