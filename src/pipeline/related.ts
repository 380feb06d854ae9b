/**
 * Related industries: those named in the same blocks as an industry, strongest first.
 * Counted over integer indexes: an "N+X" paragraph names every industry, and string work per
 * (industry, mention) pair made this the slowest step of a large plan.
 */

/** The strongest few only: listing every co-mentioned industry made pages grow with N². */
export const RELATED_LIMIT = 8;

/** For each industry i, the ids of up to `limit` other industries named most often in the blocks
 *  `near(i)` (each block given as the industry indexes it names); ties go to the earlier one. */
export function relatedIndustries(
  ids: readonly string[],
  near: (index: number) => Iterable<readonly number[]>,
  limit = RELATED_LIMIT,
): string[][] {
  const counts = new Int32Array(ids.length);
  return ids.map((_, self) => {
    const touched: number[] = [];
    for (const named of near(self)) {
      for (const other of named) if (counts[other]++ === 0) touched.push(other);
    }
    const stronger = (a: number, b: number) => counts[b] - counts[a] || a - b;
    const top: number[] = [];
    for (const other of touched) {
      if (other === self) continue;
      // Keep the best `limit` in order: an insertion into a short list, not a sort of all.
      if (top.length === limit && stronger(other, top[limit - 1]) >= 0) continue;
      let at = Math.min(top.length, limit - 1);
      top[at] = other;
      while (at > 0 && stronger(top[at], top[at - 1]) < 0) {
        [top[at - 1], top[at]] = [top[at], top[at - 1]];
        at--;
      }
    }
    for (const other of touched) counts[other] = 0;
    return top.map((i) => ids[i]);
  });
}
