/**
 * Page chrome at the head and tail of a text, by the rules of chrome.yaml: breadcrumb,
 * headline, dateline, byline (source, editor, issuing office), document number, translation
 * notice, and the publisher footer. A title line at the top of the body (one that names a plan,
 * or stands above a news story's dateline) is the headline.
 */
import type { Chrome } from './types.ts';
import type { ChromeRules } from './editorial/types.ts';
import { endsSentence, hasMarker } from './parse-lines.ts';
import { isDateLine, isFullDate, isSignatory, MAX_SIGNATORIES } from './signature.ts';

/** How many non-blank lines at the head may hold chrome, and at the tail the footer. */
const HEAD_WINDOW = 6;
const TAIL_WINDOW = 5;
/** Chrome lines are short; a long line is the plan's prose even if a rule matches it. */
const MAX_CHROME_LINE = 300;
/** A title line names the plan in a few words and does not end like a sentence. */
const MAX_TITLE_WORDS = 40;
/** The first line of a title set on two lines names a place or an issuer in a few words. */
const MAX_TITLE_PREFIX_WORDS = 8;
/** A sentence this long is the text's prose, not a credit line. */
const MIN_PROSE_WORDS = 6;

export interface Line {
  line: number;
  text: string;
}

type HeadKind = 'breadcrumb' | 'notice' | 'dateline' | 'byline' | 'documentNumber';
export type HeadChrome = Omit<Chrome, 'footer' | 'contacts'>;

export interface ChromeMatchers {
  breadcrumb: RegExp[];
  dateline: RegExp[];
  notice: RegExp[];
  footer: RegExp[];
  byline: RegExp[];
  documentNumber: RegExp[];
  planTitle: RegExp[];
  storyLead: RegExp[];
}

export function compileChrome(rules: ChromeRules): ChromeMatchers {
  const compile = (kind: keyof ChromeRules) =>
    (rules[kind] ?? []).map((source) => compileRule(`chrome ${kind}`, source, 'i'));
  return {
    breadcrumb: compile('breadcrumb'),
    dateline: compile('dateline'),
    notice: compile('notice'),
    footer: compile('footer'),
    byline: compile('byline'),
    documentNumber: compile('documentNumber'),
    planTitle: compile('planTitle'),
    storyLead: compile('storyLead'),
  };
}

