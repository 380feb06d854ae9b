/** Counts of things decided by grammar: a number followed by a noun phrase whose head is a
 *  plural noun ("5,000 charging piles", "50 national little giant enterprises"), by wink-nlp's
 *  part-of-speech tags and lemmas; a genre list (structure.yaml `countUnits`) adds nouns the
 *  tagger misses. */
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Part-of-speech tokens of `text` with their offsets (the model loads on first use). */
export function tag(text: string): Token[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const out: Token[] = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const value = token.out();
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    out.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: cursor,
      pos: token.out(its.pos),
      // The lite model has lemmas; wink's types do not list them for a token.
      lemma: String(token.out(its.lemma as never)).toLowerCase(),
    });
  });
  return out;
}

// Nouns that count time or repetitions, not things a plan builds.
const NOT_COUNTED =
  /^(?:years?|months?|days?|hours?|minutes?|seconds?|weeks?|times|aspects?|respects?|ways?|stages?|steps?|rounds?|batch(?:es)?|phases?|levels?|points?)$/i;
const AS_CORE =
  /^\s*as (?:the |its )?(?:core|main body|mainstay|lead|leader|leading force|pillars?|backbone|focus|carriers?|support|foundation)\b/i;
const GLUE = new Set(['-', '"', '“', '”', "'", '‘', '’']);
const BLOCKING_BEFORE = new Set([
  'the',
  'these',
  'those',
  'its',
  'their',
  'our',
  'this',
  'that',
  'of',
  'among',
  'from',
  'on',
  'at',
  'within',
  'per',
  'each',
  'every',
]);

/** The plural noun phrase a count stands before, or undefined. `from` is where the count's
 *  words start (its qualifier included) and `at` where its number ends. */
export function countNoun(
  text: string,
  tokens: Token[],
  from: number,
  at: number,
  extra: RegExp | undefined,
): string | undefined {
  const k0 = firstAtOrAfter(tokens, at);
  const fromIndex = firstAtOrAfter(tokens, from);
  const previous = tokens[fromIndex - 1];
  if (previous) {
    // "the 16 clusters", "in 3 districts": a reference or a circumstance; "LASER two
    // industries": an apposition. "a total of 60 stations" counts.
    const blocked =
      BLOCKING_BEFORE.has(previous.lower) || previous.pos === 'PROPN' || previous.pos === 'NOUN';
    const total = previous.lower === 'of' && /\b(?:total|number|group)\s+of\s*$/i;
    const lead = tokens
      .slice(Math.max(0, fromIndex - 3), fromIndex)
      .map((t) => t.text)
      .join(' ');
    if (blocked && !(total && total.test(lead))) return undefined;
  }
  let k = k0;
  if (k >= tokens.length) return undefined;
  let head = -1;
  for (let n = 0; k < tokens.length && n < 10; k++, n++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
    else if (t.pos === 'ADJ' || GLUE.has(t.text)) continue;
    else if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)) continue;
    else if (t.pos === 'NUM' && tokens[k + 1]?.text === '-') continue;
    else break;
  }
  if (head < 0) return undefined;
  const noun = tokens[head];
  if (NOT_COUNTED.test(noun.lower)) return undefined;
  const plural = noun.pos === 'NOUN' && noun.lemma !== noun.lower;
  const first = tokens[k0];
  if (!plural && !(extra && extra.test(noun.text))) return undefined;
  // "with three major industries as the core": what a structure is built around, not a count.
  if (AS_CORE.test(text.slice(noun.end, noun.end + 40))) return undefined;
  return text
    .slice(first.start, noun.end)
    .replace(/["“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Index of the first token that starts at or after `at` (tokens are in order). */
function firstAtOrAfter(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
