/** Names the lists give as industries that are none of the plan's: a place the places step
 *  found ("... in Wujin; A and B will be upgraded"), and the plan's own subject (the industry its
 *  title names: the whole plan is about it, it is not one of its industries). */
import type { Industry, Place, TierGroup } from '../types.ts';
import { singular } from './heads.ts';
import { HEADS } from './place-names.ts';
import { capitalise, normaliseName } from './text.ts';

/** `industries` and `tiers` without places and the plan's subject. An industry the text puts in
 *  one of its categories stays: it is one industry among the others there. */
export function withoutNonIndustries(
  industries: Industry[],
  tiers: TierGroup[],
  places: Place[],
  title: string,
): { industries: Industry[]; tiers: TierGroup[] } {
  // "Wujin" for "Wujin District": a proper name is also a place without its type word (not
  // "artificial intelligence" of "artificial intelligence island").
  const placeNames = new Set(
    places
      .flatMap((place) => [place.name, ...place.variants])
      .flatMap((name) => {
        const last = name.trim().split(/\s+/);
        const type =
          last.length > 1 &&
          HEADS.has(capitalise(last.at(-1)!.toLowerCase())) &&
          last.slice(0, -1).every((word) => /^\p{Lu}/u.test(word));
        return type ? [name, last.slice(0, -1).join(' ')] : [name];
      })
      .map(normaliseName),
  );
  const heading = ` ${words(title)} `;
  const subject = (industry: Industry) =>
    industry.tier === undefined &&
    [industry.name, ...industry.variants].some((name) => {
      const key = words(name);
      return key !== '' && heading.includes(` ${key} `);
    });
  const dropped = new Set(
    industries
      .filter((industry) => placeNames.has(normaliseName(industry.name)) || subject(industry))
      .map((industry) => industry.id),
  );
  if (dropped.size === 0) return { industries, tiers };
  return {
    industries: industries.filter((industry) => !dropped.has(industry.id)),
    tiers: tiers
      .map((tier) => ({ ...tier, industryIds: tier.industryIds.filter((id) => !dropped.has(id)) }))
      .filter((tier) => tier.industryIds.length > 0),
  };
}

/** A name as lowercase singular words: hyphens, quotes and punctuation as spaces ("Robot
 *  Industry" and "robots" share "robot"). */
function words(text: string): string {
  return normaliseName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}
