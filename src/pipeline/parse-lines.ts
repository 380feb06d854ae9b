/**
 * Line shapes for the parse stage: bullets, numbered lines (a heading or an item, decided by
 * parse from the context), titles recognised by shape, and lead-in labels. Every regex here is
 * anchored or runs on a short slice, so a megabyte-long line costs linear time.
 */
import {
  headingOnlyMarker,
  numberMarker,
  numberWordMarker,
  wordMarker,
  type Family,
} from './parse-markers.ts';

/** What one line (or one joined paragraph) is, by its shape alone. */
export type LineShape =
  | {
      kind: 'heading';
      title: string;
      number?: string;
      /** The numbering family, or 'plain' for an unnumbered title line. */
      family: Family | 'plain';
      /** False for a number that may also number a list item ("1.", "(2)", "一、"). */
      strong: boolean;
      /** The item this line is when the context says it is not a heading. */
      asItem?: { number: string; text: string };
      /** The line as written, when it is not number + title ("First, the basis"). */
      written?: string;
    }
  | { kind: 'item'; number: string; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string };

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;
/** A numbered title may be longer than an unnumbered one: its number already marks it. */
const MAX_MARKED_CHARS = 160;
const MAX_MARKED_WORDS = 20;
/** Final characters that make a line a sentence, not a title. */
const SENTENCE_END = /[.。;；:：!！?？,，、…]$/;
// "--" must not start a longer run of dashes: "---" is a rule, not a bullet.
const BULLET =
  /^(?:——|--(?!-)|—|–|•|·|▪|▫|■|□|●|○|◆|◇|►|▶|➢|➤|✓|✔|√|◎|❖|★|☆|◦|‣|⁃|∙|\*(?=\s)|-(?=\s))\s*/;
/** "Key numbers: 12" or "Source: Xinhua": a label and its value, not a title. */
const KEY_VALUE = /^[^:：]{1,80}[:：]\s*\S/;
/** "Table 1 Main indicators", "Figure 2-1 Layout", "表1": the caption of a table or figure, not a title. */
const CAPTION =
  /^(?:(?:table|figure|fig\.|chart|map|box|schedule|annex\s+table)\s{0,3}\d{1,3}(?:[.\-–]\d{1,3})?(?=[\s:：.]|$)|[表图]\s{0,2}\d{1,3})/i;
/** "(This document is released publicly)", "(Draft)": a line wholly in round brackets is an aside. */
const ASIDE = /^[(（][^()（）]*[)）]$/;
/** "【Development Goals】", "〖Key Tasks〗": a title in lenticular brackets, shown without them. */
const BRACKETED = /^[【〖]\s*([^【】〖〗]{1,100}?)\s*[】〗]$/;
/** Small words a wrapped line can stop on but a title does not end with. */
const TRAILING_FUNCTION_WORD = /\s(?:a|an|the|of|and|or|to|in|on|at|by|for|with|from|as|that)$/i;

/** Classifies one line by its shape; `standalone` is false for lines joined into a paragraph. */
export function lineShape(text: string, standalone: boolean): LineShape {
  const t = text.trim();
  const bullet = BULLET.exec(t);
  if (bullet) {
    const rest = t.slice(bullet[0].length).trim();
    // A bullet says something: "- - -" or "———" is a line of text, kept whole.
    if (/[\p{L}\p{N}]/u.test(rest)) return { kind: 'bullet', text: rest };
  }
  // "1  Output value  hundred million yuan  9850  14000": a table row, kept whole (its
  // number is a cell, not a marker).
  if (standalone && isSpacedRow(t)) return { kind: 'paragraph', text: t };
  const word = wordMarker(t);
  if (word) {
    if (standalone && (word.rest === '' || isMarkedTitle(word.rest))) {
      return {
        kind: 'heading',
        title: word.rest,
        number: word.number,
        family: word.family,
        strong: true,
      };
    }
    if (word.rest) return { kind: 'item', number: word.number, text: word.rest };
  }
  const item = numberMarker(t);
  if (item) {
    if (standalone && isMarkedTitle(item.rest)) {
      const asItem = { number: item.number, text: item.rest };
      return {
        kind: 'heading',
        title: item.rest,
        number: item.number,
        family: item.family,
        strong: false,
        asItem,
      };
    }
    if (item.rest) return { kind: 'item', number: item.number, text: item.rest };
  }
  if (standalone) {
    const only = headingOnlyMarker(t);
    if (only && isMarkedTitle(only.rest)) {
      // "A. Ports" in a run of "B. ..." is a list item; "1 Ports" in a run stays a line of text.
      const asItem =
        only.family === 'letter' ? { number: only.number, text: only.rest } : undefined;
      return {
        kind: 'heading',
        title: only.rest,
        number: only.number,
        family: only.family,
        strong: false,
        ...(asItem && { asItem }),
      };
    }
    const spelled = numberWordMarker(t);
    if (spelled && isMarkedTitle(spelled.rest)) {
      const { family, number, rest: title } = spelled;
      return { kind: 'heading', title, number, family, strong: false, written: t };
    }
    if (
      isHeadingLike(t) &&
      !KEY_VALUE.test(t) &&
      !isTableRow(t) &&
      !CAPTION.test(t) &&
      !ASIDE.test(t)
    ) {
      return { kind: 'heading', title: unbracket(t), family: 'plain', strong: false };
    }
  }
  return { kind: 'paragraph', text: t };
}

