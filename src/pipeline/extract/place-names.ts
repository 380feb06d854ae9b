/**
 * Place names a text writes but no data knows: typed names ("Suzhou Industrial Park", "Nanjing
 * Jiangbei New Area", "China (Hainan) Pilot Free Trade Zone") and lists sharing one type word
 * ("the districts of Nanshan, Futian and Bao'an" → Nanshan District, Futian District, ...).
 */
import { isLowerPinyin, isPinyinName } from './pinyin.ts';

/** A name found in a text: [start, end) offsets of its words, and the name as it will read. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /** The words as the text writes them ("Longgang" in "the districts of ... and Longgang"). */
  written: string;
  /** Offsets of the type word that ends a typed name (a list item has none). */
  head?: { start: number; end: number };
}

/** Whether a capitalised word can start a place name (a Pinyin word, a known one-word name, or
 *  the first word of a known place at offset `at`). */
export type IsProper = (word: string, at?: number) => boolean;

/** The type words that end a place name in this genre ("New Area", "High-tech Zone" and
 *  "Science City" end in Area, Zone and City). */
export const HEADS = new Set(
  'District Subdistrict County City Area Zone Park Base Valley Island Islands Port Delta Region Town Township Corridor Belt Circle Province Prefecture Bay Harbour Harbor Village Peninsula'.split(
    ' ',
  ),
);
// Capitalised words that end the walk to the left: a name never spans them.
const STOPS = new Set(
  'A An The This That These Those Its Our Their We It In At On Of For To From By With Into As Is Are Was Were Be Will Shall Should Build Create Support Promote Develop Cultivate Speed Focus Accelerate Construct Establish Strengthen Encourage Guide Rely Relying Around Along Near Both Each Every Such Including Namely Among All'.split(
    ' ',
  ),
);
// Type words machine translation leaves in lower case ("Xiaoyangshan port area").
const LOWER_HEADS = new Set(['port', 'district', 'county']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)*)*/gu;
const MAX_WORDS = 9;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const capitalised = (word: string) => /^[\p{Lu}]/u.test(word) || /^[A-Z0-9]{2,}$/.test(word);

/** The gap between two tokens allows a name to go on: spaces, or "(" / ")" around a word. */
function joins(text: string, left: Token, right: Token): boolean {
  return /^(?:\s+|\s*\(|\)\s*)$/.test(text.slice(left.end, right.start));
}

