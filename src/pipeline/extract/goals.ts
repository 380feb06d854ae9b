/**
 * Goals: the bullets of a goals section (overall goals) and, in each industry's section, the
 * sentences that state a goal ("By 2025 ...", "During the 14th five-year plan period ...").
 */
import type { Goal } from '../types.ts';
import {
  distinct,
  hitsIn,
  isGoalSentence,
  sentenceYear,
  type BlockView,
  type Context,
} from './context.ts';
import { capitalise, slug, uniqueId, type Span } from './text.ts';

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

function latestYear(parts: GoalSource['parts'], ctx: Context): number | undefined {
  const years = parts
    .map(({ sentence }) => sentenceYear(sentence.text, ctx.rules))
    .filter((y) => y !== undefined);
  return years.length > 0 ? Math.max(...years) : undefined;
}

function makeGoal(fields: Omit<Goal, 'targetIds' | 'year'>, year: number | undefined): Goal {
  const { id, kind, title, statement, blockId, industryIds, placeIds } = fields;
  const when = year === undefined ? {} : { year };
  return { id, kind, title, statement, ...when, blockId, industryIds, placeIds, targetIds: [] };
}

/** Overall goals, then one goal per industry section, in document order. */
export function extractGoals(ctx: Context): GoalSource[] {
  const taken = new Set<string>();
  const out: GoalSource[] = [];
  const isGoalsSection = (view: BlockView) =>
    view.section !== undefined &&
    ctx.rules.goalsHeading.some((re) => re.test(view.section!.title.trim()));
  // Industry goals grouped by section (or by the paragraph devoted to an industry).
  const groups = new Map<string, { industryId: string; parts: GoalSource['parts'] }>();
  for (const view of ctx.views) {
    if (isGoalsSection(view) && (view.block.kind === 'bullet' || view.block.kind === 'item')) {
      const parts = view.sentences.map((sentence) => ({ view, sentence }));
      const title = bulletTitle(view);
      const goal = makeGoal(
        {
          id: uniqueId(slug(title, 5), taken),
          kind: 'overall',
          title,
          statement: view.block.text,
          blockId: view.block.id,
          industryIds: entityIds(parts, 'industry'),
          placeIds: entityIds(parts, 'place'),
        },
        latestYear(parts, ctx),
      );
      out.push({ goal, parts });
      continue;
    }
    if (!view.industryId) continue;
    const key = view.leadIndustry ? `block:${view.block.id}` : `section:${view.section?.id}`;
    for (const sentence of view.sentences) {
      if (!isGoalSentence(sentence.text, ctx.rules)) continue;
      const group = groups.get(key) ?? { industryId: view.industryId, parts: [] };
      group.parts.push({ view, sentence });
      groups.set(key, group);
    }
  }
  for (const { industryId, parts } of groups.values()) {
    const industry = ctx.editorial.industries.find((i) => i.id === industryId);
    const year = latestYear(parts, ctx);
    const name = industry?.name ?? industryId;
    const goal = makeGoal(
      {
        id: uniqueId(year ? `${industryId}-${year}` : `${industryId}-goal`, taken),
        kind: 'industry',
        title: year ? `${name} by ${year}` : name,
        statement: parts.map(({ sentence }) => sentence.text).join(' '),
        blockId: parts[0].view.block.id,
        industryIds: distinct([industryId, ...entityIds(parts, 'industry')]),
        placeIds: entityIds(parts, 'place'),
      },
      year,
    );
    out.push({ goal, parts });
  }
  // Document order: by the position of the goal's first sentence.
  const order = new Map(ctx.views.map((view, i) => [view, i]));
  const position = (source: GoalSource) => order.get(source.parts[0]?.view as BlockView) ?? 0;
  return out
    .map((source, i) => ({ source, i }))
    .sort((a, b) => position(a.source) - position(b.source) || a.i - b.i)
    .map(({ source }) => source);
}
