/** One-to-one matching of gold to found items (maximum bipartite matching, earliest items first). */

/** For each gold index, the found index it is paired with (or -1); deterministic. */
export function oneToOne<G, F>(gold: G[], found: F[], agree: (g: G, f: F) => boolean): number[] {
  const edges = gold.map((g) => found.flatMap((f, j) => (agree(g, f) ? [j] : [])));
  const owner = new Array<number>(found.length).fill(-1);
  const pairOf = new Array<number>(gold.length).fill(-1);
  const tryPair = (i: number, seen: boolean[]): boolean => {
    // A free item first, so that equal items pair in order; then try to move an owner.
    const free = edges[i]!.find((j) => owner[j] === -1);
    if (free !== undefined) {
      owner[free] = i;
      pairOf[i] = free;
      return true;
    }
    for (const j of edges[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || tryPair(owner[j]!, seen)) {
        owner[j] = i;
        pairOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) tryPair(i, new Array<boolean>(found.length).fill(false));
  return pairOf;
}
