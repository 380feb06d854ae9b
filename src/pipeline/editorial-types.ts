/**
 * Shapes of the editorial data files (content/editorial/*.yaml, and the same names under a
 * plan folder's editorial/ to add or override entries by id). Knowledge lives in these files,
 * never in code: a second plan needs data, not code.
 */
import type { Status, Tier } from './types.ts';

/** industries.yaml: the industry taxonomy. */
export interface IndustryData {
  id: string;
  name: string; // canonical English name
  aliases: string[]; // spellings the texts use ("Integrated circuit", "IC industry", ...)
  zh?: string;
  tier?: Tier; // default tier when the text does not say
}

/** places.yaml: places with their right English names. */
export interface PlaceData {
  id: string;
  name: string;
  aliases: string[]; // the texts' spellings, including machine-translation errors
  zh?: string;
  /** province, autonomous-region, municipality, sar, city, new-area, region, district, ... */
  kind?: string;
  district?: string;
  status: Status; // how sure the identification is
  note?: string;
}

/** glossary.yaml: terms and abbreviations. */
export interface TermData {
  id: string;
  term: string;
  aliases?: string[];
  zh?: string;
  /** For abbreviations: the long form ("insulated-gate bipolar transistor"). */
  expansion?: string;
  definition?: string;
}

/** corrections.yaml: machine-translation errors and what they mean. */
export interface CorrectionData {
  id: string;
  find: string; // exact wording in the text (matched case-insensitively, on word boundaries)
  replace: string; // what it means
  status: Status;
  note?: string;
  zh?: string;
}

/** noise.yaml: text removed from the body, each removal recorded. */
export interface NoiseRule {
  id: string;
  pattern: string; // JavaScript regular expression source, applied to each body line
  flags?: string; // default "g"
  replace?: string; // default "" (a replacement string, `$1` allowed)
  note?: string;
}

/** chrome.yaml: how to tell page furniture from the plan's text. Regex sources, case-insensitive. */
export interface ChromeRules {
  breadcrumb: string[]; // a first line matching is the breadcrumb
  dateline: string[]; // a line in the head matching is the dateline
  notice: string[]; // translation notices; the head ends after the notice
  footer: string[]; // a trailing line matching starts the footer
  byline?: string[]; // a line in the head naming the source, editor or issuing office
  documentNumber?: string[]; // a line in the head that is a document number ("... [2021] No. 46")
  planTitle?: string[]; // a short line at the top matching is the plan's title (headline)
  storyLead?: string[]; // the start of a news story's first paragraph ("HEFEI, Jan. 18 --")
  planIssued?: string[]; // verbs that say a plan was issued: the plan's name stands next to them
}

/** structure.yaml: phrases that say what a section or sentence is. Regex sources, case-insensitive. */
export interface StructureRules {
  /** A sentence matching a tier pattern assigns that tier to every industry it names. */
  tiers: { tier: Tier; patterns: string[] }[];
  /** Section titles that hold the overall development goals. */
  goalsHeading: string[];
  /** Section titles of the spatial layout. */
  layoutHeading: string[];
  /** Section titles of the major projects. */
  projectsHeading: string[];
  /** Sentences that state a goal: "By 2025 ...", "During the 14th five-year Plan period ...". */
  goalSentence: string[];
  /** Phrases that state an intended outcome on their own ("aims to", "is expected to"). */
  goalIntent?: string[];
  /** Future words that, with a target number, make a sentence a goal ("will", "is to"). */
  goalFuture?: string[];
  /** Sentences about the document itself ("the Plan sets out ..."): no goal by horizon alone. */
  goalNot?: string[];
  /** Year a period phrase stands for, e.g. { pattern: "14th five-year plan period", year: 2025 }. */
  periods: { pattern: string; year: number }[];
  /** Nouns that make a number a count target ("26,000 enterprises"). */
  countUnits?: string[];
  /** In a projects section, phrases that introduce a project's name ("construction of "). */
  projectLead?: string[];
}

export interface Editorial {
  industries: IndustryData[];
  places: PlaceData[];
  terms: TermData[];
  corrections: CorrectionData[];
  noise: NoiseRule[];
  chrome: ChromeRules;
  structure: StructureRules;
}
