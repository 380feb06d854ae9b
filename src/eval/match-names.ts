/** Title, section, industry and place matching by the README's name comparisons. */
import type { Gold } from './gold-types.ts';
import { nameKey, titleKey } from './normalise.ts';
import { oneToOne } from './one-to-one.ts';
import { kindScore } from './score.ts';
import type { KindScore } from './score-types.ts';
import type { ModelView } from './view-types.ts';

/** Whether any of two lists of names agree under nameKey. */
export function namesAgree(gold: string[], found: string[], place = false): boolean {
  const keys = new Set(gold.map((n) => nameKey(n, place)));
  keys.delete('');
  return found.some((n) => keys.has(nameKey(n, place)));
}

/** Title: right when it equals `title` or an `accept` entry (titleKey). */
export function matchTitle(gold: Gold, view: ModelView): KindScore {
  const keys = new Set([gold.title, ...gold.accept].map(titleKey));
  const found = view.title.trim() === '' ? 0 : 1;
  if (found && keys.has(titleKey(view.title))) return kindScore(1, 1, 1);
  return kindScore(0, 1, found, [gold.title], found ? [view.title] : []);
}

/** Sections: titles matched one to one (titleKey), in order. */
export function matchSections(gold: Gold, view: ModelView): KindScore {
  const pairs = oneToOne(
    gold.sections,
    view.sections,
    (g, f) => titleKey(g.title) === titleKey(f.title),
  );
  return scored(
    pairs,
    gold.sections.map((s) => s.title),
    view.sections.map((s) => s.title),
  );
}

/** Places: name or a spelling found equals the gold name or an `also` (nameKey, leading "the" dropped). */
export function placePairs(gold: Gold, view: ModelView): number[] {
  return oneToOne(gold.places, view.places, (g, f) =>
    namesAgree([g.name, ...g.also], f.names, true),
  );
}

export function matchPlaces(
  gold: Gold,
  view: ModelView,
  pairs = placePairs(gold, view),
): KindScore {
  return scored(
    pairs,
    gold.places.map((p) => p.name),
    view.places.map((p) => p.names.join(' / ')),
  );
}

/** A KindScore from a pairing and a label per gold and found item. */
export function scored(pairs: number[], gold: string[], found: string[]): KindScore {
  const used = new Set(pairs.filter((j) => j >= 0));
  return kindScore(
    used.size,
    gold.length,
    found.length,
    gold.filter((_, i) => pairs[i] === -1),
    found.filter((_, j) => !used.has(j)),
  );
}
