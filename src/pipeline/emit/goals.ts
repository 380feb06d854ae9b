/** goals/<id>.mdx: one file per goal, frontmatter for the page, body = the statement. */
import type { z } from 'astro/zod';
import type { goalPage } from '../../schemas/collections.ts';
import type { Goal, PlanModel } from '../types.ts';
import { withFrontmatter } from './frontmatter.ts';
import { attributeValue } from './ids.ts';
import { inlinesFor } from './inlines.ts';
import { blockRef, type BlockRef } from './lookup.ts';
import { paragraph } from './mdast.ts';
import { toMdx } from './serialise.ts';

/** Path and content of every goal file, in model order. */
export function goalFiles(model: PlanModel, blocks: Map<string, BlockRef>): [string, string][] {
  return model.goals.map((goal, index) => {
    const ref = blockRef(blocks, goal.blockId, `goal "${goal.id}"`);
    return [
      `goals/${attributeValue(goal.id, 'goal id')}.mdx`,
      withFrontmatter(goalData(goal, index + 1, ref.sectionId), goalBody(goal, ref)),
    ];
  });
}

/** Frontmatter fields, in a fixed order; references are ids. Typed by the collection's schema,
 *  so a field the page schema adds or renames fails the type check here. */
function goalData(goal: Goal, order: number, sectionId: string): z.input<typeof goalPage> {
  return {
    title: goal.title,
    kind: goal.kind,
    year: goal.year,
    block: goal.blockId,
    section: sectionId,
    order,
    industries: goal.industryIds,
    places: goal.placeIds,
    targets: goal.targetIds,
    editorial: goal.editorial,
  };
}

/** The statement with its block's links and corrections when it is a span of the block, else plain. */
function goalBody(goal: Goal, ref: BlockRef): string {
  const inlines = inlinesFor(ref.block.inlines, goal.statement) ?? [
    { type: 'text' as const, text: goal.statement },
  ];
  return toMdx({ type: 'root', children: goal.statement ? [paragraph(inlines)] : [] });
}
