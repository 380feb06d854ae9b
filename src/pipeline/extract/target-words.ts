/** What a target measures, in words: its subject ("output value of the new materials
 *  industry") and a fallback label; its scope is target-scope.ts's. */
import type { TargetScope } from '../types.ts';
import { capitalise } from './text.ts';

const VERB =
  /\s(?:will|would|shall|should|can|could|may|must|is|are|was|were|has|have|had|grew|grows|grow|rose|rises|rise|reach(?:es|ed)?|account(?:s|ed)?|exceed(?:s|ed)?|increase[sd]?|achieve[sd]?|strive[sd]?|strives to|maintain(?:s|ed)?|remain(?:s|ed)?|jump(?:s|ed)?|break(?:s)? through|to (?:be|reach|exceed|rise|grow|increase|double|top|climb))\b/i;
// Who acts is not what is measured ("the city will cultivate 5 clusters").
const PRONOUN =
  /^(?:we|it|they|this|these|that|those|there|he|she|one|(?:the )?(?:city|province|region|country|nation|government|district|county|municipality|state|plan|people's government))$/i;
const LEADING = /^(?:and|but|while|whereas|with|so that|also|the|a|an|its|their|by \d{4}|let)\s+/i;

/** The clause's subject ("output value of the new materials industry"), or undefined. */
export function subjectOf(before: string, previous: string | undefined): string | undefined {
  // A label line: "Number of demonstration factories: 50".
  const label = /^([^:：]{3,120})[:：]\s*(?:about|around|over|more than|up to|at least)?\s*$/i.exec(
    before.trim(),
  );
  if (label) return label[1].trim();
  const verb = VERB.exec(` ${before}`);
  if (!verb) return undefined;
  let phrase = ` ${before}`.slice(0, verb.index).trim();
  while (LEADING.test(phrase)) phrase = phrase.replace(LEADING, '');
  phrase = phrase.replace(/^by \d{4},?\s*/i, '');
  if (!phrase || phrase.split(/\s+/).length > 12 || PRONOUN.test(phrase)) return undefined;
  // "the added value will exceed ..." after "the added value of X ...": the same subject.
  if (previous && previous.toLowerCase().startsWith(`${phrase.toLowerCase()} of `))
    phrase = previous;
  return phrase;
}

const FALLBACK: Record<TargetScope, string> = {
  'share-of-gdp': 'Share of GDP',
  'added-value': 'Added value',
  'output-value': 'Output value',
  revenue: 'Revenue',
  'growth-rate': 'Annual growth',
  count: 'Number',
  investment: 'Investment',
  other: 'Amount',
};

/** The subject as shown: the phrase (with what it is a share or growth of), else a label. */
export function describe(
  phrase: string | undefined,
  scope: TargetScope,
  unit: string,
  industry?: string,
): string {
  // A count's subject is often who acts ("chemical enterprises will be relocated into 14 parks").
  if (phrase && (scope !== 'count' || /^(?:the )?(?:total )?number\b/i.test(phrase))) {
    const suffix =
      scope === 'share-of-gdp' && !/GDP/i.test(phrase)
        ? ', share of GDP'
        : scope === 'growth-rate' && !/growth/i.test(phrase)
          ? ', annual growth'
          : '';
    // A bare "output value" says little on its own: name the industry.
    const bare = industry && phrase.split(/\s+/).length <= 2 ? `, ${lowerFirst(industry)}` : '';
    return capitalise(phrase) + bare + suffix;
  }
  const label = scope === 'count' ? `Number of ${unit}` : FALLBACK[scope];
  return industry ? `${label}, ${lowerFirst(industry)}` : label;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// A subject whose last word is a plural noun ("gigabit broadband users").
const PLURAL_SUBJECT = /^[^,;:]{0,80}[a-z](?<!ss|us|is|ic)s$/i;

/** What a bare number counts, from its subject: "the number of X" → X, a plural subject
 *  ("IPv6 active users will reach 750 million"), machine translation's "X number" and a
 *  singular subject whose head is a count noun of the genre ("The 5G base station reach
 *  150,000"); undefined when the subject is a measure ("the output value reach 150"). */
export function subjectCount(own: string | undefined, countUnit?: RegExp): string | undefined {
  if (!own) return undefined;
  const counted = /^(?:the )?(?:total )?number of (.+)$/i.exec(own);
  if (counted) return counted[1].replace(/\s+at (?:the )?\w+ level$/i, '');
  const bare = own.replace(/^(?:the|its|their)\s+/i, '');
  if (PLURAL_SUBJECT.test(own)) return bare;
  const mt = /^(.{3,60}?)\s+number$/i.exec(bare);
  if (mt) return mt[1].replace(/["“”]/g, '');
  const head = /([\p{L}-]+)["”]?$/u.exec(bare)?.[1];
  return head && countUnit?.test(head) && bare.split(/\s+/).length <= 6 ? bare : undefined;
}