/** The title inside lenticular brackets, or the line as it is. */
function unbracket(text: string): string {
  const inner = BRACKETED.exec(text)?.[1];
  return inner !== undefined && /\p{L}/u.test(inner) ? inner : text;
}

/** True for the caption of a table or figure ("Table 1 Main indicators"): it names, it states nothing. */
export function isCaption(text: string): boolean {
  return CAPTION.test(text.trim());
}

/** A row of a flattened table ("Indicator | 2020 | 2025"): cells split by "|", or by two tabs
 *  or more (one stray tab inside a sentence is a copy artefact), or by runs of spaces with a
 *  figure among them, or a figure, an arrow and a figure ("Output value (billion yuan): 780
 *  (2022) → 1,200 (2025)"). */
export function isCellRow(text: string): boolean {
  return (
    /\S\s*\|\s*\S/.test(text) ||
    isSpacedRow(text) ||
    /\S\t+[^\t]*\S\t+\s*\S/.test(text) ||
    /\d[^→⟶➝]*\s(?:→|->|=>|➝|⟶)\s*[^→⟶➝]*\d/.test(text)
  );
}

/** A row of a flattened table: cells split by "|" or tabs, or by runs of spaces with a figure
 *  among them, or several figures with a decimal or "%". */
function isTableRow(text: string): boolean {
  if (/\||\t/.test(text) || isSpacedRow(text)) return true;
  const figures = text.match(/(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)/g) ?? [];
  return figures.length >= 2 && figures.some((f) => /[.%]/.test(f));
}

/** Three cells or more split by runs of spaces, one of them a bare figure or year
 *  ("No.  Indicator  Unit  2020  2025", "5  Little giants  number  28  60"). */
function isSpacedRow(text: string): boolean {
  if (text.length > 400) return false;
  const cells = text.trim().split(/ {2,}|\u3000+/);
  return (
    cells.length >= 3 &&
    cells.some((c) => /^[[(（]?[-+≥>≤<~]?\d[\d,]*(?:\.\d+)?%?[\])）]?$/.test(c))
  );
}

/** True if a line starts with an item, bullet or heading marker. */
export function hasMarker(text: string): boolean {
  return (
    BULLET.test(text) ||
    wordMarker(text) !== undefined ||
    numberMarker(text) !== undefined ||
    headingOnlyMarker(text) !== undefined
  );
}

/** A short line with a letter, not ending like a sentence: a title by its shape. */
export function isHeadingLike(
  text: string,
  maxChars = MAX_HEADING_CHARS,
  maxWords = MAX_HEADING_WORDS,
): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > maxChars) return false;
  if (SENTENCE_END.test(t) || BULLET.test(t) || !/\p{L}/u.test(t)) return false;
  return t.split(/\s+/).length <= maxWords;
}

/** The title after a number: longer than an unnumbered title may be, never a sentence. */
function isMarkedTitle(rest: string): boolean {
  return isHeadingLike(rest, MAX_MARKED_CHARS, MAX_MARKED_WORDS);
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
