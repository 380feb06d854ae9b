/** Quantities in a sentence: numbers with their unit, range ("15-20%", "five to eight parks",
 *  "between 3 and 5 percent"), shared unit ("12 and 30 billion yuan"), qualifier ("more than",
 *  "up to", "or above") and normalised value; years, names and sizes are left out. */
import type { Qualifier, UnitKind } from '../../types.ts';
import { numberAtoms, type NumberAtom } from './numbers.ts';
import { countNoun, tag, type Token } from './counts.ts';
import { readUnit, withScale, type UnitReading } from './units.ts';

/** A number with its unit as the sentence states it. */
export interface Quantity {
  /** Where its words start (qualifier and currency included) and end. */
  start: number;
  numberStart: number;
  end: number;
  value: number;
  valueMax?: number;
  /** "" when the sentence gives no unit ("50, up from 18"): the caller may find one. */
  unit: string;
  unitKind?: UnitKind;
  normalised: number;
  normalisedMax?: number;
  qualifier: Qualifier;
  /** Inside brackets right after another quantity ("($3.1 billion)", "(2020: 35.4%)"). */
  bracket?: { text: string; label?: string };
  form: NumberAtom['form'];
}

const QUALIFIERS: [Qualifier, RegExp][] = [
  [
    'at-least',
    /\b(?:at least|not less than|no less than|not lower than|no lower than|not fewer than|no fewer than|a minimum of)\s*$/i,
  ],
  [
    'at-most',
    /\b(?:up to|at most|not more than|no more than|not exceeding|not to exceed|not higher than|less than|below|under|within|a maximum of)\s*$/i,
  ],
  ['about', /\b(?:about|around|approximately|roughly|nearly|close to|some)\s*$/i],
  [
    'exceed',
    /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|in excess of|break(?:s|ing)? through|top(?:s|ping)?)\s*$/i,
  ],
  ['more-than', /\b(?:more than|over|above|greater than|higher than|beyond)\s*$/i],
];
const AFTER_QUALIFIERS: [Qualifier, RegExp][] = [
  // "5 or more", not "5 parks and more than 3 bases".
  ['at-least', /^\s*(?:or|and) (?:more|above|over|higher)\b(?!\s+than\b)/i],
  // Machine translation keeps the Chinese order: "5 GW above", "10% above".
  ['more-than', /^\s*(?:above|over)(?=\s*(?:[,;.)]|$))/i],
  ['at-most', /^\s*(?:or|and) (?:less|below|fewer|lower|under)\b(?!\s+than\b)/i],
  // "7% around", "7% or so".
  ['about', /^\s*(?:around|about|or so)(?=\s*(?:[,;.)]|$))/i],
];
// How far back a number's context is read (keeps a pathological long line linear).
const WINDOW = 200;
const RANGE = /^\s*(?:-|–|—|~|to)\s*$/i;
const BETWEEN = /\bbetween\s*$/i;
const AND = /^\s*(?:and|or|,)\s*$/i;

function qualifierBefore(text: string, at: number): { qualifier: Qualifier; start: number } {
  const before = text.slice(Math.max(0, at - 30), at);
  for (const [qualifier, re] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { qualifier, start: at - (before.length - m.index) };
  }
  return { qualifier: 'exactly', start: at };
}

function isYear(atom: NumberAtom, text: string, unit: UnitReading): boolean {
  return (
    atom.form === 'digits' &&
    !unit.unit &&
    atom.value >= 1900 &&
    atom.value <= 2100 &&
    /^\d{4}$/.test(text.slice(atom.start, atom.end))
  );
}

/** Units the sentence gives nothing but a plural noun for, and fractions and multiples. */
function implicitUnit(
  atom: NumberAtom,
  reading: UnitReading,
): Pick<UnitReading, 'unit' | 'kind' | 'factor'> | undefined {
  if (atom.form === 'fraction') return { unit: '%', kind: 'percent', factor: 1 };
  if (atom.form === 'multiple') return { unit: 'times', kind: 'multiple', factor: 1 };
  return reading.kind ? reading : undefined;
}

/** Every quantity in `text`, in order. `countUnits` adds nouns that make a count; without
 *  `counts`, no part-of-speech tagging is done and bare numbers stay without a unit. */
