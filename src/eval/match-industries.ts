/** Industries matched by name, then their tiers: right, invented; and the tier labels themselves. */
import type { Gold, GoldTier } from './gold-types.ts';
import { namesAgree, scored } from './match-names.ts';
import { nameKey } from './normalise.ts';
import { oneToOne } from './one-to-one.ts';
import { share } from './score.ts';
import type { KindScore, Share, Tally } from './score-types.ts';
import type { ModelView } from './view-types.ts';

export interface IndustryScores {
  industries: KindScore;
  tierLabels: KindScore;
  tiersRight: Share;
  tierCountsRight: Share;
  tiersInvented: Tally;
}

/** Every wording of a gold tier: its label and `also`. */
const wordings = (t: GoldTier) => [t.label, ...t.also];

/** Score industries and tiers of `view` against `gold`. */
export function matchIndustries(gold: Gold, view: ModelView): IndustryScores {
  const pairs = oneToOne(gold.industries, view.industries, (g, f) =>
    namesAgree([g.name, ...g.also], f.names),
  );
  const industries = scored(
    pairs,
    gold.industries.map((i) => i.name),
    view.industries.map((i) => i.names[0] ?? ''),
  );
  // A gold industry's tier is right when the found label is one of its tier's wordings.
  const tierOf = (label: string) =>
    gold.tiers.find((t) => wordings(t).some((w) => nameKey(w) === nameKey(label)));
  let right = 0;
  const wrong: string[] = [];
  const tiered = gold.industries.filter((g) => g.tier !== undefined);
  gold.industries.forEach((g, i) => {
    if (g.tier === undefined) return;
    const f = pairs[i]! >= 0 ? view.industries[pairs[i]!]! : undefined;
    const words = wordings(tierOf(g.tier) ?? { label: g.tier, also: [], line: 0 });
    if (f?.tier !== undefined && namesAgree(words, [f.tier])) right++;
    else wrong.push(`${g.name}: ${g.tier} → ${f ? (f.tier ?? '(none)') : '(industry not found)'}`);
  });
  const goldOf = new Map(pairs.flatMap((j, i) => (j >= 0 ? [[j, gold.industries[i]!]] : [])));
  const invented = view.industries.flatMap((f, j) =>
    f.tier !== undefined && goldOf.get(j)?.tier === undefined
      ? [`${f.names[0]}: ${f.tier}${goldOf.has(j) ? '' : ' (not a gold industry)'}`]
      : [],
  );
  const labelPairs = oneToOne(gold.tiers, view.tiers, (g, f) => namesAgree(wordings(g), [f.label]));
  return {
    industries,
    tierLabels: scored(
      labelPairs,
      gold.tiers.map((t) => t.label),
      view.tiers.map((t) => t.label),
    ),
    tiersRight: share(right, tiered.length, wrong),
    tierCountsRight: tierCounts(gold, view, labelPairs),
    tiersInvented: { count: invented.length, items: invented },
  };
}

/** Of the gold tiers with a stated count, those found with the same count. */
function tierCounts(gold: Gold, view: ModelView, pairs: number[]): Share {
  const counted = gold.tiers.map((t, i) => ({ t, i })).filter(({ t }) => t.count !== undefined);
  const wrong = counted.flatMap(({ t, i }) => {
    const f = pairs[i]! >= 0 ? view.tiers[pairs[i]!] : undefined;
    if (f?.count === t.count) return [];
    return [`${t.label}: count ${t.count} → ${f ? (f.count ?? '(none)') : '(tier not found)'}`];
  });
  return share(counted.length - wrong.length, counted.length, wrong);
}
