/** Level and region: right when the plan's level equals the gold's and its region names the same place. */
import type { Gold } from './gold-types.ts';
import { nameKey } from './normalise.ts';
import { share } from './score.ts';
import type { Share } from './score-types.ts';
import type { ModelView } from './view-types.ts';

/** A region's key: the name key without a trailing type word ("Changxing County" is "changxing"). */
export function regionKey(name: string | undefined): string {
  if (name === undefined) return '';
  return nameKey(
    name.replace(/\s+(?:county|city|province|municipality|autonomous region)$/i, ''),
    true,
  );
}

/** One right of one when the gold gives a level (none when it gives none). */
export function matchLevelRegion(gold: Gold, view: ModelView): Share {
  if (gold.level === undefined) return share(0, 0);
  const found = `${view.level ?? 'no level'}/${view.region ?? ''}`;
  const right = view.level === gold.level && regionKey(view.region) === regionKey(gold.region);
  return share(right ? 1 : 0, 1, right ? [] : [`${found}, not ${gold.level}/${gold.region ?? ''}`]);
}
