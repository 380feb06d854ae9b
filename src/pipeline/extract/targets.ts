/**
 * Quantitative targets: numbers with a unit (percent, yuan amounts, counts of enterprises...) in
 * goal statements and in industry sections. A number without a unit ("12-inch", "5G", "3-4 key
 * areas") is not a target; a range is skipped with a warning; an amount that describes a kind of
 * enterprise ("enterprises with a sales scale of 10 billion yuan") is an attribute, not a target.
 */
import type { Qualifier, Target, TargetScope } from '../types.ts';
import { distinct, hitsIn, sentenceYear, type BlockView, type Context } from './context.ts';
import type { GoalSource } from './goals.ts';
import { capitalise, clauses, spanAt, uniqueId, type Span } from './text.ts';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:hundred million|ten thousand|trillion|billion|million|thousand)`;
const STOP = String.raw`(?:of|the|and|in|for|to|with|by|or|a|an|at|on|from)`;

/** Number-and-unit pattern; groups: num, pct, money (scale + currency), count (noun phrase). */
function targetPattern(countUnits: string[]): RegExp {
  const count = countUnits.length
    ? String.raw`|\s+(?<count>(?:(?!${STOP}\b)[A-Za-z-]+\s+){0,2}?(?:${countUnits.join('|')}))`
    : '';
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])(?<num>${NUM})(?:(?<pct>\s?(?:%|percent\b|per cent\b))|\s*(?<money>(?:${SCALE}\s+)?(?:yuan|RMB|CNY)\b)${count})(?![\p{L}\p{N}])`,
    'giu',
  );
}

const QUALIFIERS: [Qualifier, RegExp][] = [
  [
    'at-least',
    /\b(?:at least|not less than|no less than|not lower than|no lower than|not fewer than|no fewer than)\s*$/i,
  ],
  [
    'at-most',
    /\b(?:up to|at most|not more than|no more than|not exceeding|less than|below|under|within)\s*$/i,
  ],
  ['about', /\b(?:about|around|approximately|roughly|nearly|close to)\s*$/i],
  ['exceed', /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|in excess of)\s*$/i],
  ['more-than', /\b(?:more than|over|above|greater than|higher than)\s*$/i],
];

const RANGE_BEFORE = new RegExp(
  String.raw`(?:${NUM})\s*(?:%|percent|per cent)?\s*(?:-|–|—|~|to)\s*$`,
  'i',
);
const RANGE_AFTER = /^\s*(?:-|–|—|~|to)\s*(?=\d)/i;
const ATTRIBUTE =
  /\bwith (?:a |an |the )?(?:[\w-]+\s+){0,4}?of\s+(?:about |around |more than |over )?$/i;
const VERB =
  /\s(?:will|would|shall|should|can|could|may|must|is|are|was|were|has|have|had|grew|grows|grow|rose|rises|rise|reach(?:es|ed)?|account(?:s|ed)?|exceed(?:s|ed)?|increase[sd]?|achieve[sd]?|strive[sd]?|maintain(?:s|ed)?|remain(?:s|ed)?)\b/i;
const PRONOUN = /^(?:we|it|they|this|these|that|those|there|he|she|one)$/i;
const LEADING = /^(?:and|but|while|whereas|with|so that|the|a|an|its|their)\s+/i;

function scopeOf(clause: string, percent: boolean, count: boolean): TargetScope {
  if (percent && /\bGDP\b|gross domestic product/i.test(clause)) return 'share-of-gdp';
  if (
    percent &&
    /\b(?:annual(?:ly)?|a year|per year|per annum|grow(?:s|th|ing)?|grew|increase[sd]?)\b/i.test(
      clause,
    )
  ) {
    return 'growth-rate';
  }
  if (/\b(?:added value|value added|value-added)\b/i.test(clause)) return 'added-value';
  if (/\boutput\b/i.test(clause)) return 'output-value';
  return count ? 'count' : 'other';
}

const FALLBACK: Record<TargetScope, string> = {
  'share-of-gdp': 'Share of GDP',
  'added-value': 'Added value',
  'output-value': 'Output value',
  'growth-rate': 'Annual growth',
  count: 'Number',
  other: 'Amount',
};

/** What is measured: the clause's subject ("output value of the new materials industry"). */
function subjectOf(before: string, previous: string | undefined): string | undefined {
  const verb = VERB.exec(` ${before}`);
  if (!verb) return undefined;
  let phrase = ` ${before}`.slice(0, verb.index).trim();
  while (LEADING.test(phrase)) phrase = phrase.replace(LEADING, '');
  if (!phrase || phrase.split(/\s+/).length > 12 || PRONOUN.test(phrase)) return undefined;
  // "the added value will exceed ..." after "the added value of X ...": the same subject.
  if (previous && previous.toLowerCase().startsWith(`${phrase.toLowerCase()} of `))
    phrase = previous;
  return phrase;
}

