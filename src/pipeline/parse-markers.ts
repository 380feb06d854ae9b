/**
 * Numbering markers at the start of a line ("Part II", "Chapter 3", "一、", "（一）", "1.",
 * "1.1", "(1)", "(I)", "(a)", "①", "iv."), each with its family and the family's usual rank in the genre's
 * outline. Every regex is anchored, so a megabyte-long line costs little.
 */

/** A numbering family: lines of one family are siblings; families nest by first use and rank. */
export type Family =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'roman'
  | 'cn'
  | 'cn-paren'
  | 'roman-paren'
  | 'letter'
  | 'letter-paren'
  | 'dec1'
  | 'dec2'
  | 'dec3'
  | 'paren'
  | 'half-paren'
  | 'circled'
  | 'lower-roman';

/**
 * Usual depth of each family in the genre's outlines: Part > Chapter > Section > Article >
 * "一、"/"I." > "（一）" > "1." > "1.1" > "(1)" > "1)" > "①". A family first met below a
 * shallower one nests under it; a shallower one closes the deeper ones.
 */
export const RANK: Record<Family, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  roman: 4,
  cn: 4,
  'cn-paren': 5,
  'roman-paren': 5,
  letter: 5,
  'letter-paren': 10,
  dec1: 6,
  dec2: 7,
  dec3: 8,
  paren: 9,
  'half-paren': 10,
  circled: 11,
  'lower-roman': 12,
};

export interface Marker {
  family: Family;
  /** The number as written ("IV", "（一）", "1.2", "Part 2", "第三章"). */
  number: string;
  /** The rest of the line after the marker, trimmed. */
  rest: string;
}

const CN_DIGITS = '[一二三四五六七八九十百零〇]';
const NUMBER_WORD =
  '(?:\\d{1,3}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const WORD_MARKERS: [Family, RegExp][] = [
  ['part', new RegExp(`^(part\\s+${NUMBER_WORD})\\b\\s*[.:：、—–-]?\\s*`, 'i')],
  ['chapter', new RegExp(`^(chapter\\s+${NUMBER_WORD})\\b\\s*[.:：、—–-]?\\s*`, 'i')],
  ['section', new RegExp(`^(section\\s+${NUMBER_WORD})\\b\\s*[.:：、—–-]?\\s*`, 'i')],
  ['article', new RegExp(`^(article\\s+${NUMBER_WORD})\\b\\s*[.:：、—–-]?\\s*`, 'i')],
  ['part', new RegExp(`^(第${CN_DIGITS}{1,4}(?:部分|篇|编))\\s*`)],
  ['chapter', new RegExp(`^(第${CN_DIGITS}{1,4}章)\\s*`)],
  ['section', new RegExp(`^(第${CN_DIGITS}{1,4}节)\\s*`)],
  ['article', new RegExp(`^(第${CN_DIGITS}{1,4}条)\\s*`)],
];
// "1.5 million" and "2025." are numbers, not markers: a decimal marker has at most two digits
// per level; "1.2" must be followed by a capital or CJK, "1." by a space or one of those.
const NUMBER_MARKERS: [Family, RegExp][] = [
  ['dec3', /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s*(?=[\p{Lu}\p{Lo}])/u],
  ['dec2', /^(\d{1,2}\.\d{1,2})\.?\s*(?=[\p{Lu}\p{Lo}])/u],
  ['dec1', /^(\d{1,3})(?:\.(?=\s)|\.(?=[\p{Lu}\p{Lo}])|[、．])\s*/u],
  ['half-paren', /^(\d{1,3}[)）])\s*/],
  ['paren', /^([(（]\d{1,3}[)）])\s*/],
  ['circled', /^([\u2460-\u2473])\s*/],
  ['cn-paren', new RegExp(`^([(（]${CN_DIGITS}{1,3}[)）])\\s*`)],
  ['cn', new RegExp(`^(${CN_DIGITS}{1,3})[、．.]\\s*`)],
  // "One, Main Goals" / "Two、Key Tasks": how machine translation renders "一、" "二、".
  [
    'cn',
    /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\s?[,，、]\s*(?=\p{Lu})/u,
  ],
  ['roman', /^([IVX]{1,5})[.．、]\s+/],
  ['roman', /^([\u2160-\u216b])\s*[.．、]?\s*/], // Ⅰ Ⅱ … Ⅻ, the single-character numerals
  ['roman-paren', /^([(（](?:[IVX]{1,5}|[\u2160-\u216b])[)）])\s*/],
  ['letter-paren', /^([(（][a-h][)）])\s+/],
  ['lower-roman', /^([ivx]{1,5})[.)]\s+/],
];
/** "1 Title": a bare number before a capitalised title is a heading number, never an item. */
const BARE_NUMBER = /^(\d{1,2})\s+(?=\p{Lu})/u;
/** "A. Title": a capital letter marker, taken only for a heading. */
const LETTER = /^([A-H])[.．、]\s+(?=\p{Lu})/u;
/**
 * "First, the development basis" / "Second、Tasks" / "One, the goals": machine translation of
 * "一、" "二、" before a short title, whatever its case. Taken only for a heading: "First, we
 * will ..." in a sentence stays a sentence.
 */
const WORD_NUMBER =
  /^((?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)(?:ly)?)\s?[,，、]\s*(?=\p{L})/u;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/i;

/** The Part/Chapter/Section/Article marker a line starts with ("Part II", "第三章"). */
export function wordMarker(text: string): Marker | undefined {
  for (const [family, re] of WORD_MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const number = m[1].replace(/\s+/g, ' ');
    if (/\s[ivxlc]+$/i.test(number) && !ROMAN.test(number.split(' ')[1])) continue;
    return { family, number, rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

/** The item numbering a line starts with ("1.", "(2)", "（三）", "IV.", "①"). */
export function numberMarker(text: string): Marker | undefined {
  for (const [family, re] of NUMBER_MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const roman = m[1].replace(/[(（)）]/g, '');
    if (/^[ivx]+$/i.test(roman) && !ROMAN.test(roman)) continue;
    return { family, number: m[1], rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

/** Markers that only ever number a heading: "1 Title", "A. Title". */
export function headingOnlyMarker(text: string): Marker | undefined {
  const bare = BARE_NUMBER.exec(text);
  if (bare) return { family: 'dec1', number: bare[1], rest: text.slice(bare[0].length).trim() };
  const letter = LETTER.exec(text);
  if (letter)
    return { family: 'letter', number: letter[1], rest: text.slice(letter[0].length).trim() };
  return undefined;
}

/** "The first part development basis": machine translation of "第一部分" / "第二章" before a title. */
const ORDINAL_DIVISION =
  /^((?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(part|chapter|section))\b\s*[.:：、—–-]?\s*(?!of\b)(?=\p{L})/iu;

/**
 * "First, the title" (the "一、" family) or "The second part title" (a Part, Chapter or
 * Section): number words before a title line, taken only for a heading, never a list marker.
 */
export function numberWordMarker(text: string): Marker | undefined {
  const division = ORDINAL_DIVISION.exec(text);
  if (division) {
    const family = division[2].toLowerCase() as 'part' | 'chapter' | 'section';
    return { family, number: division[1], rest: text.slice(division[0].length).trim() };
  }
  const word = WORD_NUMBER.exec(text);
  if (!word) return undefined;
  return { family: 'cn', number: word[1], rest: text.slice(word[0].length).trim() };
}
