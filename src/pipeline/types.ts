/**
 * The Plan model: the typed contract between pipeline stages
 * (read → clean → parse → extract → link → emit) and the site.
 * Every stage is a pure function from one of these shapes to the next. The facts' shapes are
 * the Zod schemas in src/schemas/ (one definition for the pipeline, the YAML checks and the
 * content collections); the types here are inferred from them.
 */
import type { z } from 'astro/zod';
import type {
  editKind,
  editorialMark,
  editRecord,
  status,
  tierGroup,
  warning,
} from '../schemas/common.ts';
import type { correction, term } from '../schemas/glossary.ts';
import type { goal, goalKind } from '../schemas/goal.ts';
import type { industry } from '../schemas/industry.ts';
import type { place, project } from '../schemas/place.ts';
import type { chrome, eol, meta, noiseRemoval, sourceLink } from '../schemas/plan.ts';
import type { baseline, qualifier, target, targetScope, unitKind } from '../schemas/target.ts';
import type {
  block,
  blockKind,
  inline,
  linkedBlock,
  linkedSection,
  section,
} from '../schemas/text.ts';

/** How sure an editorial fact is (see content/editorial). */
export type Status = z.output<typeof status>;

/** A problem the pipeline noticed but could work around. */
export type Warning = z.output<typeof warning>;

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
  eol: z.output<typeof eol>;
  sha256: string; // of the raw bytes
  bytes: number;
}

// ── clean ───────────────────────────────────────────────────────────────

/** Page chrome around the plan text (news-site furniture), kept as provenance. */
export type Chrome = z.output<typeof chrome>;

/** One noise removal, e.g. a stray "Cymbal" at a paragraph end. */
export type NoiseRemoval = z.output<typeof noiseRemoval>;

export interface CleanText {
  file: string;
  /** Body lines with their original line numbers; chrome lines are gone. */
  body: { line: number; text: string }[];
  chrome: Chrome;
  removals: NoiseRemoval[];
}

// ── parse ───────────────────────────────────────────────────────────────

export type BlockKind = z.output<typeof blockKind>;
export type Block = z.output<typeof block>;
export type Section = z.output<typeof section>;

export interface PlanDocument {
  /** Blocks before the first heading (the article's lead). */
  preamble: Block[];
  sections: Section[];
}

// ── extract ─────────────────────────────────────────────────────────────

export type Industry = z.output<typeof industry>;

/** One of the plan's categories of industries, in text order. */
export type TierGroup = z.output<typeof tierGroup>;

export type GoalKind = z.output<typeof goalKind>;
export type Goal = z.output<typeof goal>;

export type TargetScope = z.output<typeof targetScope>;
export type Qualifier = z.output<typeof qualifier>;
export type UnitKind = z.output<typeof unitKind>;

/** The figure a target starts from ("from 6.5% in 2020"). */
export type Baseline = z.output<typeof baseline>;
export type Target = z.output<typeof target>;
export type Place = z.output<typeof place>;
export type Project = z.output<typeof project>;
export type Term = z.output<typeof term>;
export type Correction = z.output<typeof correction>;

// ── edit ────────────────────────────────────────────────────────────────

/** Kinds of fact an editor may add, change or drop (editorial/edits.yaml). */
export type EditKind = z.output<typeof editKind>;

/** On a fact an editor added or changed: what they did, the fields they set, and why. */
export type EditMark = z.output<typeof editorialMark>;

/** One edit as applied, in file order (drops included: the fact itself is gone). */
export type EditRecord = z.output<typeof editRecord>;

// ── link ────────────────────────────────────────────────────────────────

export type EntityKind = 'industry' | 'place' | 'term' | 'goal' | 'target' | 'project';

/** A block's text as runs: plain text, entity mentions, corrections. */
export type Inline = z.output<typeof inline>;
export type LinkedBlock = z.output<typeof linkedBlock>;
/** A section after link; `titleInlines` is set when a correction applies to its title. */
export type LinkedSection = z.output<typeof linkedSection>;

// ── the whole model ─────────────────────────────────────────────────────

export type SourceLink = z.output<typeof sourceLink>;
export type PlanMeta = z.output<typeof meta>;

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
