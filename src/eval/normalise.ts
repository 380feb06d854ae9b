/** The comparisons the gold README defines: title keys, name keys, text keys and "occurs in the source". */

const QUOTES = /["'`\u2018\u2019\u201c\u201d\u300c\u300d]/g;
const DASHES = /[-\u2010-\u2015\u2212]/g;
/** Words a name may carry or drop without naming something else. */
const FILLER = new Set(['industry', 'industries', 'sector', 'sectors']);

const base = (s: string) => s.normalize('NFKC').toLowerCase();

/** Title and section key: no case, quotes, spaces or final punctuation. */
export function titleKey(s: string): string {
  return base(s)
    .replace(QUOTES, '')
    .replace(/\s+/g, '')
    .replace(/[.,;:!?\u3002\uff1a\uff1b]+$/, '');
}

/** Words of a name: no case, quotes, brackets or hyphens. */
function words(s: string): string[] {
  return base(s)
    .replace(QUOTES, '')
    .replace(DASHES, ' ')
    .split(/[^\p{L}\p{N}&+]+/u)
    .filter(Boolean);
}

/** Singular of the last word: a plural "s" ("ies" → "y"), never "ss". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Industry, tier and place key: no case, hyphens, spaces, "industry"/"industries"/"sector",
 * nor a plural "s"; `place` also drops a leading "the".
 */
export function nameKey(s: string, place = false): string {
  const kept = words(s).filter((w) => !FILLER.has(w));
  if (place && kept[0] === 'the') kept.shift();
  if (kept.length > 0) kept[kept.length - 1] = singular(kept[kept.length - 1]!);
  return kept.join('');
}

/** Goal text key: case and spaces ignored (quotes made straight). */
export function textKey(s: string): string {
  return base(s)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, '');
}

/** Loose words of a text for "occurs in the source": lower case, punctuation as spaces. */
export function looseWords(s: string): string {
  return ` ${words(s).join(' ')} `;
}

/** Whether `phrase` occurs in `source` as whole words (case, punctuation and hyphens ignored). */
export function occursIn(phrase: string, looseSource: string): boolean {
  const loose = looseWords(phrase);
  return loose.trim() !== '' && looseSource.includes(loose);
}
