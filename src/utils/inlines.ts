/**
 * Plain-text readings of inline runs. Corrections have two readings: the corrected wording (what
 * headings, tables of contents and labels show) and the translation's own wording.
 */
import { correctedText, runOriginal } from '../pipeline/emit/inlines.ts';
import type { Inline } from '../schemas/text.ts';

// One definition of each reading, shared with the generator.
export { correctedText, originalText } from '../pipeline/emit/inlines.ts';

/** A title with its corrected reading; `original` is set only when a correction changed it. */
export interface TitleText {
  text: string;
  original?: string;
}

/** Reads a section title: corrected when `inlines` carry a correction, as written otherwise. */
export function titleText(title: string, inlines?: readonly Inline[]): TitleText {
  if (!inlines?.some((run) => run.type === 'correction')) return { text: title };
  const text = correctedText(inlines);
  return text === title ? { text } : { text, original: title };
}

/** Where a corrected title shows its original: "Machine translation: “General thinking”". */
export function translationHint(original: string | undefined): string | undefined {
  return original === undefined ? undefined : `Machine translation: “${original}”`;
}

/**
 * The runs that cover the first `length` characters of the original text (an item's lead-in
 * label, say). A correction that straddles the cut is kept whole so it is never split.
 */
export function leadingRuns(inlines: readonly Inline[], length: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const run of inlines) {
    if (at >= length) break;
    const size = runOriginal(run).length;
    if (run.type === 'correction' || at + size <= length) out.push(run);
    else out.push({ ...run, text: run.text.slice(0, length - at) });
    at += size;
  }
  return out;
}