function describe(
  phrase: string | undefined,
  scope: TargetScope,
  unit: string,
  industry?: string,
): string {
  if (phrase) {
    const suffix =
      scope === 'share-of-gdp'
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

function unitOf(groups: Record<string, string | undefined>): string {
  if (groups.pct) return '%';
  if (groups.money)
    return groups.money
      .replace(/\s+/g, ' ')
      .replace(/\b(?:RMB|CNY)\b/i, 'yuan')
      .toLowerCase();
  return (groups.count ?? '').replace(/\s+/g, ' ');
}

/** Targets in goal statements and industry sections, in document order. */
export function extractTargets(ctx: Context, goals: GoalSource[]): Target[] {
  const pattern = targetPattern(ctx.rules.countUnits);
  const head = new RegExp(`^(?:${pattern.source})`, 'iu');
  const taken = new Set<string>();
  const goalOf = new Map<string, GoalSource>();
  for (const source of goals) {
    for (const { view, sentence } of source.parts)
      goalOf.set(`${view.block.id}@${sentence.start}`, source);
  }
  const overallViews = new Set(
    goals.filter((g) => g.goal.kind === 'overall').flatMap((g) => g.parts.map((p) => p.view)),
  );
  const out: Target[] = [];
  const visit = (view: BlockView, sentence: Span) => {
    const goal = goalOf.get(`${view.block.id}@${sentence.start}`);
    const parts = clauses(sentence);
    const industries = distinct(
      hitsIn(view.scan.mentions, sentence, 'industry').map((hit) => hit.id),
    );
    const industryId = view.industryId ?? (industries.length === 1 ? industries[0] : undefined);
    const industryName = ctx.editorial.industries.find((i) => i.id === industryId)?.name;
    let previous: string | undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      const groups = m.groups ?? {};
      const start = m.index;
      const end = start + m[0].length;
      const before = sentence.text.slice(0, start);
      const range = RANGE_BEFORE.exec(before);
      const rest = sentence.text.slice(end);
      const opensRange = RANGE_AFTER.exec(rest);
      if (range || opensRange) {
        // Warn once per range: at its end, or here when the end is not a target by itself.
        const closed = opensRange && head.test(rest.slice(opensRange[0].length));
        if (!closed) {
          const from = range ? range.index : start;
          const to = opensRange
            ? end +
              opensRange[0].length +
              (/^[\d,.]+/.exec(rest.slice(opensRange[0].length))?.[0].length ?? 0)
            : end;
          ctx.warnings.push({
            file: ctx.file,
            line: view.block.line,
            message: `range "${sentence.text.slice(from, to)}" is not a single target; skipped`,
          });
        }
        continue;
      }
      const value = Number(groups.num!.replace(/,/g, ''));
      if (groups.count && value >= 1900 && value <= 2200 && !groups.num!.includes(',')) continue;
      const clause = spanAt(parts, sentence.start + start) ?? sentence;
      const clauseBefore = sentence.text.slice(clause.start - sentence.start, start);
      if (ATTRIBUTE.test(clauseBefore)) continue;
      const qualifier = QUALIFIERS.find(([, re]) => re.test(before));
      const displayStart = qualifier ? before.search(qualifier[1]) : start;
      const unit = unitOf(groups);
      const scope = scopeOf(clause.text, Boolean(groups.pct), Boolean(groups.count));
      const own = subjectOf(
        clauseBefore.slice(0, clauseBefore.length - (start - displayStart)),
        previous,
      );
      // "..., growing by about 12% a year": the growth of what the sentence measured before.
      const phrase = own ?? (scope === 'growth-rate' ? previous : undefined);
      if (own) previous = own;
      const year = sentenceYear(sentence.text, ctx.rules) ?? goal?.goal.year;
      const target: Target = {
        id: uniqueId(`${industryId ?? 'overall'}-${scope}${year ? `-${year}` : ''}`, taken),
        value,
        unit,
        display: sentence.text.slice(displayStart, end),
        scope,
        qualifier: qualifier?.[0] ?? 'exactly',
        ...(year ? { year } : {}),
        subject: describe(phrase, scope, unit, industryName),
        ...(industryId ? { industryId } : {}),
        ...(goal ? { goalId: goal.goal.id } : {}),
        blockId: view.block.id,
        sentence: sentence.text,
      };
      out.push(target);
    }
  };
  for (const view of ctx.views) {
    if (!view.industryId && !overallViews.has(view)) continue;
    for (const sentence of view.sentences) visit(view, sentence);
  }
  return out;
}
