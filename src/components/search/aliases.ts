/**
 * The "Also called" line of an entity page: its other names (the vocabulary's aliases and the
 * text's spellings) reduced to the ones a reader would search by. Spellings of the name itself
 * ("integrated circuit industry" for "Integrated circuits"), phrases that join it with another
 * ("semiconductors and integrated circuits") and plural or "industry" forms of a name already
 * listed are left out.
 */

/**
 * Pagefind weight of the "Also called" line (0-10; body text 1, an <h1> 7; weights count squared).
 * The ranking comes mostly from the names as metadata (SEARCH_OPTIONS); the weight makes the
 * line the excerpt of a result found by another name. 10 ranked the same on Shanghai.
 */
export const ALIAS_WEIGHT = 3;

/** Names shown at most: a line, not a list. */
export const MAX_ALSO_CALLED = 8;

/** Words that make a name of an industry without changing which one it is. */
const GENERIC = new Set(['industry', 'industries', 'sector', 'sectors', 'manufacturing']);
/** Words that do not tell names apart ("information and communications" = "information communications"). */
const FILLER = new Set(['the', 'of', 'a', 'an', 'and', '&']);

/** A word without its plural ending ("chips" → "chip", "batteries" → "battery"; "glass" stays). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The words that tell a name apart, in order: lower case, split at spaces, slashes and brackets,
 * without filler, generic words or plural endings, hyphenated words split last (so
 * "bio-manufacturing" keeps its "manufacturing"). "The IC industries" and "ICs" both give ["ic"].
 */
export function nameKey(name: string): string[] {
  const words = name
    .toLowerCase()
    .split(/[\s/(),]+/)
    .filter((w) => w !== '' && !FILLER.has(w) && !GENERIC.has(w))
    .flatMap((w) => w.split(/[-–]+/))
    .filter((w) => w !== '')
    .map(singular);
  return [...new Set(words)];
}

/** True when every word of `part` is in `whole`, or both spell one word ("block chain"). */
function within(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((word) => whole.includes(word)) || part.join('') === whole.join('');
}

/** True for a phrase that names two things ("VR/AR", "X and Y") where the name names one. */
function joinsTwo(candidate: string, name: string): boolean {
  const joined = /\sand\s|\//i;
  return joined.test(candidate) && !joined.test(name);
}

/** True when `a` says in fewer words what `b` says: fewer telling words, else fewer words. */
function shorter(a: { key: string[]; text: string }, b: { key: string[]; text: string }): boolean {
  const words = (text: string) => text.split(' ').length;
  return (a.key.length - b.key.length || words(a.text) - words(b.text)) < 0;
}

/**
 * The other names to show for `name`, in the order first given, at most `max`. A candidate made
 * of the name's words only (a shortening: "photonic chips"), or of all of them and more
 * ("high-end CNC machine tools" for "High-end machine tools"), is a form of the name, not
 * another name; so is one of another name's words and more ("IC industry" beside "ICs",
 * "intelligent robots" beside "robots"): the shorter is kept, where the longer came.
 */
export function alsoCalled(
  name: string,
  candidates: readonly string[],
  max = MAX_ALSO_CALLED,
): string[] {
  const own = nameKey(name);
  const kept: { key: string[]; text: string }[] = [];
  for (const raw of candidates) {
    const text = raw.trim().replace(/\s+/g, ' ');
    const key = nameKey(text);
    if (key.length === 0 || within(key, own) || within(own, key) || joinsTwo(text, name)) continue;
    const at = kept.findIndex((k) => within(k.key, key) || within(key, k.key));
    if (at === -1) kept.push({ key, text });
    else if (shorter({ key, text }, kept[at]!)) kept[at] = { key, text };
  }
  return kept.slice(0, max).map((k) => k.text);
}
