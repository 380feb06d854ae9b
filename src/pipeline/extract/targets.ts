/**
 * Quantitative targets: numbers the plan sets as intended outcomes, read in every block. A
 * sentence states targets when it stands in a goals section or bullet, under a "key
 * indicators" label line, or has a horizon ("by 2025") or intent ("will", "strives to"). In it,
 * each quantity (quantities/) gets its role (baselines.ts): past figures become baselines or
 * facts, bracketed conversions notes, amounts that describe a kind of thing are skipped.
 */
import type { Target } from '../types.ts';
import { roles, type Role } from './baselines.ts';
import { distinct, hitsIn, sentenceYear, type BlockView, type Context } from './context.ts';
import type { GoalSource } from './goals.ts';
import {
  baselineOf,
  hasPastYear,
  leadYear,
  pairFacts,
  restates,
  startsLast,
  words,
  type Fact,
} from './target-facts.ts';
import { readQuantities, type Quantity } from './quantities/read.ts';
import { rowFigures, type Figure } from './indicator-figures.ts';
import { figureTargets, indexGoals } from './target-figures.ts';
import {
  isTableRule,
  readHeader,
  readArrowLine,
  readIndicatorLine,
  readRow,
  type TableHeader,
} from './indicator-table.ts';
import { labelUnit, type LabelUnit } from './indicator-units.ts';
import { describe, subjectCount, subjectOf } from './target-words.ts';
import { ANAPHORIC_SHARE, carriesScope, scopeOf } from './target-scope.ts';
import { clauses, spanAt, uniqueId, type Span } from './text.ts';
import {
  hasHorizon,
  isIndicatorLabel,
  isTargetSentence,
  planPeriod,
  yearOf,
} from './target-years.ts';

// A cheap test before reading a sentence: a digit or a number word.
const NUMERIC =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|third|quarter|double|doubl|twice|tripl|fold)/i;

const MAX_SENTENCE = 2000;

