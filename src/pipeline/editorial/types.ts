/**
 * Types of the editorial data files, inferred from their schemas (src/schemas/editorial.ts):
 * shared data in content/editorial/*.yaml, a plan's own in its editorial/ folder.
 */
import type { z } from 'astro/zod';
import type {
  chromeRules,
  correctionData,
  industryData,
  listRules,
  noiseRule,
  placeData,
  structureRules,
  termData,
  tierRules,
} from '../../schemas/editorial.ts';

export type IndustryData = z.output<typeof industryData>;
export type PlaceData = z.output<typeof placeData>;
export type TermData = z.output<typeof termData>;
export type CorrectionData = z.output<typeof correctionData>;
export type NoiseRule = z.output<typeof noiseRule>;
export type ChromeRules = z.output<typeof chromeRules>;
export type TierRules = z.output<typeof tierRules>;
export type ListRules = z.output<typeof listRules>;
export type StructureRules = z.output<typeof structureRules>;

/** The editorial layer as the pipeline uses it: shared entries merged with the plan's own. */
export interface Editorial {
  industries: IndustryData[];
  places: PlaceData[];
  terms: TermData[];
  corrections: CorrectionData[];
  noise: NoiseRule[];
  chrome: ChromeRules;
  structure: StructureRules;
}
