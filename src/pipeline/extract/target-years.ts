/** When a target is due and whether a sentence sets one: the plan's period ("14th Five-Year
 *  Plan" ends in 2025, "2021-2025"), a clause's own horizon ("by 2025", "in 2025", "before
 *  2025"), intent words, and label lines that open a list of indicators. */
import { sentenceYear, type Context, type Rules } from './context.ts';

const ORDINAL_PERIOD = /\b(\d{2})(?:st|nd|rd|th)\s*["“”]?\s*five[- ]year\b/i;
const SPAN = /\b(20\d\d)\s*(?:-|–|—|~|to)\s*(20\d\d)\b/;
const HORIZON =
  /\b(?:by|until|till|before|in|to|through|for) (?:the end of |the year )?(20\d\d)\b/gi;
/** A past figure's year ("from 4.2% in 2024", "up from 786 in 2022", "compared with 1,300 in
 *  2020"): the baseline's, never the target's horizon. */
const BASELINE_YEAR =
  /\b(?:from|compared\s+(?:with|to)|against)\s+(?:[^,;.。]|[.,](?=\d)){1,40}?\s+in\s+20\d\d\b/gi;
const PERIOD_END =
  /\b(?:by the end of|during|in|over|within) the\s+(?:plan(?:ning)? )?(?:period|["“]?\d{2}(?:st|nd|rd|th)\s*["“”]?\s*five[- ]year)/i;
const INTENT =
  /\b(?:will|shall|strives?|striving|aims?|aiming|targets?|goals?|expected|expects?|plans? to|seeks?|should|is to|are to|projected|endeavou?rs?|intends?|by then)\b/i;
// A headline's infinitive states what is to come ("100 smart shipyards to be built", "exports
// to reach US$30 billion").
const HEADLINE_INTENT =
  /\bto (?:be (?:[a-z]+ed|built|set up|made|grown|kept|held)|reach|exceed|rise|grow|increase|double|triple|top|surpass|climb|expand)\b/i;
const LABEL =
  /^(?:the )?(?:(?:main|key|major|primary|principal|specific|overall|development|quantitative)?\s*(?:targets?|indicators?|goals?|objectives?)|(?:main|key|major) (?:numbers|figures))\b[^.]*[:：]\s*$/i;

/** The year a plan was issued: its publication date's, else its document number's ("He Zheng
 *  [2023] No. 41", "〔2023〕"). */
export function issueYear(published?: string, documentNumber?: string): number | undefined {
  const year = Number(
    /^(\d{4})-/.exec(published ?? '')?.[1] ??
      /[[〔【(（]\s*((?:19|20)\d\d)\s*[\]〕】)）]/.exec(documentNumber ?? '')?.[1],
  );
  return year || undefined;
}

/** The year a period of the nth five-year plan ends (the 14th: 2025). */
function periodEnd(ordinal: number): number {
  return 2025 + (ordinal - 14) * 5;
}

/** The plan's first and last year: the latest period its title, preamble and first blocks name. */
export function planPeriod(
  ctx: Context,
  heads: string[] = [],
): { from: number; to: number } | undefined {
  const texts = [
    ...heads,
    ...ctx.views.filter((v) => !v.section).map((v) => v.block.text),
    ...ctx.titles.map((t) => t.section.title),
    ...ctx.views.slice(0, 12).map((v) => v.block.text),
  ];
  // The latest period named: a plan looks back on the last one ("During the 13th Five-Year
  // Plan period the economy grew ...") but rarely ahead to the next.
  let best: { from: number; to: number } | undefined;
  for (const text of texts) {
    const ordinal = ORDINAL_PERIOD.exec(text);
    if (ordinal) {
      const to = periodEnd(Number(ordinal[1]));
      if (!best || to > best.to) best = { from: to - 4, to };
      continue;
    }
    const span = SPAN.exec(text);
    if (!best && span && Number(span[2]) - Number(span[1]) <= 15)
      best = { from: Number(span[1]), to: Number(span[2]) };
  }
  return best;
}

/** The horizon a clause sets (else its sentence's), after `baseYear`; a period phrase gives its end. */
export function yearOf(
  clause: string,
  sentence: string,
  rules: Rules,
  baseYear: number,
): number | undefined {
  for (const said of [clause, sentence]) {
    const text = said.replace(BASELINE_YEAR, '');
    // The latest: "from 420 billion yuan in 2022 to 1 trillion yuan by 2025" is due in 2025.
    const years = [...text.matchAll(HORIZON)].map((m) => Number(m[1])).filter((y) => y > baseYear);
    if (years.length > 0) return Math.max(...years);
    const ordinal = ORDINAL_PERIOD.exec(text);
    if (ordinal && PERIOD_END.test(text)) return periodEnd(Number(ordinal[1]));
  }
  const year = sentenceYear(sentence, rules);
  return year !== undefined && year > baseYear ? year : undefined;
}

/** Whether a period phrase looks ahead: "during the period" does, "during the 13th
 *  Five-Year Plan period" of a plan after it looks back. */
function periodAhead(text: string, baseYear: number): boolean {
  const m = PERIOD_END.exec(text);
  if (!m) return false;
  const ordinal = /(\d{2})(?:st|nd|rd|th)/.exec(m[0]);
  return !ordinal || periodEnd(Number(ordinal[1])) > baseYear;
}

/** Whether a sentence names a time after `baseYear` ("by 2025", "during the period"). */
export function hasHorizon(text: string, baseYear: number): boolean {
  return (
    periodAhead(text, baseYear) || [...text.matchAll(HORIZON)].some((m) => Number(m[1]) > baseYear)
  );
}

/** Whether a sentence states an intended outcome (a horizon after `baseYear`, or intent). */
export function isTargetSentence(text: string, baseYear: number): boolean {
  if (INTENT.test(text) || HEADLINE_INTENT.test(text) || periodAhead(text, baseYear)) return true;
  return [...text.matchAll(HORIZON)].some((m) => Number(m[1]) > baseYear);
}

/** A line that opens a list of indicators ("Main targets (by 2025):", "Key indicators:"). */
export function isIndicatorLabel(text: string): boolean {
  return text.length < 80 && LABEL.test(text.replace(/\([^)]*\)/g, '').trim());
}
