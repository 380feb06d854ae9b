/** The gold file's shape (tests/corpus/README.md), each entry with its line in gold.yaml. */
import type { Quantity } from './view-types.ts';
import type { Qualifier, TargetScope as Scope } from '../pipeline/types.ts';
import { QUALIFIERS, TARGET_SCOPES as SCOPES } from '../schemas/target.ts';

export const LEVELS = ['national', 'provincial', 'city', 'county'] as const;

export { QUALIFIERS, SCOPES, type Qualifier, type Scope };

export interface GoldSection {
  title: string;
  level: 1 | 2;
  line: number;
}
export interface GoldIndustry {
  name: string;
  also: string[];
  tier?: string;
  line: number;
}
export interface GoldTier {
  label: string;
  /** Other wordings the text uses for the same category. */
  also: string[];
  count?: number;
  line: number;
}
export interface GoldPlace {
  name: string;
  also: string[];
  line: number;
}
export interface GoldGoal {
  text: string;
  year?: number;
  line: number;
}
export interface GoldTarget extends Quantity {
  qualifier?: Qualifier;
  scope?: Scope;
  year?: number;
  baseline?: { value: number; norm: number; year?: number };
  note?: string;
  text: string;
  line: number;
}

export interface Gold {
  /** gold.yaml path relative to the project root. */
  file: string;
  title: string;
  accept: string[];
  level?: (typeof LEVELS)[number];
  region?: string;
  /** A plan kept elsewhere (content/plans/<plan>), relative to the project root. */
  planDir?: string;
  sections: GoldSection[];
  industries: GoldIndustry[];
  tiers: GoldTier[];
  places: GoldPlace[];
  goals: GoldGoal[];
  targets: GoldTarget[];
}
