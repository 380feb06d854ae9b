/** A plan's target as the atlas shows it: its figures, its measure and its paragraph's path. */
import type { Target } from '../../pipeline/types.ts';
import type { AtlasTarget } from '../../schemas/atlas.ts';
import type { PlanPaths } from './paths.ts';

/** `measure` is the id of its compared measure, when other plans have that measure too. */
export function atlasTarget(
  plan: string,
  target: Target,
  paths: PlanPaths,
  measure: string | undefined,
): AtlasTarget {
  const out: AtlasTarget = {
    plan,
    id: target.id,
    value: target.value,
    unit: target.unit,
    unitKind: target.unitKind,
    normalised: target.normalised,
    display: target.display,
    scope: target.scope,
    qualifier: target.qualifier,
    subject: target.subject,
    path: paths.block(target.blockId),
  };
  if (target.industryId !== undefined) out.industryId = target.industryId;
  if (measure !== undefined) out.measure = measure;
  if (target.valueMax !== undefined) out.valueMax = target.valueMax;
  if (target.normalisedMax !== undefined) out.normalisedMax = target.normalisedMax;
  if (target.year !== undefined) out.year = target.year;
  if (target.baseline) {
    const { normalised, year, display } = target.baseline;
    out.baseline = year === undefined ? { normalised, display } : { normalised, year, display };
  }
  return ordered(out);
}

const KEYS: (keyof AtlasTarget)[] = [
  'plan',
  'id',
  'industryId',
  'measure',
  'value',
  'valueMax',
  'unit',
  'unitKind',
  'normalised',
  'normalisedMax',
  'display',
  'scope',
  'qualifier',
  'year',
  'subject',
  'baseline',
  'path',
];

/** The schema's key order, so the JSON reads the same every time. */
function ordered(target: AtlasTarget): AtlasTarget {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) if (target[key] !== undefined) out[key] = target[key];
  return out as AtlasTarget;
}
