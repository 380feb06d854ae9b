/** One plan's scores as table rows (kind, P, R, F1, counts), shared by the console and EVAL.md. */
import {
  KINDS,
  type Kind,
  type PlanScores,
  type ShareName,
  type TallyName,
} from './score-types.ts';

export const KIND_NAMES: Record<Kind, string> = {
  title: 'title',
  sections: 'sections',
  industries: 'industries',
  tierLabels: 'tier labels',
  places: 'places',
  goals: 'goals',
  targets: 'targets',
};
export const SHARE_NAMES: Record<ShareName, string> = {
  tiersRight: 'tiers right',
  tierCountsRight: 'tier counts right',
  baselinesPaired: 'baselines paired',
  qualifiersRight: 'qualifiers right',
  scopesRight: 'scopes right',
  levelRegionRight: 'level/region right',
};
export const TALLY_NAMES: Record<TallyName, string> = {
  tiersInvented: 'tiers invented',
  foreign: 'foreign knowledge',
};

/** A figure with two decimals; "–" when there is nothing to measure. */
export const fig = (x: number | null) => (x === null ? '–' : x.toFixed(2));

export const HEADER = ['kind', 'P', 'R', 'F1', 'found', 'gold', 'right'];

/** Rows: the kinds (P, R, F1, found, gold, right), then shares (right of gold) and tallies (count). */
export function planRows(p: PlanScores): string[][] {
  const kinds = KINDS.map((k) => {
    const s = p[k];
    return [
      KIND_NAMES[k],
      fig(s.precision),
      fig(s.recall),
      fig(s.f1),
      `${s.found}`,
      `${s.gold}`,
      `${s.tp}`,
    ];
  });
  const shares = (Object.keys(SHARE_NAMES) as ShareName[]).map((k) => {
    const s = p[k];
    return [SHARE_NAMES[k], '', '', fig(s.share), '', `${s.of}`, `${s.right}`];
  });
  const tallies = (Object.keys(TALLY_NAMES) as TallyName[]).map((k) => [
    TALLY_NAMES[k],
    '',
    '',
    '',
    `${p[k].count}`,
    '',
    '',
  ]);
  return [...kinds, ...shares, ...tallies];
}

/** Columns padded to their widest cell, numbers right-aligned. */
export function textTable(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
