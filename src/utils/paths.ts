/** Static paths for a detail page: each entry with its neighbours, for previous / next links. */
export function pagesWithNeighbours<E extends { id: string }>(entries: readonly E[]) {
  return entries.map((entry, i) => ({
    params: { id: entry.id },
    props: { entry, prev: entries[i - 1], next: entries[i + 1] },
  }));
}
