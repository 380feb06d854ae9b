/** Scores of one plan and of the corpus: counts, precision / recall / F1, shares, and what went wrong. */

/** A kind scored as retrieval: `tp` gold items found, of `gold`, among `found`. */
export interface KindScore {
  tp: number;
  gold: number;
  found: number;
  /** tp / found; null when nothing was found. */
  precision: number | null;
  /** tp / gold; null when the gold has none. */
  recall: number | null;
  /** 2 tp / (gold + found); null when both are zero (nothing to find, nothing found). */
  f1: number | null;
  /** Gold items not found, as short lines. */
  misses: string[];
  /** Found items the gold does not have. */
  falseHits: string[];
}

/** A share of gold items that are right (`of` 0: null). */
export interface Share {
  right: number;
  of: number;
  share: number | null;
  /** What is not right, as short lines. */
  wrong: string[];
}

/** Things that must not be: their number and what they are. */
export interface Tally {
  count: number;
  items: string[];
}

export const KINDS = [
  'title',
  'sections',
  'industries',
  'tierLabels',
  'places',
  'goals',
  'targets',
] as const;
export type Kind = (typeof KINDS)[number];

export const SHARES = [
  'tiersRight',
  'tierCountsRight',
  'baselinesPaired',
  'qualifiersRight',
  'scopesRight',
  'levelRegionRight',
] as const;
export type ShareName = (typeof SHARES)[number];

export const TALLIES = ['tiersInvented', 'foreign'] as const;
export type TallyName = (typeof TALLIES)[number];

export type PlanScores = { plan: string } & Record<Kind, KindScore> &
  Record<ShareName, Share> &
  Record<TallyName, Tally>;
