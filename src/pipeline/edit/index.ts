/**
 * The edit stage, between extract and link: a plan folder's editorial/edits.yaml adds, changes
 * or drops goals, targets, industries, tiers and places by id, so an editor can fix what the
 * machine misread. Link then sees the edited facts (and the spellings of added ones).
 */
import type { Editorial, IndustryData, PlaceData } from '../editorial/types.ts';
import type { Extracted } from '../extract/index.ts';
import type { EditRecord, PlanDocument } from '../types.ts';
import { applyEdits, type TextIds } from './apply.ts';
import type { Facts } from './kinds.ts';
import { readEdits, type EditOp } from './read.ts';

export { readEdits } from './read.ts';

/** The edits file of a plan folder: its path (for messages) and contents. */
export interface EditsSource {
  file: string;
  text: string;
}

export interface Edited<T> {
  extracted: T;
  editorial: Editorial;
  edits: EditRecord[];
}

/** Blocks and sections of the text, by id. */
export function textIds(doc: PlanDocument): TextIds {
  const blocks = new Map<string, string>();
  for (const block of [...doc.preamble, ...doc.sections.flatMap((s) => s.blocks)])
    blocks.set(block.id, block.text);
  return { blocks, sections: new Set(doc.sections.map((s) => s.id)) };
}

/** Apply the edits file (if any) to what extract found; inputs are not modified. */
export function edit<T extends Extracted>(
  extracted: T,
  editorial: Editorial,
  doc: PlanDocument,
  source?: EditsSource,
): Edited<T> {
  const ops = source ? readEdits(source.file, source.text) : [];
  if (ops.length === 0) return { extracted, editorial, edits: [] };
  const { facts, records } = applyEdits(extracted as Facts, ops, textIds(doc));
  return {
    extracted: { ...extracted, ...facts },
    editorial: withSpellings(editorial, facts, ops),
    edits: records,
  };
}

/**
 * The editorial layer with the spellings of added facts, and those an edit gave, as aliases:
 * link then finds the text's mentions of an industry or place the machine missed.
 */
function withSpellings(editorial: Editorial, facts: Facts, ops: readonly EditOp[]): Editorial {
  const touched = (kind: 'industry' | 'place') =>
    new Set(
      ops
        .filter((op) => op.kind === kind && (op.op === 'add' || 'variants' in op.fields))
        .map((op) => op.id),
    );
  const spellings = (fact: { name: string; variants?: string[] }) =>
    fact.variants && fact.variants.length > 0 ? fact.variants : [fact.name];
  const merge = <D extends { id: string; aliases: string[] }>(
    data: D[],
    ids: Set<string>,
    facts: { id: string; name: string; variants?: string[] }[],
    make: (fact: { id: string; name: string }, aliases: string[]) => D,
  ): D[] => {
    if (ids.size === 0) return data;
    const out = [...data];
    for (const fact of facts.filter((f) => ids.has(f.id))) {
      const at = out.findIndex((d) => d.id === fact.id);
      const aliases = spellings(fact);
      if (at === -1) out.push(make(fact, aliases));
      else out[at] = { ...out[at]!, aliases: [...new Set([...out[at]!.aliases, ...aliases])] };
    }
    return out;
  };
  return {
    ...editorial,
    industries: merge<IndustryData>(
      editorial.industries,
      touched('industry'),
      facts.industries as { id: string; name: string; variants?: string[] }[],
      (fact, aliases) => ({ id: fact.id, name: fact.name, aliases }),
    ),
    places: merge<PlaceData>(editorial.places, touched('place'), facts.places, (fact, aliases) => ({
      id: fact.id,
      name: fact.name,
      aliases,
      status: 'unknown',
    })),
  };
}