export function extractTargets(
  ctx: Context,
  goals: GoalSource[],
  heads: string[] = [],
  issued?: number,
): Target[] {
  const span = planPeriod(ctx, heads);
  const period = span?.to;
  // A plan without a period ("Opinions" of 2023) starts from the year before its issue.
  const baseYear = span ? span.from - 1 : issued ? issued - 1 : 2020;
  const extra = ctx.rules.countUnits.length
    ? new RegExp(`^(?:${ctx.rules.countUnits.join('|')})$`, 'i')
    : undefined;
  const taken = new Set<string>();
  const { bySentence: goalOf, byBlock: goalOfBlock, views: goalViews } = indexGoals(goals);
  const out: Target[] = [];
  const facts: Fact[] = [];
  const quantitiesOf = new Map<Target, Quantity>();
  // The words of a target's clause before its number, to pair it with a past figure.
  const said = new Map<Target, string>();
  let labelYear: { section: string | undefined; year: number | undefined } | undefined;
  const inGoalsSection = (view: BlockView) =>
    view.section !== undefined &&
    (ctx.rules.goalsHeading.some((re) => re.test(view.section!.title.trim())) ||
      /\b(?:goals?|objectives?|targets?|indicators?)\b/i.test(view.section.title));

  const visit = (
    view: BlockView,
    sentence: Span,
    goalBlock: boolean,
    contextYear?: number,
    pastYear?: number,
  ) => {
    // No sentence of a plan is this long: a pasted table or debris, not a statement.
    if (sentence.text.length > MAX_SENTENCE || !NUMERIC.test(sentence.text)) return;
    // A goal bullet's sentences all belong to its goal.
    const goal =
      goalOf.get(`${view.block.id}@${sentence.start}`) ??
      (goalBlock ? goalOfBlock.get(view.block.id) : undefined);
    const stated = goalBlock || goal !== undefined || isTargetSentence(sentence.text, baseYear);
    // A sentence that sets nothing is read only for past figures (baselines), without counts.
    const qs = readQuantities(
      sentence.text,
      extra,
      stated || pastYear !== undefined || hasPastYear(sentence.text, baseYear),
    );
    if (qs.length === 0) return;
    const parts = clauses(sentence);
    const rs = roles(sentence.text, qs, baseYear, hasHorizon(sentence.text, baseYear));
    const industries = distinct(hitsIn(view.scan.mentions, sentence, 'industry').map((h) => h.id));
    const industryId = view.industryId ?? (industries.length === 1 ? industries[0] : undefined);
    const industryName = ctx.editorial.industries.find((i) => i.id === industryId)?.name;
    const made = new Map<number, Target>();
    let previous: string | undefined;
    let lastFact: Fact | undefined;
    qs.forEach((q, i) => {
      const role: Role = rs[i];
      const clause = spanAt(parts, sentence.start + q.numberStart) ?? sentence;
      const clauseBefore = sentence.text.slice(clause.start - sentence.start, q.start);
      const around = {
        sentenceBefore: sentence.text.slice(0, q.numberStart),
        after: sentence.text.slice(q.end),
      };
      // "the doubling of the scale of X": what doubles follows the word.
      const doubled =
        q.form === 'multiple'
          ? /^\s*(?:of\s+)?((?:the\s+)?[^,;.]{3,80}?)(?=[,;.]|$| by | in | during )/i.exec(
              sentence.text.slice(q.end),
            )?.[1]
          : undefined;
      // The subject stands before a qualifier that is a verb too ("X number break through N").
      const own =
        doubled ??
        subjectOf(
          sentence.text.slice(clause.start - sentence.start, Math.max(q.start, q.numberStart)),
          previous,
        );
      const before = previous;
      if (own) previous = own;
      // A past figure without a year takes the one its sentence or an earlier one of its
      // block opens with ("By the end of 2020, X had reached A. Y was B.").
      const factYear = role.kind === 'fact' ? (role.year ?? pastYear) : undefined;
      const counted = q.unitKind ? undefined : subjectCount(own, extra);
      if (factYear !== undefined && (q.unitKind || (counted && q.form === 'digits'))) {
        // "X reached A, equal to 45% of GDP": the subject carried from before; a count's noun.
        const noun = q.unitKind === 'count' ? q.unit : (counted ?? '');
        let said = words(`${own ?? before ?? ''} ${clauseBefore} ${noun}`);
        // "reached 870 billion yuan, or 24.3% of GDP": the same measure restated.
        if (said.size === 0 && lastFact) said = lastFact.words;
        lastFact = {
          q,
          display: sentence.text.slice(q.numberStart, q.end),
          scope: scopeOf(q.unitKind ?? 'count', clause.text, clauseBefore, around),
          kind: q.unitKind ?? 'count',
          ...(q.unitKind ? {} : { unit: counted }),
          year: factYear,
          words: said,
          view,
        };
        facts.push(lastFact);
        // "The figure compares with 141 billion yuan in 2020": the last target's baseline.
        if (restates(clauseBefore) && startsLast(out, q, quantitiesOf, factYear, lastFact.display))
          facts.pop();
      }
      if (role.kind !== 'target' || !stated) return;
      let unit = q.unit;
      let unitKind = q.unitKind;
      let normalised = q.normalised;
      // "The number of 5G base stations will reach 80,000": the count's noun is the subject's.
      if (!unitKind && counted) [unit, unitKind] = [counted, 'count'];
      if (!unitKind) return;
      let scope = scopeOf(unitKind, clause.text, clauseBefore, around);
      const last = [...made.values()].at(-1);
      const carried =
        scope === 'other' && last?.unitKind === unitKind && carriesScope(unitKind, own, last.scope);
      if (carried) scope = last.scope;
      // "that share is expected to climb to 30 per cent": the share of the figure before it.
      const shared = ANAPHORIC_SHARE.test(clauseBefore)
        ? facts.findLast((f) => f.view === view && f.kind === unitKind)
        : undefined;
      if (scope === 'other' && shared) scope = shared.scope;
      const phrase = own ?? (scope === 'growth-rate' || carried ? previous : undefined);
      const year =
        yearOf(clause.text, sentence.text, ctx.rules, baseYear) ??
        goal?.goal.year ??
        contextYear ??
        period;
      const target: Target = {
        id: uniqueId(`${industryId ?? 'overall'}-${scope}${year ? `-${year}` : ''}`, taken),
        value: q.value,
        ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
        unit,
        unitKind,
        normalised,
        ...(q.normalisedMax !== undefined ? { normalisedMax: q.normalisedMax } : {}),
        display: sentence.text.slice(q.start, q.end),
        scope,
        qualifier: q.qualifier,
        ...(year ? { year } : {}),
        subject: describe(phrase, scope, unit, industryName),
        ...(industryId ? { industryId } : {}),
        ...(goal ? { goalId: goal.goal.id } : {}),
        blockId: view.block.id,
        sentence: sentence.text,
      };
      made.set(i, target);
      said.set(target, clauseBefore);
      quantitiesOf.set(target, q);
      out.push(target);
    });
    // Baselines and notes attach to the target they belong to.
    qs.forEach((q, i) => {
      const role = rs[i];
      if (role.kind !== 'baseline' && role.kind !== 'note') return;
      const target = made.get(role.of);
      if (!target) return;
      if (role.kind === 'note') {
        target.note = q.bracket?.text ?? sentence.text.slice(q.start, q.end);
        return;
      }
      let year = role.year;
      // "jump from 32,000 to 80,000 over the five years": the year before the period.
      if (
        year === undefined &&
        target.year &&
        /\b(?:five|5) years\b|\bthe period\b/i.test(sentence.text)
      )
        year = target.year - 5;
      target.baseline = baselineOf(q, qs[role.of], year, sentence.text.slice(q.numberStart, q.end));
    });
  };

  // Figures of an indicator table's row or an indicator line become targets, read once.
  const addFigures = (view: BlockView, figures: Figure[], year: number | undefined) => {
    const goal = goalOfBlock.get(view.block.id) ?? goalOf.get(`${view.block.id}@0`);
    const industryId = view.industryId;
    const industryName = ctx.editorial.industries.find((i) => i.id === industryId)?.name;
    const at = { goalId: goal?.goal.id, industryId, industryName, taken };
    for (const { target, q, fact } of figureTargets(view, figures, year, at)) {
      out.push(target);
      quantitiesOf.set(target, q);
      if (fact) facts.push(fact);
    }
  };
  let table: TableHeader | undefined;
  let horizon: { section: string | undefined; year: number } | undefined;
  let above: { section: string | undefined; unit: LabelUnit; year?: number } | undefined;
  for (const view of ctx.views) {
    const sectionId = view.section?.id;
    const text = view.block.text;
    if (labelYear && labelYear.section !== sectionId) labelYear = undefined;
    if (above && above.section !== sectionId) above = undefined;
    const header = readHeader(text, baseYear, period);
    if (header) {
      table = header;
      continue;
    }
    if (table && isTableRule(text)) continue;
    const row = table && readRow(text, table);
    if (row) {
      addFigures(view, rowFigures(text, row, undefined, true), labelYear?.year ?? period);
      continue;
    }
    table = undefined;
    const line = ((above || labelYear) && readIndicatorLine(text)) || readArrowLine(text);
    const lineFigures = line ? rowFigures(text, line, above?.unit) : [];
    if (lineFigures.length > 0) {
      addFigures(view, lineFigures, above?.year ?? labelYear?.year ?? period);
      continue;
    }
    // A label line may give the unit of the lines under it ("Installed capacity (10,000 kW):").
    const unit = text.length < 120 && /[:：]\s*$/.test(text) ? labelUnit(text) : undefined;
    above = unit
      ? {
          section: sectionId,
          unit,
          // "Installed capacity (10,000 kW), 2025:": a year after the base year is the due one.
          year:
            yearOf(text, text, ctx.rules, baseYear) ??
            [Number(/\b(20\d\d)\s*[:：]\s*$/.exec(text)?.[1])].find((y) => y > baseYear),
        }
      : undefined;
    if (isIndicatorLabel(text)) {
      labelYear = {
        section: sectionId,
        year: yearOf(view.block.text, view.block.text, ctx.rules, baseYear),
      };
      continue;
    }
    if (above) continue;
    const goalBlock = goalViews.has(view) || inGoalsSection(view) || labelYear !== undefined;
    if (horizon && horizon.section !== sectionId) horizon = undefined;
    let pastYear: number | undefined;
    for (const sentence of view.sentences) {
      pastYear = leadYear(sentence.text, baseYear) ?? pastYear;
      visit(view, sentence, goalBlock, labelYear?.year ?? horizon?.year, pastYear);
      // A plan with no period: its goals section's sentences share the horizon named before.
      const year =
        period || !inGoalsSection(view)
          ? undefined
          : yearOf(sentence.text, sentence.text, ctx.rules, baseYear);
      if (year) horizon = { section: sectionId, year };
    }
  }
  // An item's lead-in names what its sentences speak of ("Medicine and health. Its revenue ...").
  const leadIns = new Map(ctx.views.map((v) => [v.block.id, v.block.label ?? '']));
  pairFacts(
    out,
    facts,
    quantitiesOf,
    (t) => `${leadIns.get(t.blockId) ?? ''} ${said.get(t) ?? ''}`,
  );
  return out;
}
