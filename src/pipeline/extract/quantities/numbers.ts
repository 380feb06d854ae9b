/** Numbers as a plan writes them: digits ("26,000", "1.2"), words ("five", "twenty-one"),
 *  fractions ("half", "one third") and multiples ("double", "tripled"), each with its span. */

/** A number in a text, before any unit is read. */
export interface NumberAtom {
  start: number;
  end: number;
  value: number;
  /** How it is written: digits, number words, a fraction of a whole, a multiple. */
  form: 'digits' | 'words' | 'fraction' | 'multiple';
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([
  ...ONES.map((w, i): [string, number] => [w, i]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);
const FRACTIONS: [RegExp, number][] = [
  [/^(?:a |one )?half$/i, 0.5],
  [/^(?:one|a)[- ]third$/i, 1 / 3],
  [/^two[- ]thirds$/i, 2 / 3],
  [/^(?:one|a)[- ]quarter$/i, 0.25],
  [/^three[- ]quarters$/i, 0.75],
  [/^(?:one|a)[- ]fifth$/i, 0.2],
];
const MULTIPLES: [RegExp, number][] = [
  [/^(?:doubl(?:e[ds]?|ing)|twice|two-?fold)$/i, 2],
  [/^(?:tripl(?:e[ds]?|ing)|three-?fold)$/i, 3],
  [/^(?:quadrupl(?:e[ds]?|ing)|four-?fold)$/i, 4],
];

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = String.raw`(?:${TENS.join('|')})(?:[- ](?:${ONES.slice(1, 10).join('|')}))?|${ONES.slice(1).join('|')}`;
const FRACTION = String.raw`(?:a |one )?half|(?:one|a)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters`;
const MULTIPLE = String.raw`doubl(?:e[ds]?|ing)|tripl(?:e[ds]?|ing)|quadrupl(?:e[ds]?|ing)|twice|(?:${ONES.slice(2).join('|')}|${TENS.join('|')}|hundred)-?fold`;

// A number glued to letters is a name or a size ("5G", "14th", "400G-based", "12-inch"), one
// joined by "+" is a formula's name ("4+4+X", "1+N"), and one that follows "No.", "Article"
// or "Table" is a reference.
const ATOM = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,+]|\p{L}-|\+\s)(?:(?<digits>${DIGITS})|(?<fraction>${FRACTION})|(?<words>${WORDS})|(?<multiple>${MULTIPLE}))(?![\p{L}\p{N}]|-(?!fold\b)\p{L}|\.\d|\s?\+\s?[\p{L}\p{N}])`,
  'giu',
);
const REFERENCE =
  /\b(?:no|nos|article|art|document|chapter|section|part|item|phase|top|global|fortune|table|figure|fig|annex|appendix|schedule|box)\.?\s*$/i;

/** The value of number words ("twenty-one" → 21); undefined when they are not a number. */
export function wordValue(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const v = WORD_VALUE.get(part);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

function valueOf(groups: Record<string, string | undefined>): [number, NumberAtom['form']] {
  if (groups.digits) return [Number(groups.digits.replace(/,/g, '')), 'digits'];
  if (groups.fraction) {
    const text = groups.fraction.replace(/\s+/g, ' ');
    return [FRACTIONS.find(([re]) => re.test(text))?.[1] ?? 0.5, 'fraction'];
  }
  if (groups.multiple) {
    const known = MULTIPLES.find(([re]) => re.test(groups.multiple!))?.[1];
    // "tenfold", "five-fold": the number before "fold".
    const words = groups.multiple.replace(/-?fold$/i, '');
    const fold = /^hundred$/i.test(words) ? 100 : wordValue(words);
    return [known ?? fold ?? 2, 'multiple'];
  }
  return [wordValue(groups.words!) ?? 0, 'words'];
}

/** Every number in `text` in order, without names, sizes and references. */
export function numberAtoms(text: string): NumberAtom[] {
  const out: NumberAtom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(text); m; m = ATOM.exec(text)) {
    const groups = m.groups ?? {};
    if (REFERENCE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const [value, form] = valueOf(groups);
    out.push({ start: m.index, end: m.index + m[0].length, value, form });
  }
  return out;
}
