/** What the eval reads from a plan model, whatever version of the model produced it. */
import type { UnitKind } from './units.ts';

/** A number as the eval compares it: value (or range) and unit as written, normalised to `norm`. */
export interface Quantity {
  value: number;
  max?: number;
  unit: string;
  kind: UnitKind;
  norm: number;
  normMax?: number;
}

export interface ViewTarget extends Quantity {
  year?: number;
  qualifier?: string;
  scope?: string;
  baseline?: { value: number; norm: number; year?: number };
  /** The number as written, for reports. */
  display: string;
}

export interface ModelView {
  title: string;
  /** The plan's level and region (meta), when the model has them. */
  level?: string;
  region?: string;
  sections: { title: string; level: number }[];
  /** `names`: the canonical name first, then the spellings found in the text. */
  industries: { id: string; names: string[]; tier?: string }[];
  tiers: { label: string; count?: number }[];
  places: { id: string; names: string[] }[];
  goals: { statement: string; year?: number }[];
  targets: ViewTarget[];
  corrections: { id: string; original: string }[];
  terms: { id: string; term: string; hasDefinition: boolean; fromText: boolean }[];
}
