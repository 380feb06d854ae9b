/** Corrections: the editorial corrections whose wording occurs in the text (blocks or titles). */
import type { Correction } from '../types.ts';
import type { Context } from './context.ts';

/** Corrections in order of first occurrence; `blockIds` are filled by link. */
export function extractCorrections(ctx: Context): Correction[] {
  const out = new Map<string, Correction>();
  for (const scan of ctx.sequence) {
    for (const hit of scan.corrections) {
      if (out.has(hit.id)) continue;
      const data = ctx.editorial.corrections.find((correction) => correction.id === hit.id);
      if (!data) continue;
      out.set(hit.id, {
        id: data.id,
        original: hit.text,
        corrected: data.replace,
        status: data.status,
        ...(data.note ? { note: data.note } : {}),
        ...(data.zh ? { zh: data.zh } : {}),
        blockIds: [],
      });
    }
  }
  return [...out.values()];
}
