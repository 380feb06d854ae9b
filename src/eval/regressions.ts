/** Compare fresh EVAL.json figures with the committed ones: drops, rises of what must be zero, missing plans. */
import { KINDS } from './score-types.ts';

type Figures = Record<string, Record<string, number | null>>;
export interface EvalFigures {
  plans: Record<string, Figures>;
}

/** How far a figure may fall before it counts as a drop. */
export const TOLERANCE = 0.005;
const GUARDED_SHARES = ['tiersRight', 'baselinesPaired'] as const;
const GUARDED_TALLIES = ['tiersInvented', 'foreign'] as const;

const show = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));

/** Every regression of `current` against `committed`, one line each naming plan and kind. */
export function regressions(committed: EvalFigures, current: EvalFigures): string[] {
  const out: string[] = [];
  for (const plan of Object.keys(current.plans).sort()) {
    if (!(plan in committed.plans))
      out.push(
        `${plan}: no committed figures in EVAL.json (run npm run eval and commit EVAL.md and EVAL.json)`,
      );
  }
  for (const plan of Object.keys(committed.plans).sort()) {
    const before = committed.plans[plan]!;
    const now = current.plans[plan];
    if (!now) {
      out.push(`${plan}: in EVAL.json but not in tests/corpus (run npm run eval)`);
      continue;
    }
    for (const kind of KINDS) {
      // F1 is null when there is nothing to find and nothing was found: perfect.
      const was = before[kind]?.f1 ?? 1;
      const is = now[kind]?.f1 ?? 1;
      if (is < was - TOLERANCE)
        out.push(`${plan} ${kind}: F1 dropped from ${show(was)} to ${show(is)}`);
    }
    for (const name of GUARDED_SHARES) {
      const was = before[name]?.share;
      const is = now[name]?.share;
      if (typeof was === 'number' && typeof is === 'number' && is < was - TOLERANCE)
        out.push(`${plan} ${name}: dropped from ${show(was)} to ${show(is)}`);
    }
    for (const name of GUARDED_TALLIES) {
      const was = before[name]?.count ?? 0;
      const is = now[name]?.count ?? 0;
      if (is > was) out.push(`${plan} ${name}: rose from ${was} to ${is}`);
    }
  }
  return out;
}
