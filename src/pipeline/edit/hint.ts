/** Ids close to a mistyped one, for the hint of an "unknown id" error. */
import { editDistance as distance } from '../nearest.ts';

/**
 * Up to `max` ids like `id`: those within a third of its length in edits (nearest first), else
 * those sharing most words with it; ties in the given order.
 */
export function closeIds(id: string, ids: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.ceil(id.length / 3));
  const scored = ids.map((candidate, order) => ({ candidate, order, d: distance(id, candidate) }));
  const near = scored.filter(({ candidate, d }) => d <= limit || candidate.includes(id));
  if (near.length > 0)
    return near
      .sort((a, b) => a.d - b.d || a.order - b.order)
      .slice(0, max)
      .map(({ candidate }) => candidate);
  const words = new Set(id.split('-').filter((w) => w.length > 2));
  const shared = (candidate: string) => candidate.split('-').filter((w) => words.has(w)).length;
  return scored
    .map((s) => ({ ...s, shared: shared(s.candidate) }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.d - b.d || a.order - b.order)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** The hint for an id of `kind` that `ids` lacks. */
export function unknownIdHint(kind: string, id: string, ids: readonly string[]): string {
  if (ids.length === 0) return `this plan has no ${kind}; to add one, write "add: ${kind}"`;
  const close = closeIds(id, ids);
  if (close.length > 0) return `did you mean ${close.map((c) => `"${c}"`).join(', ')}?`;
  const some = ids.slice(0, 5).map((c) => `"${c}"`);
  const more = ids.length > 5 ? `, … (${ids.length} in all, in data/plan.json)` : '';
  return `no ${kind} id is close; this plan's are ${some.join(', ')}${more}`;
}
