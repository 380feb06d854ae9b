/** Targets made from the figures of an indicator table's row or an indicator line (a row's
 *  past column becomes a fact later sentences may start from: "to 500 billion by 2030"), and
 *  the goals that targets belong to, by block and sentence. */
import type { Target } from '../types.ts';
import type { BlockView } from './context.ts';
import type { GoalSource } from './goals.ts';
import type { Figure } from './indicator-figures.ts';
import type { Quantity } from './quantities/read.ts';
import { words, type Fact } from './target-facts.ts';
import { scopeOf } from './target-scope.ts';
import { describe } from './target-words.ts';
import { uniqueId } from './text.ts';

/** What a figure's target needs from the plan: its goal, industry and the ids taken. */
export interface FigureContext {
  goalId?: string;
  industryId?: string;
  industryName?: string;
  taken: Set<string>;
}

/** The targets of `figures` in `view`, due in `year` unless a figure gives its own. */
export function figureTargets(
  view: BlockView,
  figures: Figure[],
  year: number | undefined,
  at: FigureContext,
): { target: Target; q: Quantity; fact?: Fact }[] {
  const { goalId, industryId, industryName, taken } = at;
  return figures.map((f) => {
    const scope = scopeOf(f.unitKind, f.context, f.context);
    const due = f.year ?? year;
    const { subject, baseline, context: _, ...figure } = f;
    const target: Target = {
      id: uniqueId(`${industryId ?? 'overall'}-${scope}${due ? `-${due}` : ''}`, taken),
      ...figure,
      scope,
      ...(due ? { year: due } : {}),
      subject: describe(subject, scope, f.unit, industryName),
      ...(baseline ? { baseline } : {}),
      ...(industryId ? { industryId } : {}),
      ...(goalId ? { goalId } : {}),
      blockId: view.block.id,
      sentence: view.block.text,
    };
    const q: Quantity = { start: 0, numberStart: 0, end: 0, form: 'digits', ...figure };
    const fact: Fact | undefined =
      baseline?.year !== undefined
        ? {
            q: { ...q, value: baseline.value, normalised: baseline.normalised },
            display: baseline.display,
            scope,
            kind: f.unitKind,
            year: baseline.year,
            words: words(subject),
            view,
          }
        : undefined;
    return { target, q, ...(fact ? { fact } : {}) };
  });
}

/** Goals by block and sentence: a goal made of one sentence of a paragraph (goals.ts reads
 *  goals sentence by sentence) speaks for that sentence only (`bySentence`, keyed
 *  "<block>@<start>"); a bullet goal for its whole block (`byBlock`); `views`: the blocks of
 *  the plan's overall goals. */
export function indexGoals(goals: GoalSource[]): {
  bySentence: Map<string, GoalSource>;
  byBlock: Map<string, GoalSource>;
  views: Set<BlockView>;
} {
  const bySentence = new Map<string, GoalSource>();
  const byBlock = new Map<string, GoalSource>();
  const wholeBlock = (source: GoalSource) =>
    source.parts.length > 0 && source.parts.length === source.parts[0].view.sentences.length;
  for (const source of goals) {
    for (const { view, sentence } of source.parts) {
      bySentence.set(`${view.block.id}@${sentence.start}`, source);
      if (wholeBlock(source) && !byBlock.has(view.block.id)) byBlock.set(view.block.id, source);
    }
  }
  const views = new Set(
    goals
      .filter((g) => g.goal.kind === 'overall' && wholeBlock(g))
      .flatMap((g) => g.parts.map((p) => p.view)),
  );
  return { bySentence, byBlock, views };
}
