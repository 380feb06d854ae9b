/**
 * Line shapes for the parse stage: item and bullet markers, heading markers and headings
 * recognised by shape, and lead-in labels. Every regex here is anchored or runs on a short
 * slice, so a megabyte-long line costs linear time.
 */

/** What one line (or one joined paragraph) is, by its shape alone. */
export type LineShape =
  | { kind: 'heading'; title: string; number?: string; level?: 1 | 2 }
  | { kind: 'item'; number: string; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;
/** Final characters that make a line a sentence, not a title. */
const SENTENCE_END = /[.。;；:：!！?？,，、…]$/;
// "--" must not start a longer run of dashes: "---" is a rule, not a bullet.
const BULLET = /^(?:——|--(?!-)|—|–|•|·|▪|●|◆|\*(?=\s)|-(?=\s))\s*/;
const ITEM_MARKERS: RegExp[] = [
  /^(\d{1,3})(?:\.(?=\s)|[、．])\s*/, // 1. 1、 1．
  /^(\d{1,3}[)）])\s*/, // 1)
  /^([(（]\d{1,3}[)）])\s*/, // (1) （1）
  /^([\u2460-\u2473])\s*/, // ① … ⑳
  /^([(（][一二三四五六七八九十]{1,3}[)）])\s*/, // （一）
  /^([一二三四五六七八九十]{1,3})[、．]\s*/, // 一、
  /^([IVX]{1,5})[.．、]\s+/, // IV.
  /^([ivx]{1,5})[.)]\s+/, // iv.
];
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/i;
const PART =
  /^((?:part|chapter|section)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten))\b\s*[.:：、—–-]?\s*/i;
const CHINESE_PART = /^(第[一二三四五六七八九十百\d]{1,4}(?:章|部分|篇|节))\s*/;
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,2})\s+(?=\p{Lu})/u;
/** Small words a wrapped line can stop on but a title does not end with. */
const TRAILING_FUNCTION_WORD = /\s(?:a|an|the|of|and|or|to|in|on|at|by|for|with|from|as|that)$/i;

/** Classifies one line by its shape; `standalone` is false for lines joined into a paragraph. */
export function lineShape(text: string, standalone: boolean): LineShape {
  const bullet = BULLET.exec(text);
  if (bullet) {
    const rest = text.slice(bullet[0].length).trim();
    // A bullet says something: "- - -" or "———" is a line of text, kept whole.
    if (/[\p{L}\p{N}]/u.test(rest)) return { kind: 'bullet', text: rest };
  }
  if (standalone) {
    const heading = markedHeading(text);
    if (heading) return heading;
  }
  const item = itemMarker(text);
  if (item && item.rest) return { kind: 'item', number: item.number, text: item.rest };
  if (standalone && isHeadingLike(text)) return { kind: 'heading', title: text.trim() };
  return { kind: 'paragraph', text: text.trim() };
}

/** True if a line starts with an item, bullet or heading marker. */
export function hasMarker(text: string): boolean {
  return BULLET.test(text) || itemMarker(text) !== undefined || markedHeading(text) !== undefined;
}

/** A short line with a letter, not ending like a sentence: a title by its shape. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_HEADING_CHARS) return false;
  if (SENTENCE_END.test(t) || BULLET.test(t) || !/\p{L}/u.test(t)) return false;
  return t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/** A heading-like line that does not stop on a small word, as a wrapped line would. */
export function isTitleLine(text: string): boolean {
  return isHeadingLike(text) && !TRAILING_FUNCTION_WORD.test(text.trim());
}

/** True if the line ends a sentence (possibly before a closing quote or bracket). */
export function endsSentence(text: string): boolean {
  const tail = text.trimEnd().slice(-2);
  return /[.。!！?？;；:：…]$/.test(tail) || /[.。!！?？]["”’)）]$/.test(tail);
}

/** The lead-in sentence of a block ("Smart chip. Focus on …" → "Smart chip"), if short enough. */
export function leadIn(text: string, maxWords: number, needsMore: boolean): string | undefined {
  const head = text.slice(0, 400);
  const end = /\.(?=\s|$)|。/.exec(head);
  if (!end) return undefined;
  const label = head.slice(0, end.index).trim();
  if (!label || label.length > MAX_HEADING_CHARS || /[,;，；:：]/.test(label)) return undefined;
  if (label.split(/\s+/).length > maxWords) return undefined;
  if (needsMore && text.slice(end.index + 1).trim() === '') return undefined;
  return label;
}

function itemMarker(text: string): { number: string; rest: string } | undefined {
  for (const re of ITEM_MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    if (/^[ivx]+$/i.test(m[1]) && !ROMAN.test(m[1])) continue;
    return { number: m[1], rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

/**
 * Headings with an explicit marker: "Part 1", "Chapter 2", "第一章" and "I." / "一、" are
 * level 1, "1 Title" level 1 and "1.2 Title" level 2, a standalone "(1) Title" level 2.
 * The rest of the line must still look like a title.
 */
function markedHeading(text: string): LineShape | undefined {
  const t = text.trim();
  const part = PART.exec(t) ?? CHINESE_PART.exec(t);
  if (part) {
    const rest = t.slice(part[0].length).trim();
    if (rest === '' || isHeadingLike(rest)) {
      return { kind: 'heading', title: rest || t, number: part[1], level: 1 };
    }
  }
  const section = SECTION_NUMBER.exec(t);
  if (section) {
    const rest = t.slice(section[0].length).trim();
    const level = section[1].includes('.') ? 2 : 1;
    if (isHeadingLike(rest)) return { kind: 'heading', title: rest, number: section[1], level };
  }
  const item = itemMarker(t);
  if (item && isHeadingLike(item.rest)) {
    // Roman numerals were checked by itemMarker; "I." and "一、" open a level-1 part.
    if (/^(?:[IVX]+|[一二三四五六七八九十]+)$/.test(item.number)) {
      return { kind: 'heading', title: item.rest, number: item.number, level: 1 };
    }
    if (/^[(（]/.test(item.number)) {
      return { kind: 'heading', title: item.rest, number: item.number, level: 2 };
    }
  }
  return undefined;
}
