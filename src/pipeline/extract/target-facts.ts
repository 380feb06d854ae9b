/** Past figures a target starts from: facts read before it, paired by measure and words. */
import type { Baseline, Target, TargetScope, UnitKind } from '../types.ts';
import type { BlockView } from './context.ts';
import type { Quantity } from './quantities/read.ts';

/** A past figure with what it measures and the words around it. */
export interface Fact {
  q: Quantity;
  display: string;
  scope: TargetScope;
  kind: UnitKind;
  year: number;
  words: Set<string>;
  view: BlockView;
  /** What a count counts, when its subject says so ("5G base station is built 34,000"). */
  unit?: string;
}

const STOP = new Set(
  'the of and in a an to for by with industry industries scale total city province whole will reach more than over about strive'.split(
    ' ',
  ),
);
export const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );

export function baselineOf(
  b: Quantity,
  target: Quantity,
  year: number | undefined,
  display: string,
): Baseline {
  // A baseline without a unit ("from 32,000 to 80,000") takes the target's.
  const unit = b.unit || target.unit;
  const factor = b.unit ? b.normalised / b.value : target.normalised / target.value || 1;
  const out: Baseline = {
    value: b.value,
    unit,
    normalised: Number((b.value * factor).toPrecision(10)),
    display,
  };
  if (year !== undefined) out.year = year;
  return out;
}

/** Targets in every block, in document order. `heads`: the plan's title and issuer. */

/** True when `text` names a year up to `baseYear` ("in 2020", "at the end of 2019"). */
export function hasPastYear(text: string, baseYear: number): boolean {
  for (const m of text.matchAll(
    /\b(?:(?:in|at the end of|by the end of|as of|since)\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s+year\b(?!s))/gi,
  ))
    if (Number(m[1] ?? m[2]) <= baseYear) return true;
  return false;
}

/** True when a sentence opens by comparing the figure just stated with a past one ("The
 *  figure compares with", "This is up from", "That compares to"). */
export function restates(before: string): boolean {
  return /^\s*(?:the (?:figure|number|total|amount)|this|that|it) (?:compares|is up|was up|rose|is an increase) (?:with|to|from|on)\s*$/i.test(
    before,
  );
}

/** Gives the last target of `q`'s kind `q` as its baseline, when it has none; true if so. */
export function startsLast(
  targets: Target[],
  q: Quantity,
  quantities: Map<Target, Quantity>,
  year: number,
  display: string,
): boolean {
  const last = targets.findLast((t) => t.unitKind === q.unitKind);
  if (!last || last.baseline) return false;
  last.baseline = baselineOf(q, quantities.get(last)!, year, display);
  return true;
}

// The head noun of a count, singular ("stations" → "station").
const headOf = (unit: string) =>
  (/([a-z]+)\W*$/i.exec(unit)?.[1] ?? '').toLowerCase().replace(/(?:es|s)$/, '');

/** The past year a sentence opens with ("In 2020, ...", "By the end of 2020, ..."). */
export function leadYear(text: string, baseYear: number): number | undefined {
  const m = /^(?:(?:in|by the end of|at the end of|as of)\s+(\d{4})\b|(\d{4})\s+year\b(?!s))/i.exec(
    text,
  );
  const year = Number(m?.[1] ?? m?.[2]);
  return year && year <= baseYear ? year : undefined;
}

/** A target with no baseline in its sentence takes the last past figure of the same measure:
 *  in its block, else anywhere before it whose words it shares ("the scale of X reached ..."). */
export function pairFacts(
  targets: Target[],
  facts: Fact[],
  quantities: Map<Target, Quantity>,
  leadIn: (target: Target) => string = () => '',
): void {
  const used = new Set<Fact>();
  for (const target of targets) {
    // A change in percentage points starts from no level of its own.
    if (target.baseline || !target.year || target.unit === 'percentage points') continue;
    const own = words(`${target.subject} ${leadIn(target)}`);
    const fits = facts.filter(
      (f) =>
        !used.has(f) &&
        f.kind === target.unitKind &&
        f.scope === target.scope &&
        f.year < target.year!,
    );
    // A count starts only from a past count of the same thing ("34,000 base stations").
    const same = (f: Fact) =>
      f.kind !== 'count' || headOf(f.unit ?? f.q.unit) === headOf(target.unit);
    const sameBlock = fits.filter((f) => f.view.block.id === target.blockId && f.kind !== 'count');
    const shared = (f: Fact) => [...f.words].filter((w) => own.has(w)).length;
    const fact =
      sameBlock.at(-1) ??
      fits.filter((f) => shared(f) >= 2 && same(f)).sort((a, b) => shared(b) - shared(a))[0];
    if (!fact) continue;
    used.add(fact);
    const q = quantities.get(target)!;
    target.baseline = baselineOf(fact.q, q, fact.year, fact.display);
  }
}
