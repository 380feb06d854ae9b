/**
 * Shapes of the editorial data files (content/editorial/*.yaml, and the same names under a
 * plan folder's editorial/ to add or override entries by id). Knowledge lives in these files,
 * never in code: a second plan needs data, not code.
 */
import type { Status } from '../types.ts';

/** industries.yaml: the genre's industry vocabulary. No tiers: a plan's categories come from
 *  its own text, never from data. */
export interface IndustryData {
  id: string;
  name: string; // canonical English name
  aliases: string[]; // spellings the texts use ("Integrated circuit", "IC industry", ...)
  zh?: string;
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

/** How plans name their categories of industries (tiers). Words and phrases, matched
 *  case-insensitively on word boundaries. */
export interface TierRules {
  /** Head nouns of a category phrase: "pillar industries", "key sectors", "... clusters". */
  nouns: string[];
  /** Head nouns that make a category only with a count or a number key ("the 9 key areas"). */
  countedNouns: string[];
  /** Words that make a phrase a category without a count ("pillar", "future-oriented"). */
  qualifiers: string[];
  /** Words that make a phrase no category ("other industries", "related industries"). */
  generic: string[];
}

/** How plans list industries. Words and phrases, matched case-insensitively on word boundaries. */
export interface ListRules {
  /** A list follows: "such as", "including", "namely". */
  triggers: string[];
  /** A list follows only right after a category phrase: "the pillar industries are ...". */
  afterCategory: string[];
  /** The list comes before, its category after: "A and B have been selected as key industries". */
  reverse: string[];
  /** The list belongs to the previous sentence's category: "Among them, A, B ...". */
  anaphora: string[];
  /** Prefixes dropped from an item: "the development of", "developing". */
  prefixes: string[];
  /** Words that never belong to an industry's name (verbs, pronouns, clause words): an item
   *  ends before one; a list's first item starts after the last one. */
  clauseWords: string[];
  /** One-word names too general to link wherever they occur ("equipment"). */
  generic: string[];
  /** A vocabulary name counts as an industry of the plan only in an industry's context: in a
   *  list of industries, as a heading or lead-in, or between these words ("the development of
   *  X", "X industry"); elsewhere it is a passing mention ("laser crystal materials"). */
  contextBefore: string[];
  contextAfter: string[];
  /** Words of a category whose members are not the plan's industries ("traditional industries
   *  such as steel" are to be transformed, not developed). */
  excluded?: string[];
}

/** structure.yaml: phrases that say what a section or sentence is. Regex sources, case-insensitive. */
export interface StructureRules {
  /** How the plan names its categories of industries. */
  tiers: TierRules;
  /** How the plan lists industries. */
  industryLists: ListRules;
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
