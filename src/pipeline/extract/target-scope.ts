/** What a target measures (its scope): a share of GDP, a growth rate, added value, output
 *  value, revenue, investment, a count of things the plan builds or cultivates, or other; read
 *  from the words before the number, then after it, then earlier in its sentence. */
import type { TargetScope, UnitKind } from '../types.ts';

/** Words around a quantity beyond its clause. */
export interface Around {
  /** The sentence up to the number. */
  sentenceBefore?: string;
  /** The sentence after the quantity. */
  after?: string;
}

const MONEY_SCOPES: [TargetScope, RegExp][] = [
  ['investment', /\binvest(?:ment|ed|ing|s)?\b|\bfunds?\b/gi],
  ['revenue', /\b(?:revenue|income|turnover)\b/gi],
  ['added-value', /\b(?:added value|value added|value-added)\b/gi],
  ['output-value', /\boutput\b/gi],
];
const GDP = /\bGDP\b|\bGRP\b|gross (?:domestic|regional) product/i;
// A rate per year; "rise by 15% compared with 2020" is a change over the period, not a rate.
const GROWTH =
  /\b(?:annual(?:ly)?|a year|per year|per annum|year[- ]on[- ]year|growth rate|average growth|(?:grow(?:s|th|ing)?|increas(?:e[sd]?|ing)|ris(?:e|es|ing)) at|growth (?:of )?(?:more than |over |about |above )?$)/i;
// The measure named after an amount: "300 billion yuan in output value", "2 billion yuan of
// special funds".
const MEASURE_AFTER =
  /^\s*(?:in|of|for)\s+(?:(?:annual|total|operating|special|industrial|main business)\s+){0,2}(revenue|income|turnover|output value|added value|value added|investment|funds?)\b/i;
// What a place produces, handles or receives: a flow counted in units, not things the plan
// builds or cultivates ("annual output of new energy vehicles will exceed 1 million").
const FLOW_BEFORE =
  /\b(?:output|production)\b(?!\s+(?:value|lines?|bases?))|\bproduc(?:e|es|ed|ing)\b|\bthroughput\b|\bsales volume\b|\breceiv(?:e|es|ing)\b/i;
const FLOW_AFTER = /^\s*(?:a|per|each) year\b|^\s*annually\b/i;
const BUILT = /\b(?:build|built|cultivat|foster|set up|establish|add|creat|form|have|develop)/i;

/** The scope of a quantity of `kind` from its clause (`before`: the clause up to the number)
 *  and, where the clause does not say, the words `around` it. */
export function scopeOf(
  kind: UnitKind,
  clause: string,
  before: string,
  around: Around = {},
): TargetScope {
  const after = around.after ?? '';
  if (kind === 'count') {
    const flow = FLOW_BEFORE.test(before) || (FLOW_AFTER.test(after) && !BUILT.test(before));
    return flow ? 'other' : 'count';
  }
  if (kind === 'percent') {
    if (GDP.test(clause)) return 'share-of-gdp';
    if (GROWTH.test(clause) || /\bgrowth\b[^,;]*$/i.test(before)) return 'growth-rate';
    return 'other';
  }
  if (kind === 'multiple') return multipleScope(before, around);
  if (kind !== 'yuan' && kind !== 'usd') return 'other';
  // The keyword nearest before the number names the measure ("revenue of ... will reach"),
  // else one right after it.
  const named = MEASURE_AFTER.exec(after)?.[1];
  return nearest(before) ?? (named ? nearest(named) : undefined) ?? 'other';
}

/** The scope whose keyword stands last in `text`. For what doubles (`multiple`), "the number
 *  of" is a count and a bare "output" (of vehicles, say) no output value. */
function nearest(text: string, multiple = false): TargetScope | undefined {
  let best: { scope: TargetScope; at: number } | undefined;
  for (const [scope, re] of MONEY_SCOPES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (scope === 'output-value' && multiple && !/^output value/i.test(text.slice(m.index)))
        continue;
      if (!best || m.index > best.at) best = { scope, at: m.index };
    }
  }
  const count = multiple ? [...text.matchAll(/\bnumber of\b/gi)].at(-1) : undefined;
  if (count && (!best || count.index > best.at)) return 'count';
  return best?.scope;
}

/** What doubles: the measure it names ("double the revenue of X"), else the one its sentence
 *  stated last ("output value will reach 120 billion yuan, roughly double that of 2020", "the
 *  number of X will double"); a bare "output" may count vehicles, not yuan. */
function multipleScope(before: string, around: Around): TargetScope {
  const doubled = /^[^,;.]{0,80}/.exec(around.after ?? '')?.[0] ?? '';
  return nearest(doubled, true) ?? nearest(around.sentenceBefore ?? before, true) ?? 'other';
}

/** True when a figure without a measure of its own takes the one of the figure before it in
 *  its sentence ("A will achieve revenue of 1.5 trillion yuan, and B will exceed 1.2
 *  trillion"; "rise by 4 percentage points, to no less than 9 per cent"). `own`: its subject. */
export function carriesScope(kind: UnitKind, own: string | undefined, last: TargetScope): boolean {
  if (last === 'other' || last === 'count' || last === 'growth-rate') return false;
  if (kind === 'percent') return own === undefined && last === 'share-of-gdp';
  if (kind !== 'yuan' && kind !== 'usd') return false;
  return own === undefined || !OWN_MEASURE.test(own);
}

// A subject that is a measure of its own ("exports", "tax revenue"): its figure is no other's.
const OWN_MEASURE =
  /\b(?:exports?|imports?|sales|tax(?:es)?|profits?|scale|spending|expenditures?|assets|financing|consumption|volume|capacity|funds?|investment|value|output|revenue|income|size|market)\b/i;

/** "that share is expected to climb to 30 per cent": the share a figure before it spoke of. */
export const ANAPHORIC_SHARE = /\b(?:that|this|the same|its|their) (?:share|proportion|ratio)\b/i;
