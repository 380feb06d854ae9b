/**
 * Goals: one per bullet of a goals section, and one per sentence anywhere that states an
 * intended outcome (goal-sentences.ts). A goal in an industry's section is that industry's.
 */
import type { Goal } from '../types.ts';
import { distinct, hitsIn, sentenceYear, type BlockView, type Context } from './context.ts';
import {
  hasAmount,
  horizonYear,
  planPeriod,
  readSentence,
  sentenceTitle,
} from './goal-sentences.ts';
import { capitalise, slug, uniqueId, type Span } from './text.ts';
import { isCaption, isCellRow } from '../parse-lines.ts';

/** A goal with the sentences it was built from, for the targets extractor. */
export interface GoalSource {
  goal: Goal;
  /** Blocks and sentence spans the statement is made of. */
  parts: { view: BlockView; sentence: Span }[];
}

/** Goal title of a bullet: its label, else its first clause. */
function bulletTitle(view: BlockView): string {
  const lead = view.block.label ?? view.block.text.split(/[,.;:，。；：]/)[0];
  return capitalise(lead.trim());
}

function entityIds(parts: GoalSource['parts'], kind: 'industry' | 'place'): string[] {
  return distinct(
    parts.flatMap(({ view, sentence }) =>
      hitsIn(view.scan.mentions, sentence, kind).map((hit) => hit.id),
    ),
  );
}

function makeGoal(fields: Omit<Goal, 'targetIds' | 'year'>, year: number | undefined): Goal {
  const { id, kind, title, statement, blockId, industryIds, placeIds } = fields;
  const when = year === undefined ? {} : { year };
  return { id, kind, title, statement, ...when, blockId, industryIds, placeIds, targetIds: [] };
}

/** A year a title or lead line names ("Goals for 2025", "Main indicators for 2025:"). */
function namedYear(text: string, ctx: Context, from: number | undefined): number | undefined {
  const year = horizonYear(text, ctx.rules) ?? Number(/\b(20\d\d)\b/.exec(text)?.[1] ?? Number.NaN);
  return Number.isFinite(year) && (from === undefined || year >= from) ? year : undefined;
}

// "the main indicators in Table 1 will be met", "achieve the targets listed in Table 2".
const TABLE_MET =
  /\b(?:indicators?|targets?|goals?)\b[^.;]{0,40}\btable\s*\d+\b[^.;]{0,30}\b(?:will|shall|are to|is to) be (?:met|achieved|reached|attained|fulfilled)\b|\b(?:meet|achieve|reach|attain|fulfil+)\s+(?:the\s+)?(?:main\s+|key\s+)?(?:indicators?|targets?|goals?)\s+(?:listed\s+|set\s+out\s+|shown\s+)?in\s+table\s*\d+/i;

/** Every goal, in document order. `heads`: the plan's title and issuer (they name its period). */
export function extractGoals(ctx: Context, heads: string[] = []): GoalSource[] {
  const period = planPeriod([...heads, ...ctx.views.map((v) => v.block.text)], ctx.rules);
  const from = period?.from;
  const taken = new Set<string>();
  const industryGoals = new Set<string>(); // industries that have their first goal
  const out: GoalSource[] = [];
  const isGoalsSection = (view: BlockView) =>
    view.section !== undefined &&
    ctx.rules.goalsHeading.some((re) => re.test(view.section!.title.trim()));
  const push = (parts: GoalSource['parts'], year: number | undefined, bullet: boolean) => {
    const { view } = parts[0];
    const statement = bullet ? view.block.text : parts.map((p) => p.sentence.text).join(' ');
    const industryId = bullet ? undefined : view.industryId;
    const industry = industryId
      ? ctx.editorial.industries.find((i) => i.id === industryId)
      : undefined;
    let id: string;
    let title: string;
    if (industryId && !industryGoals.has(industryId)) {
      // An industry's first goal reads "<Industry> by <year>".
      industryGoals.add(industryId);
      const name = industry?.name ?? industryId;
      id = uniqueId(year ? `${industryId}-${year}` : `${industryId}-goal`, taken);
      title = year ? `${name} by ${year}` : name;
    } else {
      title = bullet ? bulletTitle(view) : sentenceTitle(statement);
      id = uniqueId(slug(title, 5), taken);
    }
    const goal = makeGoal(
      {
        id,
        kind: industryId ? 'industry' : 'overall',
        title,
        statement,
        blockId: view.block.id,
        industryIds: distinct([
          ...(industryId ? [industryId] : []),
          ...entityIds(parts, 'industry'),
        ]),
        placeIds: entityIds(parts, 'place'),
      },
      year,
    );
    out.push({ goal, parts });
  };

  let section: string | undefined;
  let sectionYear: number | undefined;
  let metTables = false;
  let tableSection: string | undefined;
  let afterRow = false;
  for (const view of ctx.views) {
    if (view.section?.id !== section) {
      section = view.section?.id;
      sectionYear = view.section ? namedYear(view.section.title, ctx, from) : undefined;
    }
    const inGoals = isGoalsSection(view);
    const text = view.block.text.trim();
    if (inGoals && (view.block.kind === 'bullet' || view.block.kind === 'item')) {
      const parts = view.sentences.map((sentence) => ({ view, sentence }));
      const own = parts
        .map(({ sentence }) => sentenceYear(sentence.text, ctx.rules))
        .filter((y): y is number => y !== undefined && (from === undefined || y >= from));
      const year = own.length > 0 ? Math.max(...own) : sectionYear;
      push(parts, year ?? (hasAmount(text) ? period?.end : undefined), true);
      continue;
    }
    // A table's caption ("Table 1 Main indicators") names the table; it states no goal. Its
    // rows are indicators, read as targets (targets.ts), unless the text sets them as
    // outcomes ("the main indicators in Table 1 will be met"): then each row is a goal.
    if (view.section?.id !== tableSection) metTables = false;
    if (TABLE_MET.test(text)) [metTables, tableSection] = [true, view.section?.id];
    if (isCaption(text) || (isCellRow(text) && !metTables)) {
      afterRow = isCellRow(text);
      continue;
    }
    // A table's note ("Note: The figure in [ ] is ...") explains a row; it states no goal.
    const note = afterRow && /^(?:notes?|remarks?)\s*\d*\s*[:：]/i.test(text);
    afterRow = note;
    if (note) continue;
    // A lead line ("Main indicators for 2025:") gives its year to the blocks after it.
    if (/[:：]$/.test(text) && text.length < 120) {
      sectionYear = namedYear(text, ctx, from) ?? sectionYear;
      continue;
    }
    // Sentences after a horizon in the same paragraph share it.
    let carried = sectionYear;
    let horizon = false;
    // A run-in label ("Phase goals for 2025. ...") gives its year to its paragraph.
    const labelled = view.block.label && namedYear(view.block.label, ctx, from);
    if (labelled) [carried, horizon] = [labelled, true];
    for (const sentence of view.sentences) {
      const signal = readSentence(sentence.text, ctx.rules, { inGoals, from, horizon });
      if (signal.year !== undefined) [carried, horizon] = [signal.year, true];
      if (!signal.goal) continue;
      const year = signal.year ?? carried ?? (signal.number ? period?.end : undefined);
      push([{ view, sentence }], year, false);
    }
  }
  return out;
}
