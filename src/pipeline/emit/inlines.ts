/** Helpers over a block's inline runs (see Inline in types.ts). */
import type { Inline } from '../types.ts';

/** The source text a run stands for: a correction's original wording, else its text. */
export function runOriginal(run: Inline): string {
  return run.type === 'correction' ? run.original : run.text;
}

/** The runs as the translation has them (the block's text): corrections give their original. */
export function originalText(inlines: readonly Inline[]): string {
  return inlines.map(runOriginal).join('');
}

/** The runs as the reader sees them: corrections give their corrected wording. */
export function correctedText(inlines: readonly Inline[]): string {
  return inlines.map((run) => run.text).join('');
}

/**
 * Runs covering source offsets [start, end). Runs wholly inside are kept; a mention or
 * correction cut by a boundary becomes plain text, since half a name is not a link.
 */
export function sliceInlines(inlines: readonly Inline[], start: number, end: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const run of inlines) {
    const source = runOriginal(run);
    const from = at;
    const to = at + source.length;
    at = to;
    if (to <= start || from >= end) continue;
    if (from >= start && to <= end) {
      out.push(run);
    } else {
      out.push({ type: 'text', text: source.slice(Math.max(start - from, 0), end - from) });
    }
  }
  return out;
}

/** Runs for `fragment` taken from `inlines` if the fragment occurs in their source, else null. */
export function inlinesFor(inlines: readonly Inline[], fragment: string): Inline[] | null {
  const at = fragment ? originalText(inlines).indexOf(fragment) : -1;
  return at < 0 ? null : sliceInlines(inlines, at, at + fragment.length);
}
