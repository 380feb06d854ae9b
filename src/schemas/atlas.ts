/**
 * The atlas model (data/atlas.json and the atlas layer's collections): the plans, and the
 * industries, measures and places that two or more of them share, each with links into the
 * plans. Paths are site paths without the base ("plans/<plan>/industries/<id>/").
 */
import { z } from 'astro/zod';
import { id } from './common.ts';
import { meta, period, planLevel, sourceLink } from './plan.ts';
import { baseline, target, targetScope, unitKind } from './target.ts';

/** A site path without the base: "plans/x/", "plans/x/plan/#b12", "industries/y/". */
const sitePath = z.string().regex(/^[a-z0-9][^\s<>"]*$/);

/** How many facts of each kind a plan has. */
export const atlasCounts = z.strictObject({
  industries: z.number().int(),
  goals: z.number().int(),
  targets: z.number().int(),
  places: z.number().int(),
});

/** One plan of the atlas: its metadata, counts and home. */
export const atlasPlan = z.strictObject({
  /** The plan folder's name: its URL is plans/<id>/. */
  id,
  title: z.string(),
  shortTitle: z.string(),
  titleZh: z.string().optional(),
  issuer: z.string().optional(),
  level: planLevel.optional(),
  region: z.string().optional(),
  /** The id of the plan's place that is its region, when the places step found it. */
  regionId: id.optional(),
  period: period.optional(),
  published: meta.shape.published,
  translation: meta.shape.translation,
  sourceChain: z.array(sourceLink),
  /** Whether the metadata came from plan.yaml or was read from the text. */
  metaSource: meta.shape.metaSource,
  counts: atlasCounts,
  /** The plan's home page. */
  path: sitePath,
});

/** A target as the atlas shows it, with the paragraph that states it: the target's own fields. */
export const atlasTarget = z.strictObject({
  plan: id,
  /** The target's id in its plan. */
  id: target.shape.id,
  industryId: target.shape.industryId,
  /** The compared measure it belongs to (absent when no other plan has that measure). */
  measure: id.optional(),
  ...target.pick({
    value: true,
    valueMax: true,
    unit: true,
    unitKind: true,
    normalised: true,
    normalisedMax: true,
    display: true,
    scope: true,
    qualifier: true,
    year: true,
    subject: true,
  }).shape,
  baseline: z
    .strictObject(baseline.pick({ normalised: true, year: true, display: true }).shape)
    .optional(),
  /** The paragraph that states it, in its plan's reader. */
  path: sitePath,
});

/** A goal as the atlas shows it. */
export const atlasGoal = z.strictObject({
  id,
  statement: z.string(),
  year: z.number().int().optional(),
  path: sitePath,
});

/** One plan's side of an industry it shares with other plans. */
export const atlasIndustryPlan = z.strictObject({
  plan: id,
  /** The plan's own name for it: the first spelling its text uses. */
  name: z.string(),
  /** The plan's own category for it, as the plan words it; absent when it puts it in none. */
  tier: z.string().optional(),
  goals: z.array(atlasGoal),
  targets: z.array(atlasTarget),
  /** The industry's page in the plan. */
  path: sitePath,
});

/** An industry (an id of the shared vocabulary) that two or more plans name. */
export const atlasIndustry = z.strictObject({
  id,
  name: z.string(),
  nameZh: z.string().optional(),
  /** Every spelling the plans use for it, for search ("chips", "IC industry"). */
  aliases: z.array(z.string()),
  /** The atlas page of the industry across plans. */
  path: sitePath,
  plans: z.array(atlasIndustryPlan),
});

/** One measure across plans: like with like only (same scope, kind of unit, industry). */
export const atlasMeasure = z.strictObject({
  /** Stable: "<industry id | whole-plan>-<scope>[-<unit kind>][-<written unit, singular>]". */
  id,
  label: z.string(),
  scope: targetScope,
  unitKind,
  /** The unit of `normalised` values: "yuan", "%", "km²", or the written unit of counts. */
  unit: z.string(),
  /** Absent when the measure is the whole plan's (a share of GDP, say). */
  industryId: id.optional(),
  path: sitePath,
  /** Every plan's targets of this measure, by plan id then in text order. */
  targets: z.array(atlasTarget),
});

/** One plan's side of a place it shares with other plans. */
export const atlasPlacePlan = z.strictObject({
  plan: id,
  /** The name as the plan writes it. */
  name: z.string(),
  industryIds: z.array(id),
  path: sitePath,
});

/** A place (same id: the gazetteer's, or the slug of the same written name) two or more plans name. */
export const atlasPlace = z.strictObject({
  id,
  name: z.string(),
  nameZh: z.string().optional(),
  path: sitePath,
  plans: z.array(atlasPlacePlan),
});

/** data/atlas.json. */
export const atlasModel = z.strictObject({
  plans: z.array(atlasPlan),
  industries: z.array(atlasIndustry),
  measures: z.array(atlasMeasure),
  places: z.array(atlasPlace),
});

export type AtlasPlan = z.output<typeof atlasPlan>;
export type AtlasTarget = z.output<typeof atlasTarget>;
export type AtlasGoal = z.output<typeof atlasGoal>;
export type AtlasIndustryPlan = z.output<typeof atlasIndustryPlan>;
export type AtlasIndustry = z.output<typeof atlasIndustry>;
export type AtlasMeasure = z.output<typeof atlasMeasure>;
export type AtlasPlacePlan = z.output<typeof atlasPlacePlan>;
export type AtlasPlace = z.output<typeof atlasPlace>;
export type AtlasModel = z.output<typeof atlasModel>;
