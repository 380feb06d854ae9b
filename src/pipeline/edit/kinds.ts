/**
 * What an editor may edit, per kind of fact: the model list it lives in, the fields an edit may
 * set (with their types, and which an added entry needs), and how facts refer to each other.
 */
import { editKind, status } from '../../schemas/common.ts';
import { goalKind } from '../../schemas/goal.ts';
import { QUALIFIERS, TARGET_SCOPES, UNIT_KINDS } from '../../schemas/target.ts';
import type { EditKind, Goal, Industry, Place, Project, Target, TierGroup } from '../types.ts';

export type { EditKind };

/** The kinds of fact a plan folder's editorial/edits.yaml may add, change or drop. */
export const EDIT_KINDS: readonly EditKind[] = editKind.options;

/** A plan's category of industries (PlanModel.tiers). */
export type TierFact = TierGroup;

/** The facts the edit stage works on: extract's output (tiers when extract gives them). */
export interface Facts {
  industries: Industry[];
  goals: Goal[];
  targets: Target[];
  places: Place[];
  projects: Project[];
  tiers: TierFact[];
}

export type ListName = 'industries' | 'goals' | 'targets' | 'places' | 'projects' | 'tiers';

/** What a field may hold. `ref`/`refs` name ids of another kind; `block`/`section` ids of the text. */
export type FieldType =
  | 'string'
  | 'strings'
  | 'number'
  | 'count'
  | 'year'
  | 'block'
  | 'section'
  | { oneOf: readonly string[] }
  | { ref: EditKind }
  | { refs: EditKind };

export interface FieldSpec {
  type: FieldType;
  /** An added entry must give it. */
  required?: boolean;
}

export interface KindSpec {
  list: ListName;
  /** Fields with a type; a `change` may also set any other text, number or yes/no field the
   *  fact already has (fields other stages add), but never `id` or `editorial`. */
  fields: Record<string, FieldSpec>;
}

const STATUSES = status.options;

export const KINDS: Record<EditKind, KindSpec> = {
  industry: {
    list: 'industries',
    fields: {
      name: { type: 'string', required: true },
      nameZh: { type: 'string' },
      variants: { type: 'strings' },
      tier: { type: 'string' },
      sectionId: { type: 'section' },
    },
  },
  tier: {
    list: 'tiers',
    fields: {
      label: { type: 'string', required: true },
      count: { type: 'count' },
      blockId: { type: 'block' },
      industryIds: { type: { refs: 'industry' } },
    },
  },
  goal: {
    list: 'goals',
    fields: {
      title: { type: 'string', required: true },
      statement: { type: 'string' },
      year: { type: 'year' },
      kind: { type: { oneOf: goalKind.options } },
      blockId: { type: 'block', required: true },
      industryIds: { type: { refs: 'industry' } },
      placeIds: { type: { refs: 'place' } },
    },
  },
  target: {
    list: 'targets',
    fields: {
      value: { type: 'number', required: true },
      valueMax: { type: 'number' },
      unit: { type: 'string', required: true },
      unitKind: { type: { oneOf: UNIT_KINDS } },
      normalised: { type: 'number' },
      normalisedMax: { type: 'number' },
      display: { type: 'string' },
      scope: { type: { oneOf: TARGET_SCOPES } },
      qualifier: { type: { oneOf: QUALIFIERS } },
      year: { type: 'year' },
      subject: { type: 'string', required: true },
      industryId: { type: { ref: 'industry' } },
      goalId: { type: { ref: 'goal' } },
      blockId: { type: 'block', required: true },
      sentence: { type: 'string' },
      note: { type: 'string' },
    },
  },
  place: {
    list: 'places',
    fields: {
      name: { type: 'string', required: true },
      nameZh: { type: 'string' },
      district: { type: 'string' },
      status: { type: { oneOf: STATUSES } },
      note: { type: 'string' },
      variants: { type: 'strings' },
      industryIds: { type: { refs: 'industry' } },
    },
  },
};

/** Fields no edit may set. */
export const FIXED_FIELDS = new Set(['id', 'editorial']);

/**
 * How facts refer to each other: `from[field]` holds ids of `to` (one id or a list); `back`
 * is the field of `to` listing the `from` facts that refer to it. Dropping a fact removes it from
 * every list that names it; changing `field` keeps `back` in step.
 */
export interface Relation {
  from: ListName;
  field: string;
  to: ListName;
  back?: string;
}

export const RELATIONS: readonly Relation[] = [
  { from: 'goals', field: 'industryIds', to: 'industries', back: 'goalIds' },
  { from: 'goals', field: 'placeIds', to: 'places' },
  { from: 'targets', field: 'industryId', to: 'industries', back: 'targetIds' },
  { from: 'targets', field: 'goalId', to: 'goals', back: 'targetIds' },
  { from: 'places', field: 'industryIds', to: 'industries', back: 'placeIds' },
  { from: 'projects', field: 'industryIds', to: 'industries', back: 'projectIds' },
  { from: 'projects', field: 'placeIds', to: 'places' },
  { from: 'tiers', field: 'industryIds', to: 'industries' },
  { from: 'industries', field: 'related', to: 'industries' },
];

/** The list of a kind, by its model name ("industries" for industry). */
export function listOf(kind: EditKind): ListName {
  return KINDS[kind].list;
}

/** "a goal", "an industry": a kind with its article, for messages. */
export function aKind(kind: EditKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
