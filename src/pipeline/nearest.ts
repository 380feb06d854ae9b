/** "Did you mean ...?": the nearest of some known words to a misspelt one, by edit distance. */

/** The known key within edit distance 2 of `key`, if any ("titel" → "titleEn"). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  // "title" and "issuer" should find "titleEn" and "issuerZh".
  const cost = (k: string) =>
    Math.min(
      editDistance(key.toLowerCase(), k.toLowerCase()),
      editDistance(key.toLowerCase(), k.replace(/(En|Zh)$/, '').toLowerCase()),
    );
  return nearest(known, cost, 2);
}

/** The id among `ids` nearest to `id` (fewest edits, at most a third of its length), if any. */
export function closestId(id: string, ids: readonly string[]): string | undefined {
  return nearest(ids, (other) => editDistance(id, other), Math.max(2, Math.floor(id.length / 3)));
}

function nearest(
  words: readonly string[],
  cost: (word: string) => number,
  max: number,
): string | undefined {
  let best: { word: string; cost: number } | undefined;
  for (const word of words) {
    const c = cost(word);
    if (c <= max && (!best || c < best.cost)) best = { word, cost: c };
  }
  return best?.word;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
