/**
 * The Plan model: the typed contract between pipeline stages
 * (read → clean → parse → extract → link → emit) and the site.
 * Every stage is a pure function from one of these shapes to the next.
 */

/** How sure an editorial fact is (see content/editorial). */
export type Status = 'verified' | 'likely' | 'unknown';

/** A problem the pipeline noticed but could work around. */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** A fatal input problem: file, 1-based line and what to do. */
export class PlanInputError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint: string;
  constructor(file: string, line: number, message: string, hint: string) {
    super(`${file}:${line}: ${message}\n  hint: ${hint}`);
    this.name = 'PlanInputError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}

// ── read ────────────────────────────────────────────────────────────────

/** Source text after decoding: one string per line, 1-based numbering kept by index + 1. */
export interface SourceText {
  file: string; // path relative to the project root, for messages
  lines: string[]; // no line terminators, BOM removed
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  sha256: string; // of the raw bytes
  bytes: number;
}

// ── clean ───────────────────────────────────────────────────────────────

/** Page chrome around the plan text (news-site furniture), kept as provenance. */
export interface Chrome {
  breadcrumb?: string;
  headline?: string;
  dateline?: string; // as printed, e.g. "Jul 22,2021 08:26CST"
  notice?: string; // e.g. "The content below was translated by Tencent automatically ..."
  byline?: string; // e.g. "Source: Chengdu Municipal Commission ... | Date: 2022-01-14"
  documentNumber?: string; // as printed, e.g. "Su Zheng Ban Fa [2021] No. 46"
  footer: string[]; // publisher lines after the body
  contacts: string[]; // e-mail addresses found in the footer
}

/** One noise removal, e.g. a stray "Cymbal" at a paragraph end. */
export interface NoiseRemoval {
  line: number;
  column: number; // 1-based, in the original line, counted in characters (code points)
  text: string; // exactly what was removed
  rule: string; // id of the noise rule (content/editorial/noise.yaml)
  /** What the removed text was replaced by, when the rule replaces rather than deletes ("(RFID)"). */
  replacement?: string;
}

export interface CleanText {
  file: string;
  /** Body lines with their original line numbers; chrome lines are gone. */
  body: { line: number; text: string }[];
  chrome: Chrome;
  removals: NoiseRemoval[];
}

// ── parse ───────────────────────────────────────────────────────────────

export type BlockKind = 'paragraph' | 'item' | 'bullet';

export interface Block {
  /** Stable permalink id, e.g. "integrated-circuit-p2", "integrated-circuit-i3", "development-goal-b1". */
  id: string;
  kind: BlockKind;
  sectionId: string;
  /** Source line (1-based) in the original file. */
  line: number;
  /** Item number as written ("1", "(2)", "iii"), for items only. */
  number?: string;
  /** Lead-in of an item or bullet ("Integrated circuit design"), if the text has one. */
  label?: string;
  /** Cleaned text (noise removed, original wording kept; corrections are applied as inlines). */
  text: string;
  /** First 8 hex digits of sha256(text): detects a changed paragraph behind a kept id. */
  hash: string;
}

export interface Section {
  id: string; // slug of the title, unique in the plan, never empty
  title: string; // as written in the text
  level: 1 | 2;
  /** Heading number or marker as written ("IV", "一", "Part 2", "(1)"), when the heading has one. */
  number?: string;
  line: number;
  /** Id of the enclosing level-1 section, for level 2. */
  parentId?: string;
  blocks: Block[];
}

export interface PlanDocument {
  /** Blocks before the first heading (the article's lead). */
  preamble: Block[];
  sections: Section[];
}

// ── extract ─────────────────────────────────────────────────────────────

export interface Industry {
  id: string;
  /** Set when an editor added or changed it (editorial/edits.yaml). */
  editorial?: EditMark;
  name: string; // canonical English name (data), else the name as the text writes it
  nameZh?: string;
  /** The spellings found in this text, in order of first occurrence. */
  variants: string[];
  /** The plan's own category for it, as the plan words it ("pillar industries"); absent when
   *  the text puts it in no category. Never from shared data. */
  tier?: string;
  /** The paragraph that puts it in that category. */
  tierBlockId?: string;
  /** The section devoted to it, if the text has one. */
  sectionId?: string;
  /** Focus areas: the numbered items of its section. */
  focusAreas: { blockId: string; number?: string; label?: string }[];
  goalIds: string[];
  targetIds: string[];
  placeIds: string[];
  projectIds: string[];
  /** Blocks that mention it anywhere (filled by link). */
  mentions: string[];
  /** Industries mentioned in its section or sharing blocks with it (filled by link). */
  related: string[];
}

/** One of the plan's categories of industries, in text order. */
export interface TierGroup {
  id: string; // slug of the label
  label: string; // as the plan words it: "strategic emerging industries", "key sectors"
  /** The number the text states ("12 key sectors", the "9" key areas); absent if none. */
  count?: number;
  /** The paragraph that first states the category. */
  blockId?: string;
  /** The industries the text names in it, in text order. */
  industryIds: string[];
  editorial?: EditMark;
}

export type GoalKind = 'overall' | 'industry';

export interface Goal {
  id: string;
  editorial?: EditMark;
  kind: GoalKind;
  title: string; // bullet lead clause, or "<Industry> by <year>"
  statement: string; // the sentence(s) as written
  year?: number;
  blockId: string;
  industryIds: string[];
  placeIds: string[];
  targetIds: string[];
}

/** What a target measures; one list for the model, its schema and the eval. */
export const TARGET_SCOPES = [
  'share-of-gdp',
  'added-value',
  'output-value',
  'revenue',
  'growth-rate',
  'count',
  'investment',
  'other',
] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];
export const QUALIFIERS = [
  'about',
  'more-than',
  'exceed',
  'at-least',
  'at-most',
  'exactly',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** What a unit measures; `normalised` values of one kind compare. */
export const UNIT_KINDS = ['yuan', 'usd', 'percent', 'count', 'area', 'multiple', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The figure a target starts from ("from 6.5% in 2020"). */
export interface Baseline {
  value: number; // in `unit`
  unit: string;
  /** Value in the kind's base unit (as the target's `normalised`). */
  normalised: number;
  year?: number;
  /** As written, e.g. "6.5% in 2020". */
  display: string;
}

export interface Target {
  id: string;
  editorial?: EditMark;
  value: number; // in `unit`
  /** Upper end of a range ("15-20%": value 15, valueMax 20). */
  valueMax?: number;
  unit: string; // "%", "billion yuan", "trillion yuan", "enterprises", ...
  unitKind: UnitKind;
  /** `value` in the kind's base unit: yuan, US dollars, percent, count, km², multiple. */
  normalised: number;
  normalisedMax?: number;
  /** Value as written in the text, e.g. "about 350 billion yuan". */
  display: string;
  scope: TargetScope;
  qualifier: Qualifier;
  /** Target year, or the period end (2025 for "during the 14th five-year Plan period"). */
  year?: number;
  /** Short description of what is measured, e.g. "new energy vehicle manufacturing output value". */
  subject: string;
  baseline?: Baseline;
  /** An aside on the value, e.g. a converted amount in brackets ("$3.1 billion"). */
  note?: string;
  industryId?: string;
  goalId?: string;
  blockId: string;
  /** The sentence the number stands in. */
  sentence: string;
}

export interface Place {
  id: string;
  editorial?: EditMark;
  name: string; // right English name (data) or as written (unknown places)
  nameZh?: string;
  district?: string;
  status: Status;
  note?: string;
  /** Spellings found in this text. */
  variants: string[];
  industryIds: string[];
  mentions: string[];
}

export interface Project {
  id: string;
  name: string;
  blockId: string;
  industryIds: string[];
  placeIds: string[];
}

export interface Term {
  id: string;
  term: string;
  nameZh?: string;
  expansion?: string; // for abbreviations: "insulated gate bipolar transistor"
  definition?: string;
  source: 'data' | 'text';
  mentions: string[];
}

export interface Correction {
  id: string;
  /** Wording as the machine translation has it. */
  original: string;
  /** What it means. */
  corrected: string;
  status: Status;
  note?: string;
  zh?: string;
  /** Blocks where it was applied. */
  blockIds: string[];
  /** Sections whose title it was applied to (filled by link). */
  sectionIds?: string[];
}

// ── edit ────────────────────────────────────────────────────────────────

/** Kinds of fact an editor may add, change or drop (editorial/edits.yaml). */
export type EditKind = 'goal' | 'target' | 'industry' | 'tier' | 'place';

/** On a fact an editor added or changed: what they did, the fields they set, and why. */
export interface EditMark {
  op: 'add' | 'change';
  fields: string[];
  why: string;
}

/** One edit as applied, in file order (drops included: the fact itself is gone). */
export interface EditRecord {
  op: 'add' | 'change' | 'drop';
  kind: EditKind;
  id: string;
  fields: string[];
  why: string;
  file: string;
  line: number;
}

// ── link ────────────────────────────────────────────────────────────────

export type EntityKind = 'industry' | 'place' | 'term' | 'goal' | 'target' | 'project';

/** A block's text as runs: plain text, entity mentions, corrections. Concatenating `text` of
 *  plain and mention runs and `original` of corrections gives back the block text exactly. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'mention'; text: string; kind: 'industry' | 'place' | 'term'; id: string }
  | {
      type: 'correction';
      original: string;
      text: string;
      id: string;
      status: Status;
      /** The entity the machine wording names (e.g. a place spelt wrongly), linked from the fix. */
      ref?: { kind: 'industry' | 'place' | 'term'; id: string };
    };

export interface LinkedBlock extends Block {
  inlines: Inline[];
  /** Entities mentioned, deduplicated, as "kind:id". */
  mentions: string[];
  correctionIds: string[];
}

/** A section after link; `titleInlines` is set when a correction applies to its title. */
export type LinkedSection = Omit<Section, 'blocks'> & {
  blocks: LinkedBlock[];
  titleInlines?: Inline[];
};

// ── the whole model ─────────────────────────────────────────────────────

export interface SourceLink {
  label: string;
  url?: string;
  date?: string;
  note?: string;
}

export interface PlanMeta {
  id: string; // folder name
  titleEn: string;
  titleZh?: string;
  shortTitle: string;
  issuer?: string;
  issuerZh?: string;
  published?: string; // ISO date
  documentNumber: { value?: string; status: Status; note?: string };
  language: string; // BCP 47 of the text: "en"
  translation: 'machine' | 'human' | 'none';
  translationNote?: string;
  /** Chain from the plan to this text: plan → news summary → machine translation. */
  sourceChain: SourceLink[];
  metaSource: 'file' | 'text';
}

export interface PlanModel {
  meta: PlanMeta;
  source: { file: string; sha256: string; bytes: number; lines: number; eol: SourceText['eol'] };
  chrome: Chrome;
  removals: NoiseRemoval[];
  preamble: LinkedBlock[];
  sections: LinkedSection[];
  industries: Industry[];
  /** The plan's categories of industries, in text order. */
  tiers: TierGroup[];
  goals: Goal[];
  targets: Target[];
  places: Place[];
  projects: Project[];
  terms: Term[];
  corrections: Correction[];
  /** Editors' fixes, as applied (editorial/edits.yaml of the plan folder). */
  edits: EditRecord[];
  warnings: Warning[];
}
