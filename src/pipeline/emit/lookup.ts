/** Indexes over the model that several emitters need. */
import type { LinkedBlock, PlanModel } from '../types.ts';

/** Id of the synthetic section that holds the preamble (the article's lead). */
export const PREAMBLE_ID = 'preamble';

export interface BlockRef {
  block: LinkedBlock;
  /** Section the block sits in ("preamble" for the lead). */
  sectionId: string;
}

/** Every block by id, with the section it sits in; throws on a duplicate id. */
export function blockIndex(model: PlanModel): Map<string, BlockRef> {
  const index = new Map<string, BlockRef>();
  const add = (block: LinkedBlock, sectionId: string) => {
    if (index.has(block.id)) throw new Error(`emit: duplicate block id "${block.id}"`);
    index.set(block.id, { block, sectionId });
  };
  for (const block of model.preamble) add(block, PREAMBLE_ID);
  for (const section of model.sections) for (const block of section.blocks) add(block, section.id);
  return index;
}

/** The block with `id`; throws if the model does not have it (a broken reference). */
export function blockRef(index: Map<string, BlockRef>, id: string, from: string): BlockRef {
  const ref = index.get(id);
  if (!ref) throw new Error(`emit: ${from} refers to unknown block "${id}"`);
  return ref;
}
