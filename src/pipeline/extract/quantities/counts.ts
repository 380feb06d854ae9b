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
  // "A, B and C etc 10 key chains": a number naming the list before it.
  'etc',
]);
// Machine translation's measure words for a count of the noun before the number ("enterprise
// 3 to 5 families" for 3 to 5 enterprises, "certificate not less than 60 pieces").
const CLASSIFIER = /^(?:famil(?:y|ies)|households?|pieces?|sets?)$/i;

/** The plural noun phrase a count stands before, or undefined. `from` is where the count's
 *  words start (its qualifier included) and `at` where its number ends. */
export function countNoun(
  text: string,
  tokens: Token[],
  from: number,
  at: number,
  extra: RegExp | undefined,
  value = 0,
): string | undefined {
  const k0 = firstAtOrAfter(tokens, at);
  const fromIndex = firstAtOrAfter(tokens, from);
  const previous = tokens[fromIndex - 1];
  const classifier = tokens[k0] && CLASSIFIER.test(tokens[k0].text) ? tokens[k0] : undefined;
  if (classifier && previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN'))
    return text.slice(classifier.start, classifier.end);
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
  // A number inside a short quoted key ("one zone, three towns") names a slogan, not a count.
  if (inQuotedKey(text, at)) return undefined;
  let head = -1;
  const isPlural = (t: Token) => t.pos === 'NOUN' && t.lemma !== t.lower;
  // "12 or more hubs": the qualifier between the number and the noun is no part of the noun.
  if (
    /^(?:and|or)$/.test(tokens[k]?.lower ?? '') &&
    /^(?:more|above|over|higher|less|fewer|below|under)$/.test(tokens[k + 1]?.lower ?? '')
  )
    k += 2;
  const k1 = k;
  for (let n = 0; k < tokens.length && n < 12; k++, n++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
    else if (t.pos === 'ADJ' || GLUE.has(t.text)) continue;
    else if (t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.lower)) continue;
    else if (t.pos === 'NUM' && tokens[k + 1]?.text === '-') continue;
    // "20 production and application platforms", "12 provincial-level or above centres": a
    // conjunction inside the phrase, before its plural head.
    else if (/^(?:and|or)$/.test(t.lower) && (head < 0 || !isPlural(tokens[head]))) continue;
    else if (/^(?:above|higher)$/.test(t.lower) && /^(?:and|or)$/.test(prev?.lower ?? '')) continue;
    else break;
  }
  if (head < 0) return undefined;
  const noun = tokens[head];
  if (NOT_COUNTED.test(noun.lower)) return undefined;
  // Machine translation drops the plural ("recognize 500 digital workshop"): a common noun
  // after a number above one counts as well.
  const plural = isPlural(noun) || (value >= 2 && noun.pos === 'NOUN');
  const first = tokens[k1];
  if (!first) return undefined;
  if (!plural && !(extra && extra.test(noun.text))) return undefined;
  const after = text.slice(noun.end, noun.end + 200);
  // "with three major industries as the core": what a structure is built around, not a count.
  if (AS_CORE.test(after)) return undefined;
  // "two pillar industries: A and B", "three towns, A, B and C": a number telling how many
  // the text names next; "a system made up of two clusters and four industries": a makeup.
  if (
    namesNext(after, noun.end, tokens, head + 1) ||
    MADE_OF.test(text.slice(Math.max(0, from - 120), from))
  )
    return undefined;
  const phrase = text
    .slice(first.start, noun.end)
    .replace(/["“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "five pillar industries and four emerging industries", "5 pillar chains": the plan's own
  // categories, named by how many they hold, not things it sets out to count.
  return CATEGORY.test(phrase) ? undefined : phrase;
}

const CATEGORY =
  /^(?:[\w-]+\s+)?(?:pillar|emerging|future|rising|leading|strategic|advantageous|characteristic|traditional)\b[\w\s-]*\b(?:industries|chains)$/i;

const MADE_OF =
  /\b(?:made up of|consisting of|consists of|composed of|comprising|comprises|formed by)\b[^.;:]*$/i;
// A list after the counted noun: a colon, or a comma or dash and names up to the clause's end
// ("two pillar industries, A and B;"), with no verb of its own.
const LIST_AFTER =
  /^\s*(?:[:：]|[,，—–]\s*(?:namely|i\.e\.|covering|including|such as)?,?\s*(?=[^;:.]*?\b(?:and|as well as)\b))/i;
const CLAUSE_VERB =
  /\b(?:will|shall|should|must|is|are|was|were|be|been|has|have|to|which|that|each|every|respectively)\b/i;

function namesNext(after: string, offset: number, tokens: Token[], k: number): boolean {
  const m = LIST_AFTER.exec(after);
  if (!m) return false;
  if (/[:：]/.test(m[0])) return true;
  // The list runs to a semicolon, a full stop or a comma before "and"/"while".
  const list = after.slice(m[0].length).split(/[;；.。]|,\s*(?:and|while|so as)\s/i)[0];
  // Names, not a clause ("3 areas, and cultivate ...") nor more counts ("50 firms, 10 parks
  // and 3 bases").
  if (!list || /^(?:and|or|while|but)\b/i.test(list) || CLAUSE_VERB.test(list) || /\d/.test(list))
    return false;
  const end = offset + m[0].length + list.length;
  for (; k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (t.start < offset + m[0].length) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))) return false;
  }
  return true;
}

/** True when the position `at` sits inside a quoted phrase of at most eight words. */
function inQuotedKey(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0) return false;
  // A straight quote opens only when an even number of them precede it.
  if (before[open] === '"' && (text.slice(0, at - before.length + open).split('"').length - 1) % 2)
    return false;
  if (/[”]/.test(before.slice(open + 1))) return false;
  const close = /["”]/.exec(text.slice(at, at + 60));
  if (!close) return false;
  const inner = before.slice(open + 1) + text.slice(at, at + close.index);
  return inner.trim().split(/\s+/).length <= 8;
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