export function readQuantities(text: string, countUnits?: RegExp, counts = true): Quantity[] {
  const atoms = numberAtoms(text);
  if (atoms.length === 0) return [];
  const readings = atoms.map((a) => readUnit(text, a.start, a.end));
  let tokens: Token[] | undefined;
  const out: Quantity[] = [];
  let consumed = 0;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i];
    let reading = readings[i];
    // "8 ten thousand yuan": "ten" is part of the scale already read.
    if (atom.start < consumed) continue;
    consumed = reading.end;
    if (isYear(atom, text, reading)) continue;
    let max: { atom: NumberAtom; reading: UnitReading } | undefined;
    const next = atoms[i + 1];
    const gap = next ? text.slice(reading.end, next.start) : '';
    const nextReading = next ? readings[i + 1] : undefined;
    const between = BETWEEN.test(text.slice(Math.max(0, reading.start - 12), reading.start));
    const joins = next && (RANGE.test(gap) || (between && /^\s*and\s*$/i.test(gap)));
    const sameKind =
      !reading.kind ||
      (nextReading?.kind === reading.kind && !reading.scale === !nextReading.scale);
    // A range: both ends share the second end's unit ("2 to 3 billion yuan", "15%-20%").
    if (
      joins &&
      sameKind &&
      !/\bfrom\s+(?:\S+\s+){0,2}$/i.test(
        text.slice(Math.max(0, reading.start - WINDOW), reading.start),
      )
    ) {
      max = { atom: next, reading: nextReading! };
      if (!reading.kind)
        reading = {
          ...withScale(nextReading!, reading.scale),
          start: reading.start,
          end: reading.end,
        };
      i++;
    } else if (next && !reading.kind && !reading.scale && AND.test(gap) && nextReading?.kind) {
      // "12 and 30 billion yuan": the unit distributes.
      reading = { ...nextReading, start: reading.start, end: reading.end };
    }
    const last = max ? max.reading : readings[i];
    consumed = last.end;
    let end = max ? max.reading.end : readings[i].end;
    let unit = implicitUnit(atom, reading);
    // Only a word can follow a count ("5 parks", "five \"little giant\" firms").
    const word = /^\s*["“]?\p{L}/u.test(text.slice(end, end + 4));
    if (!unit && counts && word && atom.form !== 'fraction') {
      tokens ??= tag(text);
      const q = qualifierBefore(text, reading.start);
      const noun = countNoun(text, tokens, q.start, end, countUnits, atom.value * reading.factor);
      if (noun) {
        unit = { unit: noun, kind: 'count', factor: reading.factor };
        end = text.indexOf(noun.split(' ').at(-1)!, end) + noun.split(' ').at(-1)!.length;
      }
    }
    // A word number or a bare number with neither unit nor noun is no quantity ("two-wheel").
    if (!unit && atom.form !== 'digits') continue;
    const { qualifier: before, start } = qualifierBefore(text, reading.start);
    const numberEnd = max ? max.reading.end : readings[i].end;
    // "12 or more hubs": the qualifier stands between the number and its noun.
    const inner =
      end > numberEnd
        ? AFTER_QUALIFIERS.find(([, re]) => re.test(text.slice(numberEnd)))
        : undefined;
    const after = inner ? undefined : AFTER_QUALIFIERS.find(([, re]) => re.test(text.slice(end)));
    const factor = unit?.factor ?? last.factor;
    // "half" is 50%.
    const value = atom.form === 'fraction' ? round(atom.value * 100) : atom.value;
    const quantity: Quantity = {
      start,
      numberStart: reading.start,
      end: after ? end + after[1].exec(text.slice(end))![0].length : end,
      value,
      unit: unit?.unit ?? reading.unit,
      normalised: round(value * factor),
      qualifier: inner?.[0] ?? after?.[0] ?? before,
      form: atom.form,
    };
    if (unit?.kind) quantity.unitKind = unit.kind;
    if (max) {
      quantity.valueMax = max.atom.value;
      quantity.normalisedMax = round(max.atom.value * (unit?.factor ?? max.reading.factor));
    }
    const from = Math.max(0, reading.start - WINDOW);
    const open = /[(（]([^()（）]*)$/.exec(text.slice(from, reading.start));
    if (open) {
      quantity.bracket = { text: bracketText(text, from + open.index) };
      const label = /^\s*(\d{4})\s*[:：]/.exec(open[1]);
      if (label) quantity.bracket.label = label[1];
    }
    out.push(quantity);
  }
  return out;
}

function bracketText(text: string, open: number): string {
  const close = text.slice(open).search(/[)）]/) + open;
  return text.slice(open + 1, close < open ? text.length : close).trim();
}

/** Rounded to 10 significant digits, so 1.2 × 10^12 and 1,200 × 10^9 are the same number. */
function round(n: number): number {
  return Number(n.toPrecision(10));
}