export function compileRule(what: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${what} rule /${source}/: ${(error as Error).message}`);
  }
}

const matchesAny = (res: RegExp[], text: string) =>
  text.length <= MAX_CHROME_LINE && res.some((re) => re.test(text));

function headKind(m: ChromeMatchers, text: string, top: boolean): HeadKind | undefined {
  if (top && matchesAny(m.breadcrumb, text)) return 'breadcrumb';
  if (matchesAny(m.notice, text)) return 'notice';
  if (matchesAny(m.dateline, text)) return 'dateline';
  if (matchesAny(m.documentNumber, text)) return 'documentNumber';
  if (matchesAny(m.byline, text)) return 'byline';
  return undefined;
}

/**
 * The head is recognised only when rules match: a breadcrumb on the first line, or a dateline,
 * byline, document number or notice within the first few lines. It ends at the last matching
 * line; one unmatched line inside it is the headline. Without a match, every line stays in the
 * body. With no headline yet, a first body line that names a plan ("... Development Plan") is
 * the headline.
 */
export function splitHead(
  all: Line[],
  m: ChromeMatchers,
  isFurniture: (text: string) => boolean = () => false,
): { chrome: HeadChrome; lines: Set<number> } {
  const window = all.filter((l) => !isBlank(l.text)).slice(0, HEAD_WINDOW);
  const chrome: HeadChrome = {};
  // A breadcrumb stands first, or under the site's banner ("X Municipal People's Government").
  const kinds = window.map((l, i) => headKind(m, l.text, i <= 1));
  // An office named on a line of the text (a heading above its paragraph, or a notice's
  // signature below its prose) is not the page's byline, nor the notice's date its dateline.
  // (The first line no rule explains may be a long headline: it does not count as prose.)
  const unexplained = window.filter((_, i) => !kinds[i]).slice(1);
  const proseAbove = (i: number) =>
    unexplained.some((l) => l.line < window[i].line && isProse(l.text));
  kinds.forEach((kind, i) => {
    const unlabelled = kind === 'byline' && !isLabelled(window[i].text);
    if (unlabelled && (proseAbove(i) || proseBelow(all, window[i]))) kinds[i] = undefined;
    if (kind === 'dateline' && proseAbove(i)) kinds[i] = undefined;
  });
  // Page buttons ("Font size: [Large] [Small]  Print | Close") are neither chrome nor headline:
  // they stay in the body, where noise rules remove them and record it.
  const furniture = window.map((l, i) => kinds[i] === undefined && isFurniture(l.text));
  let end = -1;
  kinds.forEach((kind, i) => {
    if (kind) end = i;
  });
  // The head ends after the first notice: what follows it is the article.
  const firstNotice = kinds.indexOf('notice');
  if (firstNotice !== -1) end = firstNotice;
  // A breadcrumb alone: the next line is the headline if the breadcrumb ends with it.
  if (end === 0 && kinds[0] === 'breadcrumb' && window[1]) {
    if (lastCrumb(window[0].text) === window[1].text.trim()) end = 1;
  }
  const lines = new Set<number>();
  for (let i = 0; i <= end; i++) {
    const l = window[i];
    const kind = kinds[i];
    if (kind) {
      if (chrome[kind] !== undefined) continue; // keep the first; a second one stays in the body
      chrome[kind] = l.text.trim();
    } else if (furniture[i] || !/[A-Za-z]/.test(l.text)) {
      // A line with no Latin letter ("…人民政府办公室文件", the issuing office's banner) is not
      // the English headline; it stays in the text.
      continue;
    } else if (chrome.headline === undefined) {
      chrome.headline = l.text.trim();
      // A title set on two lines ("Shaanxi Province" / "14th Five-Year Plan for ...").
      const second = window[i + 1];
      if (kinds[i + 1] === undefined && !furniture[i + 1] && twoLineTitle(l, second, m)) {
        chrome.headline = `${chrome.headline} ${second.text.trim()}`;
        lines.add(second.line);
        i += 1;
        end = Math.max(end, i);
      }
    } else continue; // a second unexplained line is the plan's, not chrome
    lines.add(l.line);
  }
  // No headline in the head: a title line (or two) right after it is one, with the credits
  // below it.
  while (furniture[end + 1]) end += 1;
  const next = window[end + 1];
  const after = window[end + 2];
  let title = 0;
  if (chrome.headline === undefined && next) {
    if (!kinds[end + 2] && twoLineTitle(next, after, m)) title = 2;
    else if (isTitle(next.text, after?.text, m)) title = 1;
  }
  if (title > 0) {
    const titled = window.slice(end + 1, end + 1 + title);
    chrome.headline = titled.map((l) => l.text.trim()).join(' ');
    for (const l of titled) lines.add(l.line);
    end += title;
    for (let i = end + 1; i < window.length; i++) {
      if (furniture[i]) continue;
      const kind = kinds[i];
      if (!kind || kind === 'notice' || chrome[kind] !== undefined) break;
      chrome[kind] = window[i].text.trim();
      lines.add(window[i].line);
      end = i;
    }
  }
  if (end === -1) return { chrome, lines };
  // Blank lines inside the head go with it.
  const last = window[end].line;
  for (const l of all) if (l.line < last && isBlank(l.text)) lines.add(l.line);
  return { chrome, lines };
}

/** "Source: ...", "By Li Ming", "Issued by ...", a dated credit: a byline by its label, not by a name alone. */
function isLabelled(text: string): boolean {
  return /[:：\d]|^\s*[(（[]?\s*(?:(?:issued|released|published|posted|written|reported)\s+)?by\b/i.test(
    text,
  );
}

/** Prose stands right below the line, with no blank line between: the line is its heading. */
function proseBelow(all: Line[], line: Line): boolean {
  const below = all.find((l) => l.line === line.line + 1);
  return below !== undefined && isProse(below.text);
}

/** A sentence of some length: text, not a title, credit or button. */
function isProse(text: string): boolean {
  return endsSentence(text.trim()) && text.trim().split(/\s+/).length >= MIN_PROSE_WORDS;
}

/**
 * Two adjacent short lines that make one title: the second names the plan ("... Plan for X"),
 * the first only its place or issuer ("Shaanxi Province").
 */
function twoLineTitle(first: Line, second: Line | undefined, m: ChromeMatchers): boolean {
  if (second === undefined || second.line !== first.line + 1) return false;
  const a = first.text.trim();
  const b = second.text.trim();
  if (!titleShaped(a) || !titleShaped(b) || a.split(/\s+/).length > MAX_TITLE_PREFIX_WORDS)
    return false;
  return matchesAny(m.planTitle, b) && !matchesAny(m.planTitle, a);
}

/** A few words, no sentence end, no list marker. */
function titleShaped(t: string): boolean {
  return (
    !/[.。;；:：,，!！?？]$/.test(t) && !hasMarker(t) && t.split(/\s+/).length <= MAX_TITLE_WORDS
  );
}

/**
 * A title line: a few words, no sentence end, no list marker, and either a plan word in it or
 * a news story's first line ("HEFEI, Jan. 18 -- ...") below it.
 */
function isTitle(text: string, below: string | undefined, m: ChromeMatchers): boolean {
  const t = text.trim();
  if (!titleShaped(t)) return false;
  if (matchesAny(m.planTitle, t)) return true;
  return below !== undefined && m.storyLead.some((re) => re.test(below.slice(0, MAX_CHROME_LINE)));
}

function lastCrumb(breadcrumb: string): string {
  const parts = breadcrumb.split(/\s[/>»›|]\s/);
  return parts[parts.length - 1].trim();
}

/** A line wholly in round brackets. */
const ASIDE = /^[(（][^()（）]{1,120}[)）]$/;

/**
 * Index in `rest` where the footer starts: the earliest matching line among the last few, or
 * the signature block (the issuing offices and a date) that closes an issued plan.
 */
export function findFooter(rest: Line[], footer: RegExp[]): number {
  let seen = 0;
  let start = -1;
  for (let i = rest.length - 1; i >= 0 && seen < TAIL_WINDOW; i--) {
    if (isBlank(rest[i].text)) continue;
    seen++;
    if (matchesAny(footer, rest[i].text)) start = i;
  }
  // The signature closes the text: above the publisher's lines when there are some.
  const signature = signatureStart(start === -1 ? rest : rest.slice(0, start));
  return signature !== -1 ? signature : start;
}

/**
 * Start of a closing signature: up to four office lines above a date that ends the text, or a
 * full date alone below a sentence; else -1. A short heading above the date ("Date of
 * Implementation") names no office: it and its date stay in the text.
 */
function signatureStart(rest: Line[]): number {
  const lines = rest.map((l, i) => ({ i, text: l.text.trim() })).filter((l) => l.text !== '');
  // A note in brackets may follow the date: "(This document is released publicly)".
  if (lines.length > 1 && ASIDE.test(lines[lines.length - 1].text)) lines.pop();
  const last = lines[lines.length - 1];
  if (last === undefined || !isDateLine(last.text)) return -1;
  let start = last.i;
  for (let k = lines.length - 2; k >= 0 && k >= lines.length - 1 - MAX_SIGNATORIES; k--) {
    const t = lines[k].text;
    if (!isSignatory(t) || hasMarker(t)) break;
    start = lines[k].i;
  }
  if (start !== last.i) return start;
  // A date alone: the footer below a sentence, but the text of a short heading above it.
  const above = lines[lines.length - 2]?.text;
  return isFullDate(last.text) && (above === undefined || endsSentence(above)) ? last.i : -1;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}
