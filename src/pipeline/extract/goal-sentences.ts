/**
 * Whether a sentence states a goal, and for which year: by its horizon ("By 2025", "during the
 * 14th Five-Year Plan period"), an intent phrase ("aims to", "is expected to"), or a future word
 * with a number ("will reach 4.5% of GDP"). The wording lives in structure.yaml.
 */
import type { Rules } from './context.ts';
import { capitalise } from './text.ts';

/** What a sentence says about a goal. */
export interface GoalSignal {
  /** The sentence states a goal. */
  goal: boolean;
  /** Its own horizon year, when it has one in or after the plan's period. */
  year?: number;
  /** It carries a number that can be a target. */
  number: boolean;
}

const YEAR = /^(?:19|20)\d\d$/;
// Numbers that are not amounts: year spans, ordinals, numbers inside names (5G, IPv6, G60,
// 3D), document numbers, item numbers, bracketed past figures ("(2020: 35.4%)").
const NOT_AMOUNTS = [
  /\((?:in )?(?:19|20)\d\d[^)]*\)/g,
  /\b(?:19|20)\d\d\s*[-–—~to]+\s*(?:19|20)\d\d\b/g,
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /\b[\p{L}]+\d+[\p{L}\d]*\b|\b\d+[\p{L}]+\d*\b/gu,
  /\[\d+\]|\bNo\.\s*\d+/gi,
  /["“][\d+x×]+["”]/gi, // a number key ("20+8", "the \"1\"")
  /\b\d+(?:\.\d+)?-[\p{L}]+/gu, // "12-inch", "28-nanometre": an adjective, not an amount
  /^\s*(?:\(?\d+(?:\.\d+)*[.)、]|[（(][\p{L}\d]+[)）])\s*/u,
];
const AMOUNT = /\d/;
// Number words that are amounts: "double", "more than half", a range ("five to eight groups")
// or a qualified count ("at least three clusters"); "three major industries" names a category.
const NUMBER =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty';
const WORDS = new RegExp(
  String.raw`\b(?:double[sd]?|doubling|triple[sd]?|(?:more|less) than half)\b|\b(?:${NUMBER}) (?:to|or) (?:${NUMBER})\b|\b(?:at least|more than|no less than|not less than|no fewer than|up to|over) (?:${NUMBER})\b`,
  'i',
);

/** Whether the text has a number that can be an amount (not a year, ordinal or name). */
export function hasAmount(text: string): boolean {
  let rest = text;
  for (const re of NOT_AMOUNTS) rest = rest.replace(re, ' ');
  const digits = (rest.match(/\d[\d,.]*/g) ?? []).filter((n) => !YEAR.test(n.replace(/[,.]$/, '')));
  return digits.some((n) => AMOUNT.test(n)) || WORDS.test(rest);
}

/** The horizon year of a sentence (a captured year, else a period phrase's year). */
export function horizonYear(text: string, rules: Rules): number | undefined {
  for (const pattern of rules.goalSentence) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    if (year >= 1900 && year <= 2200) return year;
    const period = rules.periods.find((p) => p.pattern.test(match[0]))?.year;
    if (period !== undefined) return period;
  }
  return undefined;
}

/** The plan's own period: the latest period phrase ("14th Five-Year Plan": 2021-2025) or year
 *  span ("2021-2035") its texts name; undefined when they name none. */
export function planPeriod(
  texts: string[],
  rules: Rules,
): { from: number; end: number } | undefined {
  let best: { from: number; end: number } | undefined;
  const offer = (from: number, end: number) => {
    if (!best || end > best.end || (end === best.end && from < best.from)) best = { from, end };
  };
  for (const text of texts) {
    for (const { pattern, year } of rules.periods) if (pattern.test(text)) offer(year - 4, year);
    for (const m of text.matchAll(/\b(20\d\d)\s*(?:[-–—]|to)\s*(20\d\d)\b/g)) {
      const [from, end] = [Number(m[1]), Number(m[2])];
      if (end > from && end - from <= 15) offer(from, end);
    }
  }
  return best;
}

/** Read one sentence. `inGoals`: it sits in a goals section (a number is enough there). `from`:
 *  the first year of the plan's period (earlier horizons are past). `horizon`: an earlier
 *  sentence of its paragraph set a horizon. */
export function readSentence(
  text: string,
  rules: Rules,
  options: { inGoals: boolean; from?: number; horizon?: boolean },
): GoalSignal {
  const number = hasAmount(text);
  let year = horizonYear(text, rules);
  if (year !== undefined && options.from !== undefined && year < options.from) year = undefined;
  const intent = rules.goalIntent.some((re) => re.test(text));
  const about = rules.goalNot.some((re) => re.test(text));
  const future = rules.goalFuture.some((re) => re.test(text));
  // Without a known period, "By the end of 2020, the city had built ..." tells the past by its
  // verbs alone.
  if (options.from === undefined && !future && !intent && PAST_VERB.test(text)) year = undefined;
  const goal =
    intent ||
    (year !== undefined && !about) ||
    (number && future && !about) ||
    // After "By 2025, ..." the paragraph's future outcomes share its horizon ("we will ..." is a
    // task).
    (options.horizon === true && future && !about && !/\bwe\b/i.test(text)) ||
    (number && options.inGoals && !about && !pastOnly(text, options.from));
  return { goal, number, ...(year === undefined ? {} : { year }) };
}

const PAST_VERB = /\b(?:had|was|were|has been|have been)\b/i;
const PAST =
  /^(?:in|by the end of|at the end of) (?:19|20)\d\d\b|\b(?:reached|was|were|had|stood at|totall?ed|amounted to|accounted for|grew|rose)\b/i;

/** A sentence about the past: its years are all before the plan's period and it says so ("In
 *  2020 output reached 3.5 trillion yuan"); "down 17% compared with 2020" is not. */
function pastOnly(text: string, from: number | undefined): boolean {
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const limit = from ?? Infinity;
  return years.length > 0 && years.every((y) => y < limit) && PAST.test(text);
}

// A leading horizon or connective that a title does without.
const LEAD =
  /^(?:(?:by|in|during|before|until|to|looking (?:ahead |forward )?to(?:wards?)?|towards?|according to)\b[^,]*,\s*|(?:at the same time|meanwhile|in addition|moreover|furthermore|specifically|overall|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally),\s*|the (?:"|“)?plan(?:"|”)? (?:proposes|states|points out|requires|says) that\s+)+/i;
// A horizon inside the clause ("... will have a station by the end of 2024").
const INNER_HORIZON = /\s+(?:by|before|until|in) (?:the end of )?(?:the year )?20\d\d\b/gi;
const MAX_TITLE_WORDS = 12;

/** A short title for a sentence goal: its first clause without a leading horizon, at most
 *  twelve words. */
export function sentenceTitle(text: string): string {
  const body = text.replace(LEAD, '').trim() || text.trim();
  const clause = body
    .split(/[,;:，；：]\s|[.。](?:\s|$)/)[0]
    .replace(INNER_HORIZON, '')
    .trim();
  const words = clause.split(/\s+/);
  const short =
    words.length > MAX_TITLE_WORDS ? `${words.slice(0, MAX_TITLE_WORDS).join(' ')} …` : clause;
  return capitalise(short.replace(/[.。]$/, ''));
}
