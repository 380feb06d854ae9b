/** Memoisation the dev server can invalidate: one cache per function, dropped by invalidateMemos(). */

/**
 * The generation lives on globalThis, not in this module: Astro loads the dev integration with
 * its config and the pages through Vite, so each side has its own copy of this module.
 */
const GENERATION = Symbol.for('plan-atlas:memo-generation');
const shared = globalThis as { [GENERATION]?: number };

/** Drops every memoised value; `npm run dev` calls it when it has regenerated the plan. */
export function invalidateMemos(): void {
  shared[GENERATION] = (shared[GENERATION] ?? 0) + 1;
}

/**
 * `make` memoised by its argument (none, or a key such as a collection name) until the next
 * `invalidateMemos()`. A promise that rejects is dropped, so the next call tries again.
 */
export function memoise<T, K = void>(make: (key: K) => T): (key: K) => T {
  let made = new Map<K, T>();
  let generation = shared[GENERATION] ?? 0;
  return (key) => {
    const now = shared[GENERATION] ?? 0;
    if (now !== generation) [made, generation] = [new Map(), now];
    if (made.has(key)) return made.get(key) as T;
    const value = make(key);
    made.set(key, value);
    if (value instanceof Promise)
      value.catch(() => {
        if (made.get(key) === value) made.delete(key);
      });
    return value;
  };
}
