/** Ids that two or more plans share, and the plans' own order for what they list. */

/** Ids found in at least `min` of the lists (each list counted once per id), in first-seen order. */
export function sharedIds(lists: readonly (readonly string[])[], min = 2): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const id of new Set(list)) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= min).map(([id]) => id);
}

/** The value most lists give (ties: the first given); undefined for none. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const count = new Map<T, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best: T | undefined;
  let most = 0;
  for (const [v, n] of count) if (n > most) [best, most] = [v, n];
  return best;
}

/** Most plans first, then by id: the order of the atlas's cross-plan lists. */
export function byReach<T extends { id: string; plans: readonly unknown[] }>(a: T, b: T): number {
  return b.plans.length - a.plans.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
