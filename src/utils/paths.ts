/** The props of a detail page: its entry and the entries before and after it. */
export interface Neighbours<E> {
  entry: E;
  prev?: E;
  next?: E;
}

/** Static paths for a detail page: each entry with its neighbours, for previous / next links. */
export function pagesWithNeighbours<E extends { id: string }>(
  entries: readonly E[],
): { params: { id: string }; props: Neighbours<E> }[] {
  return entries.map((entry, i) => ({
    params: { id: entry.id },
    props: { entry, prev: entries[i - 1], next: entries[i + 1] },
  }));
}
