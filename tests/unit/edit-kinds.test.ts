import { describe, expect, it } from 'vitest';
import { KINDS, type FieldType } from '../../src/pipeline/edit/kinds.ts';
import { tierGroup } from '../../src/schemas/common.ts';
import { goal } from '../../src/schemas/goal.ts';
import { industry } from '../../src/schemas/industry.ts';
import { place } from '../../src/schemas/place.ts';
import { target } from '../../src/schemas/target.ts';

const MODEL = { industry, goal, target, place, tier: tierGroup };

interface Def {
  type: string;
  innerType?: { def: Def };
  element?: { def: Def };
  entries?: Record<string, string>;
}

/** The field's Zod type with optional and default unwrapped: "string", "array of string", ... */
function modelType(def: Def | undefined): string {
  if (!def) return 'absent';
  if (def.innerType) return modelType(def.innerType.def);
  if (def.type === 'array') return `array of ${modelType(def.element?.def)}`;
  if (def.type === 'enum') return `enum ${Object.values(def.entries ?? {}).join('|')}`;
  return def.type;
}

/** The Zod type an edit field of `type` must have in the model. */
function expected(type: FieldType): string {
  if (typeof type === 'object' && 'oneOf' in type) return `enum ${type.oneOf.join('|')}`;
  if (typeof type === 'object' && 'refs' in type) return 'array of string';
  if (typeof type === 'object') return 'string';
  return { strings: 'array of string', count: 'number', year: 'number' }[type as string] ?? type;
}

describe('the fields an edit may set', () => {
  it('are fields of the model schema of their kind, of the same type', () => {
    const mismatches: string[] = [];
    for (const [kind, spec] of Object.entries(KINDS)) {
      const shape = MODEL[kind as keyof typeof MODEL].shape as Record<string, { def: Def }>;
      for (const [field, { type }] of Object.entries(spec.fields)) {
        const actual = modelType(shape[field]?.def);
        const block = type === 'block' || type === 'section';
        if (actual !== (block ? 'string' : expected(type)))
          mismatches.push(`${kind}.${field}: edit ${expected(type)}, model ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('tell a wrong type apart (the check above can fail)', () => {
    expect(modelType((target.shape.scope as unknown as { def: Def }).def)).toBe(
      'enum share-of-gdp|added-value|output-value|revenue|growth-rate|count|investment|other',
    );
    expect(modelType((industry.shape.variants as unknown as { def: Def }).def)).toBe(
      'array of string',
    );
    expect(modelType(undefined)).toBe('absent');
  });
});
