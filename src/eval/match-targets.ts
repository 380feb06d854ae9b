/** Targets: kind, norm (and normMax) and year agree, one to one in document order; then baselines, qualifiers, scopes. */
import type { Gold, GoldTarget } from './gold-types.ts';
import { scored } from './match-names.ts';
import { oneToOne } from './one-to-one.ts';
import { share } from './score.ts';
import type { KindScore, Share } from './score-types.ts';
import { near } from './units.ts';
import type { ModelView, ViewTarget } from './view-types.ts';

export interface TargetScores {
  targets: KindScore;
  baselinesPaired: Share;
  qualifiersRight: Share;
  scopesRight: Share;
}

const fig = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
const range = (norm: number, max?: number) =>
  max === undefined ? fig(norm) : `${fig(norm)}–${fig(max)}`;

/** A gold target in one short line: "about 10% [percent 10, 2025]". */
export const goldLine = (t: GoldTarget) =>
  `"${t.text}" [${t.kind} ${range(t.norm, t.normMax)}, ${t.year ?? 'no year'}]`;
/** A found target in one short line. */
export const foundLine = (t: ViewTarget) =>
  `"${t.display}" [${t.kind} ${range(t.norm, t.normMax)}, ${t.year ?? 'no year'}]`;

/** Kind, value (and max) and year agree; `other` has no base unit, so its written value also counts. */
export function targetsAgree(g: GoldTarget, f: ViewTarget): boolean {
  if (g.kind !== f.kind || g.year !== f.year) return false;
  if (near(g.norm, f.norm) && near(g.normMax, f.normMax)) return true;
  return g.kind === 'other' && near(g.value, f.value) && near(g.max, f.max);
}

/** Gold labels; a missed target found with the same kind and value but another year or max says so. */
function missLabels(gold: Gold, view: ModelView, pairs: number[]): string[] {
  const labels = gold.targets.map(goldLine);
  const used = new Set(pairs);
  const freeGold = gold.targets.flatMap((g, i) => (pairs[i] === -1 ? [i] : []));
  const freeFound = view.targets.flatMap((f, j) => (used.has(j) ? [] : [j]));
  const close = oneToOne(
    freeGold.map((i) => gold.targets[i]!),
    freeFound.map((j) => view.targets[j]!),
    (g, f) => g.kind === f.kind && (near(g.norm, f.norm) || near(g.value, f.value)),
  );
  close.forEach((k, n) => {
    if (k >= 0) labels[freeGold[n]!] += ` (found as ${foundLine(view.targets[freeFound[k]!]!)})`;
  });
  return labels;
}

export function matchTargets(gold: Gold, view: ModelView): TargetScores {
  const pairs = oneToOne(gold.targets, view.targets, targetsAgree);
  const matched = gold.targets.flatMap((g, i) =>
    pairs[i]! >= 0 ? [{ g, f: view.targets[pairs[i]!]! }] : [],
  );
  // Baselines: of all gold targets with one, those found with the same norm and year.
  const based = gold.targets.map((g, i) => ({ g, i })).filter(({ g }) => g.baseline);
  const unpaired = based.filter(({ g, i }) => {
    const f = pairs[i]! >= 0 ? view.targets[pairs[i]!] : undefined;
    const b = f?.baseline;
    if (!b || b.year !== g.baseline!.year) return true;
    // As for targets, a baseline of kind `other` may agree on its written value.
    const same =
      near(b.norm, g.baseline!.norm) || (g.kind === 'other' && near(b.value, g.baseline!.value));
    return !same;
  });
  const attribute = (key: 'qualifier' | 'scope'): Share => {
    const judged = matched.filter(({ g }) => g[key] !== undefined);
    const wrong = judged.filter(({ g, f }) => f[key] !== g[key]);
    return share(
      judged.length - wrong.length,
      judged.length,
      wrong.map(({ g, f }) => `"${g.text}": ${g[key]} → ${f[key] ?? '(none)'}`),
    );
  };
  return {
    targets: scored(pairs, missLabels(gold, view, pairs), view.targets.map(foundLine)),
    baselinesPaired: share(
      based.length - unpaired.length,
      based.length,
      unpaired.map(({ g, i }) => {
        const f = pairs[i]! >= 0 ? view.targets[pairs[i]!] : undefined;
        const b = g.baseline!;
        const got = !f
          ? 'target not found'
          : f.baseline
            ? `${fig(f.baseline.norm)} (${f.baseline.year ?? 'no year'})`
            : 'none';
        return `"${g.text}": baseline ${fig(b.norm)} (${b.year ?? 'no year'}) → ${got}`;
      }),
    ),
    qualifiersRight: attribute('qualifier'),
    scopesRight: attribute('scope'),
  };
}
