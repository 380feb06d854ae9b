/** Units around a number: a scale word ("billion", "hundred million"), a currency before or
 *  after it ("RMB 2 trillion", "2 trillion yuan", "US$3.1 billion"), percent, area, multiples
 *  and measures; each with its kind and the factor to the kind's base unit. */
import type { UnitKind } from '../../types.ts';

/** A unit read next to a number. */
export interface UnitReading {
  /** Offset just after the unit (or after the number when there is none). */
  end: number;
  /** Offset where a currency before the number starts (else the number's start). */
  start: number;
  /** Display unit: "%", "billion yuan", "square kilometres", "times"; "" when none was read. */
  unit: string;
  kind?: UnitKind;
  /** Multiply a value in `unit` by this to get the kind's base unit. */
  factor: number;
  /** The scale word alone ("billion"), to hand on to a range's other end. */
  scale?: string;
}

const SCALES: [string, number][] = [
  ['hundred million', 1e8],
  ['ten thousand', 1e4],
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['hundred', 1e2],
];
const SCALE = /^\s*(hundred million|ten thousand|trillion|billion|million|thousand|hundred)\b/i;

interface UnitDef {
  pattern: RegExp;
  kind: UnitKind;
  unit: string | ((written: string) => string);
  factor: number;
}

// Read in order; the first that matches wins (so "percentage points" before "%").
const AFTER: UnitDef[] = [
  {
    pattern: /^\s?(?:percentage points?|pct\.? points?)\b/i,
    kind: 'percent',
    unit: 'percentage points',
    factor: 1,
  },
  { pattern: /^\s?(?:%|percent\b|per cent\b)/i, kind: 'percent', unit: '%', factor: 1 },
  { pattern: /^\s*(?:yuan|RMB|CNY|renminbi)\b/i, kind: 'yuan', unit: 'yuan', factor: 1 },
  {
    pattern: /^\s*(?:US dollars?|U\.S\. dollars?|USD|dollars?)(?![\p{L}])/iu,
    kind: 'usd',
    unit: 'US dollars',
    factor: 1,
  },
  {
    pattern: /^\s*(?:square kilomet(?:re|er)s?|sq\.? ?km|km2|km²)(?![\p{L}])/iu,
    kind: 'area',
    unit: 'square kilometres',
    factor: 1,
  },
  { pattern: /^\s*hectares?\b/i, kind: 'area', unit: 'hectares', factor: 0.01 },
  { pattern: /^\s*mu\b/i, kind: 'area', unit: 'mu', factor: 1 / 1500 },
  {
    pattern: /^\s*(?:square met(?:re|er)s?|sq\.? ?m|m2|m²)(?![\p{L}\p{N}])/iu,
    kind: 'area',
    unit: 'square metres',
    factor: 1e-6,
  },
  // Containers are counted (twenty-foot equivalent units).
  { pattern: /^\s*TEUs?\b/, kind: 'count', unit: 'TEU', factor: 1 },
  { pattern: /^(?:\s*times\b|-?fold\b)/i, kind: 'multiple', unit: 'times', factor: 1 },
  {
    pattern:
      /^\s*(?:[GMkT]Wh?|[GMk]W|[GMKT]VA|tons?|tonnes?|[PET]FLOPS|kilomet(?:re|er)s?|km|Gbps|Mbps|Tbps|GB|TB|PB|kilowatt-hours?|kilowatts?|megawatts?|gigawatts?|cubic met(?:re|er)s?|barrels?|passengers?|person-times|visitors)(?![\p{L}])/u,
    kind: 'other',
    unit: (written) => written.trim(),
    factor: 1,
  },
];

// A scale written in digits, read only when a unit follows it ("3,100 100 million yuan").
const DIGIT_SCALE = /^ (100 million|10,000)(?=\s)/;
const UNIT_AFTER_SCALE = (def: UnitDef, text: string, at: number) =>
  def.kind !== 'percent' && def.kind !== 'multiple' && def.pattern.test(text.slice(at));

const BEFORE: [RegExp, UnitKind, string][] = [
  [/(?:RMB|CNY|RMB¥|¥|￥)\s?$/, 'yuan', 'yuan'],
  [/(?:US\$|USD|U\.S\. \$|\$)\s?$/, 'usd', 'US dollars'],
];

function scaleFactor(scale: string): number {
  return SCALES.find(([word]) => word === scale.toLowerCase())?.[1] ?? 1;
}

/** The unit of the number that spans `start`–`end` in `text`. */
export function readUnit(text: string, start: number, end: number): UnitReading {
  let at = end;
  let scale: string | undefined;
  let written: string | undefined;
  const s = SCALE.exec(text.slice(at));
  const digits = s ? undefined : DIGIT_SCALE.exec(text.slice(at));
  if (s) {
    scale = s[1].toLowerCase().replace(/\s+/g, ' ');
    at += s[0].length;
  } else if (
    digits &&
    AFTER.some((d) => d.factor && UNIT_AFTER_SCALE(d, text, at + digits[0].length))
  ) {
    // 亿 and 万 rendered as digits: "5,000 100 million yuan" is 500 billion yuan.
    scale = /^100/.test(digits[1]) ? 'hundred million' : 'ten thousand';
    written = digits[1];
    at += digits[0].length;
  }
  const factor = scale ? scaleFactor(scale) : 1;
  const prefix = scale ? `${written ?? scale} ` : '';
  const before = text.slice(Math.max(0, start - 8), start);
  for (const [pattern, kind, unit] of BEFORE) {
    const m = pattern.exec(before);
    if (!m) continue;
    // "RMB 2 trillion yuan" reads the currency once.
    const again = AFTER.find((d) => d.kind === kind)?.pattern.exec(text.slice(at));
    if (again) at += again[0].length;
    return { start: start - m[0].length, end: at, unit: prefix + unit, kind, factor, scale };
  }
  const rest = text.slice(at);
  for (const def of AFTER) {
    const m = def.pattern.exec(rest);
    if (!m) continue;
    const written = typeof def.unit === 'string' ? def.unit : def.unit(m[0]);
    // A percentage is never scaled ("20 percent"), and a scale before it is not one.
    if (def.kind === 'percent' || def.kind === 'multiple') {
      if (scale) break;
      return { start, end: at + m[0].length, unit: written, kind: def.kind, factor: 1 };
    }
    // A measure of its own (GW, tons) is compared as written: its value is its normalised value.
    const own = def.kind === 'other';
    return {
      start,
      end: at + m[0].length,
      unit: prefix + written,
      kind: def.kind,
      factor: own ? 1 : factor * def.factor,
      scale,
    };
  }
  return { start, end: at, unit: scale ?? '', factor, scale };
}

/** The same unit with `scale` applied (a range's first end takes the second end's scale). */
export function withScale(reading: UnitReading, scale: string | undefined): UnitReading {
  if (!scale || reading.scale) return reading;
  return { ...reading, scale, factor: reading.factor * scaleFactor(scale) };
}

export { scaleFactor };
