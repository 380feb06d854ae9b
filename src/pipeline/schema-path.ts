/** The Zod schema of the field at a path (optional, default and pipe layers seen through). */
import type { z } from 'astro/zod';

/** What a field says about itself in messages: `.meta({ what, hint })` on its schema. */
export interface FieldMeta {
  what?: string;
  hint?: string;
  /** A refinement's whole message (after the field's name), instead of "must be <what>". */
  sentence?: string;
}

/** Keys and list indexes from the top of a value to a field. */
export type Path = (string | number)[];

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The schema layers (optional, default, pipe ... unwrapped) of the field at `path`. */
function layersAt(schema: z.ZodType, path: Path): z.ZodType[] {
  let layers = unwrap(schema);
  for (const k of path) {
    const next = layers
      .map((s) => defOf(s))
      .map((def) => (typeof k === 'number' ? def.element : def.shape?.[k]))
      .find((s) => s !== undefined);
    if (!next) return [];
    layers = unwrap(next);
  }
  return layers;
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const out = [schema];
  for (let def = defOf(schema); def.innerType ?? def.in;) {
    const inner = (def.innerType ?? def.in)!;
    out.push(inner);
    def = defOf(inner);
  }
  return out;
}

/** What the field at `path` says about itself (`.meta()` on any of its layers). */
export function fieldMeta(schema: z.ZodType, path: Path): FieldMeta {
  const layers = layersAt(schema, path);
  const found = layers.map((s) => (s as z.ZodType & { meta(): unknown }).meta());
  return Object.assign({}, ...found.reverse().filter(Boolean)) as FieldMeta;
}

/** The keys the object at `path` allows, or undefined when it is no object. */
export function shapeAt(schema: z.ZodType, path: Path): Record<string, unknown> | undefined {
  return layersAt(schema, path)
    .map((s) => defOf(s).shape)
    .find(Boolean);
}