/** Typed names: capitalised words ending in a type word, starting at a proper word. */
export function typedNames(text: string, isProper: IsProper): NameSpan[] {
  const words = tokens(text);
  const out: NameSpan[] = [];
  for (let h = 1; h < words.length; h++) {
    const type = words[h].text;
    const portArea = type === 'area' && words[h - 1].text === 'port';
    if (!HEADS.has(type) && !LOWER_HEADS.has(type) && !portArea) continue;
    let first = portArea ? h - 1 : h;
    for (let j = first - 1; j >= 0 && h - j < MAX_WORDS; j--) {
      const word = words[j].text;
      if (!joins(text, words[j], words[j + 1])) break;
      if (/['’]s$/.test(word)) break; // "Shenzhen's Yantian Port": the name starts after it
      // "Science and Education City", but not "Shenzhen and Songshan Lake Science City".
      const before = j > 0 ? words[j - 1].text : '';
      const connector =
        word === 'and' &&
        capitalised(before) &&
        !HEADS.has(before) &&
        !isProper(words[j + 1].text, words[j + 1].start);
      if (!connector && !capitalised(word)) break;
      if (STOPS.has(word)) break;
      first = j;
    }
    // The name starts at its first proper word; "China (Hainan) ..." keeps "China".
    let start = first;
    while (start < h && !isProper(words[start].text, words[start].start)) start++;
    // Machine translation may lower-case the name itself ("jiangxia District").
    const lower = first > 0 ? words[first - 1] : undefined;
    if (start === h && capitalised(type) && lower && isLowerPinyin(lower.text)) {
      if (joins(text, lower, words[first])) start = first - 1;
    }
    // A national brand name: "China Light Valley", "China Medical City".
    const china = words.slice(first, h - 1).findIndex((w) => w.text === 'China');
    if (start === h && china >= 0 && /^(?:Valley|City|Town|Park)$/.test(type))
      start = first + china;
    if (start >= h || (portArea && start >= h - 1)) continue;
    if (start > first && words[start - 1].text === 'China' && text[words[start].start - 1] === '(')
      start--;
    const from = words[start].start;
    const to = words[h].end;
    const name = text.slice(from, to).replace(/\s+/g, ' ');
    if (/\([^)]*$/.test(name)) continue; // an unclosed bracket: not a name
    out.push({
      start: from,
      end: to,
      name,
      written: name,
      head: { start: words[h].start, end: words[h].end },
    });
  }
  // A longer name ending at the same type word's span wins ("Suzhou Industrial Park Zone").
  return out.filter(
    (a) => !out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end !== a.end),
  );
}

// "Huaiyuan Municipal People's Government", "Jiangsu Provincial Department of ...": the place
// is the proper words before the adjective.
const ORGANISATION = /((?:[\p{Lu}][\p{L}'’-]*\s+){1,3})(?:Municipal|Provincial)\b/gu;

/** Places named by the organisations of their government ("Shenzhen Municipal ..."). */
export function organisationPlaces(text: string, isProper: IsProper): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(ORGANISATION)) {
    const words = m[1].trim().split(/\s+/);
    const skip = words.findIndex((word) => isProper(word));
    if (skip < 0 || !words.slice(skip).every((word) => isProper(word))) continue;
    const written = words.slice(skip).join(' ');
    const start = m.index + m[1].trimEnd().length - written.length;
    const span = { start, end: start + written.length };
    out.push({ ...span, name: written, written, head: span });
  }
  return out;
}

// "the districts of A, B and C" / "A, B and C districts": the plural and the singular it gives.
const PLURALS: Record<string, string | undefined> = {
  districts: 'District',
  counties: 'County',
  islands: 'Island',
  towns: 'Town',
  townships: 'Township',
  cities: undefined, // "the cities of Wuxi and Changzhou": the names alone
  provinces: undefined,
};
const ITEM = String.raw`[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){0,2}`;
const ITEMS = String.raw`${ITEM}(?:\s*,\s*${ITEM})*(?:,?\s+and\s+${ITEM})?`;
// Each plural as written in lower case or capitalised ("the Districts of ...").
const PLURAL = Object.keys(PLURALS)
  .map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`)
  .join('|');
const LIST_AFTER = new RegExp(
  String.raw`\b(${PLURAL})\s+(?:of|including|such as|like|namely)\s+(${ITEMS})`,
  'gu',
);
const LIST_BEFORE = new RegExp(String.raw`(${ITEMS})\s+(${PLURAL})\b`, 'gu');

/** Each item of a list sharing one type word, named with that type word. */
export function listNames(text: string, isProper: IsProper): NameSpan[] {
  const out: NameSpan[] = [];
  const items = (list: string, offset: number, plural: string) => {
    const type = PLURALS[plural.toLowerCase()];
    const item = new RegExp(ITEM, 'gu');
    for (const m of list.matchAll(item)) {
      // Leading words that are not names ("In Jiading") are not part of the item.
      const words = m[0].split(/\s+/);
      const skip = words.findIndex((word) => isProper(word));
      if (skip < 0 || !words.slice(skip).every((word) => isProper(word))) continue;
      const written = words.slice(skip).join(' ');
      const start = offset + m.index + m[0].length - written.length;
      out.push({
        start,
        end: start + written.length,
        name: type ? `${written} ${type}` : written,
        written,
      });
    }
  };
  for (const m of text.matchAll(LIST_AFTER)) {
    items(m[2], m.index + m[0].length - m[2].length, m[1]);
  }
  for (const m of text.matchAll(LIST_BEFORE)) {
    // At least two items: "A and B districts" (one item is a typed name, found elsewhere).
    if (!/,|\band\b/.test(m[1])) continue;
    items(m[1], m.index, m[2]);
  }
  return out;
}
