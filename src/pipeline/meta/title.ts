/**
 * The plan's title from its text: a title-case headline (never a byline, date or source line);
 * else the plan's name where the text says it was issued ("... issued the 14th Five-Year Plan
 * for X (hereinafter the "Plan")", "The X Plan was recently released"), or a quoted name.
 */
import type { ChromeRules } from '../editorial/types.ts';
import type { Block, CleanText, PlanDocument } from '../types.ts';
import { isDateLine, isSignatory, MAX_SIGNATORIES } from '../signature.ts';

/** How many blocks from the start may name the plan. */
const SEARCH_BLOCKS = 8;
const MAX_NAME_WORDS = 35;
const MIN_NAME_WORDS = 3;
/** What ends a plan's name inside a sentence: a bracket, a clause break, a new clause. */
const NAME_END =
  /\s*(?:[(（,，;；。:：]|\.(?:\s|$)|\s(?:which|that|on|recently|officially|earlier|today|yesterday|this\s+(?:week|month|year)|in\s+order\s+to|so\s+as\s+to|aim(?:ing|s|ed)?\s+(?:to|at)|with\s+the\s+(?:aim|goal)|and\s+(?:made|put|will|has|have|is|are|was|proposed|called|set)|to\s+(?:promote|boost|accelerate|support|further|guide|implement|speed|build|develop|make|push|drive|foster))\b)/i;
/** A participle after a name ends it: "the X Plan released on Tuesday" (lower case: not a title word). */
const PARTICIPLE_END =
  /\s(?:released|issued|published|unveiled|announced|adopted|approved|formulated|promulgated|launched|introduced|drawn\s+up|rolled\s+out)\b/;
/** Words before a name: "the", "its", "the city's". */
const LEADING_ARTICLE =
  /^(?:(?:the|its|their|this|a|an)\s+)?(?:(?:city|province|country|region|county|municipality|government|ministry|state\s+council)['’]s\s+)?/i;
/** Years in brackets after a name belong to it: "Plan (2021-2025)". */
const YEARS = /^\s*[(（]\s*\d{4}\s*[-–—~至]\s*\d{4}\s*(?:年)?[)）]/;
/** A headline that is only furniture: a date, a source or editor credit, a byline. */
const NOT_A_TITLE =
  /^\s*(?:[(（[]?\s*(?:source|editor|author|reporter|by|from|issued\s+by|published|posted|updated|date)\b|\d{4}[-/.年]\d{1,2}|[a-z]{3,9}\.?\s\d{1,2},\s?\d{4})/i;

/** The plan's English title as the text gives it, or undefined when the text names none. */
export function titleFromText(
  clean: CleanText,
  doc: PlanDocument,
  rules: Pick<ChromeRules, 'planTitle' | 'planIssued'>,
): string | undefined {
  const nouns = compile(rules.planTitle);
  const headline = clean.chrome.headline;
  // An office's name over a notice ("Civil Aviation Administration of China") names no plan.
  const usable =
    headline !== undefined &&
    !NOT_A_TITLE.test(headline) &&
    !(isSignatory(headline) && !nouns.some((re) => re.test(headline)));
  // A headline in title case names the plan; a news headline ("Hefei eyes ...", "Ganzhou
  // issues 14th Five-Year Plan ...") yields to the plan's name in the text, and stays the
  // title only when the text names none, cut to the plan's name when it follows the verb.
  if (usable && isTitleCase(headline) && !isNewsHeadline(headline)) {
    return bookTitle(headline) ?? noticeTitle(headline, nouns) ?? headline;
  }
  const named = nameInText(doc, nouns, (rules.planIssued ?? []).join('|'));
  if (named || !usable) return named;
  return bookTitle(headline) ?? nameAfterVerb(headline, nouns) ?? headline;
}

/** "Notice of X on Printing and Distributing the Y Plan (2023-2025)": what a notice issues. */
const NOTICE_ISSUING =
  /\b(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:print(?:ing)?\s+and\s+distribut(?:e|ing)|issu(?:e|ing)|issuance\s+of|publish(?:ing)?|publication\s+of|releas(?:e|ing)|distribut(?:e|ing)|promulgat(?:e|ing)|forward(?:ing)?)\s+(.{3,300}?)(?:\s+notice)?\s*$/i;

/** The plan a notice's headline says it issues, when the headline is a notice. */
function noticeTitle(headline: string, nouns: RegExp[]): string | undefined {
  if (!/\bnotice\b/i.test(headline)) return undefined;
  const issued = NOTICE_ISSUING.exec(headline)?.[1];
  if (issued === undefined) return undefined;
  const name = issued.replace(LEADING_ARTICLE, '').trim();
  return isName(name, nouns) ? name : undefined;
}

/** Small words a title leaves in lower case; any other lower-case word is a headline's verb. */
const TITLE_SMALL_WORDS = new Set(
  (
    'a an the of for and or nor to in on at by with from into onto about as than via per ' +
    'during under over through towards toward among between within upon its their our etc'
  ).split(' '),
);

/** A news headline: a subject and a verb in lower case ("Ganzhou issues ...", "City maps out ..."). */
export function isNewsHeadline(headline: string): boolean {
  return verbAt(headline) !== undefined;
}

/** Index just after the first lower-case word a title would not have, or undefined. */
function verbAt(text: string): number | undefined {
  const outside = text.replace(/["“][^"”]*["”]|《[^《》]*》/g, (m) => ' '.repeat(m.length));
  for (const m of outside.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’]+(?![\p{L}\p{N}'’-])/gu)) {
    if (m.index > 0 && !TITLE_SMALL_WORDS.has(m[0])) return m.index + m[0].length;
  }
  return undefined;
}

/** "Ganzhou issues 14th Five-Year Plan for X": the plan's name after the headline's verb. */
function nameAfterVerb(headline: string, nouns: RegExp[]): string | undefined {
  const at = verbAt(headline);
  if (at === undefined) return undefined;
  const name = cut(headline.slice(at).replace(/^\s*(?:out|up|off)\b/i, ''));
  return name && isName(name, nouns) ? name : undefined;
}

/** "Notice on Printing and Distributing 《X Plan (2022-2024)》": a notice that issues a plan is
 *  titled by the plan it carries, which Chinese title marks enclose. */
export function bookTitle(headline: string): string | undefined {
  const inner = /《([^《》]{3,300})》/.exec(headline)?.[1]?.trim();
  return inner && inner !== headline.trim() ? inner : undefined;
}

function nameInText(doc: PlanDocument, nouns: RegExp[], verbs: string): string | undefined {
  const blocks = [...doc.preamble, ...doc.sections.flatMap((s) => s.blocks)].slice(
    0,
    SEARCH_BLOCKS,
  );
  for (const block of blocks) {
    const name = lineTitle(block.text, nouns) ?? planName(block.text.slice(0, 2000), nouns, verbs);
    if (name) return name;
  }
  return undefined;
}

/** A line that is only a name: the notice's plan ("Notice on Printing and Distributing the X
 *  Plan"), else a title-case plan name with no verb and no full stop (a title below an issuer). */
function lineTitle(text: string, nouns: RegExp[]): string | undefined {
  const line = text.trim();
  if (line.includes('\n') || /[.。:：;；]$/.test(line)) return undefined;
  const notice = noticeTitle(line, nouns);
  if (notice) return notice;
  return isTitleCase(line) && !isNewsHeadline(line) && isName(line, nouns) ? line : undefined;
}

/** Title case: most words of four letters or more start with a capital (or all are capitals). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length === 0) return true; // CJK or short: nothing says otherwise
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= 0.7;
}

/** The first plan name in a text, by the issuing verb before or after it, or in quotes. */
export function planName(text: string, nouns: RegExp[], verbs: string): string | undefined {
  const candidates: string[] = [];
  if (verbs) {
    // "... issued the X Plan (hereinafter ...)": the name follows the verb.
    const after = new RegExp(`\\b(?:${verbs})\\s+`, 'gi');
    for (const m of text.matchAll(after)) candidates.push(text.slice(m.index + m[0].length));
    // "The X Plan was recently issued": the name is the sentence's subject.
    const before = new RegExp(
      `(?:^|[.。!?]\\s+)([^.。!?]{5,300}?)\\s+(?:was|were|has\\s+been|have\\s+been|is|had\\s+been)\\s+(?:(?:\\w+ly|hereby)\\s+)?(?:${verbs})\\b`,
      'gi',
    );
    for (const m of text.matchAll(before)) candidates.push(m[1]);
  }
  // A quoted name: 'the "Zhejiang Marine Economy Development Plan"'.
  for (const m of text.matchAll(/["“]([^"”]{5,200})["”]/g)) candidates.push(m[1]);
  for (const candidate of candidates) {
    const name = cut(candidate);
    if (name && isName(name, nouns)) return name;
  }
  return undefined;
}

function cut(candidate: string): string {
  const head = candidate.slice(0, 400);
  const end = earliest(NAME_END.exec(head), PARTICIPLE_END.exec(head));
  let name = (end ? head.slice(0, end.index) : head).trim();
  const years = end ? YEARS.exec(head.slice(end.index)) : null;
  if (years) name = `${name} ${years[0].trim()}`;
  name = name.replace(LEADING_ARTICLE, '').trim();
  // A name wholly in quotes loses them; quotes inside it stay ('"14th Five-Year" Plan').
  const quoted = /^["“]([^"”]+)["”]$/.exec(name);
  if (quoted) return quoted[1].trim();
  // An opening quote whose name was cut inside the quotes ('"X Plan (2023-2025)" (hereinafter').
  return /^["“][^"”]+$/.test(name) ? name.slice(1).trim() : name;
}

/** The match that starts first. */
function earliest(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (!a || !b) return a ?? b;
  return b.index < a.index ? b : a;
}

/** A name, not a description: a plan word, a few words, starting with a capital or a number. */
function isName(name: string, nouns: RegExp[]): boolean {
  const words = name.split(/\s+/).length;
  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS) return false;
  if (!/^[\p{Lu}\d"“]/u.test(name)) return false;
  return nouns.some((re) => re.test(name));
}

function compile(sources: string[] | undefined): RegExp[] {
  return (sources ?? []).map((s) => new RegExp(s, 'i'));
}

/** An office that issues plans, by the word that ends its name. */
const OFFICE =
  /\b(?:government|state\s+council|council|office|commission|ministry|bureau|department|administration|committee)\b/i;
const CREDIT =
  /^\s*(?:[(（[]?\s*(?:by|published|posted|updated|date)\b|\d)|\b(?:source|from|editor|author|reporter|来源)\s*[:：]/i;
/^\s*[(（[]?\s*(?:source|from|editor|author|reporter|by|published|posted|updated|date)\b/i;

/** A date after the office's name: "... Office    2021-12-28", "... Committee | March 2022". */
const TRAILING_DATE =
  /[\s|]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?|(?:\d{1,2}\s+)?[a-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?\d{4})\s*$/i;

/**
 * The issuing office a byline names ("Issued by the People's Government of Shandong Province,
 * 18 March 2022", "General Office of the People's Government of Jiangsu Province"); not a
 * source or editor credit, which names who published the page.
 */
export function issuerFrom(byline: string | undefined): string | undefined {
  if (!byline || CREDIT.test(byline)) return undefined;
  const name = byline
    .split(/\s[|｜]\s/)[0]
    .replace(/^\s*(?:issued|released|promulgated)\s+by\s+/i, '')
    .replace(/,[^,]*\d{4}\s*$/, '')
    .replace(TRAILING_DATE, '')
    .replace(/^the\s+/i, '')
    .trim();
  return OFFICE.test(name) && name.split(/\s+/).length <= 20 ? name : undefined;
}

/**
 * The offices that sign the notice before the plan: the lines right above a date line in the
 * text before the first heading ("Ministry of Commerce / Ministry of Finance / May 6, 2022").
 */
export function signatoriesOf(preamble: Block[]): string | undefined {
  const date = preamble.findIndex((b) => b.kind === 'paragraph' && isDateLine(b.text));
  const names: string[] = [];
  for (let i = date - 1; i >= 0 && names.length < MAX_SIGNATORIES; i--) {
    const b = preamble[i];
    if (b.kind !== 'paragraph' || b.line !== preamble[i + 1].line - 1 || !isSignatory(b.text))
      break;
    names.unshift(b.text.trim());
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The office on the line right above the title in the text before the first heading
 *  ("Office of the Leading Group for ..." over "Action Plan for ..."). */
export function officeAbove(preamble: Block[], title: string): string | undefined {
  const at = preamble.findIndex((b) => b.text.trim() === title);
  const above = at > 0 ? preamble[at - 1] : undefined;
  if (!above || above.kind !== 'paragraph' || /[.。;；:：,，]/.test(above.text)) return undefined;
  return issuerFrom(above.text);
}
