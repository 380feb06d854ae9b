/**
 * Stage 3, parse: cleaned body lines → a document tree of sections (level 1 and 2) holding
 * paragraphs, numbered items and bullets. Structure comes from the text's shape only; every
 * block gets a stable id from its section and ordinal, and keeps its source line.
 */
import { createHash } from 'node:crypto';
import type { Block, BlockKind, CleanText, PlanDocument, Section } from './types.ts';
import {
  endsSentence,
  hasMarker,
  isCellRow,
  isTitleLine,
  leadIn,
  lineShape,
  type LineShape,
} from './parse-lines.ts';
import { Outline, resolve } from './parse-outline.ts';
import { isDateLine, isSignatory, MAX_SIGNATORIES } from './signature.ts';
import { slugify } from './slug.ts';

export interface ParseOptions {
  /** True for an unmarked heading that is a level-2 subheading (e.g. an industry name). */
  isSubheading?: (title: string) => boolean;
  /** The plan's title: an unnumbered heading repeating it before the first section is skipped. */
  title?: string;
}

/** A run of text that becomes one heading or block. */
interface Unit {
  line: number;
  text: string;
  standalone: boolean; // a single source line, so it may be a heading
  gap: boolean; // a blank line stands before it
}

const RESERVED_IDS = new Set(['preamble', 'index', 'data']);
const PREAMBLE = 'preamble';
const LABEL_WORDS = { item: 10, bullet: 10, paragraph: 6 } as const;
const ID_LETTER: Record<BlockKind, string> = { paragraph: 'p', item: 'i', bullet: 'b' };

/** Parses cleaned text into sections and blocks. */
export function parse(text: CleanText, options: ParseOptions = {}): PlanDocument {
  const preamble: Block[] = [];
  const sections: Section[] = [];
  const usedIds = new Set<string>();
  const outline = new Outline();
  let counts = newCounts();
  let lastTop: Section | undefined;
  let current: Section | undefined;

  const shaped = units(text.body).map((u) => ({
    line: u.line,
    gap: u.gap,
    shape: lineShape(u.text, u.standalone),
  }));
  for (const { line, shape } of resolve(shaped)) {
    if (shape.kind === 'heading') {
      // The title printed again above the first heading (after an issuing notice) is no section.
      if (
        sections.length === 0 &&
        shape.number === undefined &&
        sameTitle(shape.title, options.title)
      )
        continue;
      const sub = shape.family === 'plain' && options.isSubheading?.(shape.title) === true;
      // The site shows two levels: anything deeper stays at level 2 under its level-1 part.
      const level = outline.depth(shape.family, sub) === 1 ? 1 : 2;
      const id = sectionId(shape.title, sections.length + 1, usedIds);
      const section: Section = { id, title: shape.title, level, line, blocks: [] };
      if (shape.number !== undefined) section.number = shape.number;
      if (level === 2 && lastTop) section.parentId = lastTop.id;
      else lastTop = section;
      sections.push(section);
      current = section;
      counts = newCounts();
      continue;
    }
    const owner = current ? current.id : PREAMBLE;
    const block = makeBlock(shape, owner, line, counts);
    (current ? current.blocks : preamble).push(block);
  }
  return { preamble, sections };
}

/** Titles compared without case, 《》 or quote marks, or spacing differences. */
function sameTitle(a: string, b: string | undefined): boolean {
  const norm = (t: string) =>
    t
      .replace(/[《》〈〉"“”‘’]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return b !== undefined && norm(b) !== '' && norm(a) === norm(b);
}

function newCounts(): Record<BlockKind, number> {
  return { paragraph: 0, item: 0, bullet: 0 };
}

function makeBlock(
  shape: Exclude<LineShape, { kind: 'heading' }>,
  sectionId: string,
  line: number,
  counts: Record<BlockKind, number>,
): Block {
  counts[shape.kind] += 1;
  const block: Block = {
    id: `${sectionId}-${ID_LETTER[shape.kind]}${counts[shape.kind]}`,
    kind: shape.kind,
    sectionId,
    line,
    text: shape.text,
    hash: createHash('sha256').update(shape.text).digest('hex').slice(0, 8),
  };
  if (shape.kind === 'item') block.number = shape.number;
  // A paragraph's lead-in must be followed by more text; an item may be only its label.
  const label = leadIn(shape.text, LABEL_WORDS[shape.kind], shape.kind === 'paragraph');
  if (label !== undefined) block.label = label;
  // Keep the key order stable for readers of the JSON: id, kind, sectionId, line, number, label, text, hash.
  return {
    id: block.id,
    kind: block.kind,
    sectionId: block.sectionId,
    line: block.line,
    ...(block.number !== undefined && { number: block.number }),
    ...(block.label !== undefined && { label: block.label }),
    text: block.text,
    hash: block.hash,
  };
}

/**
 * Unique, never-empty, URL-safe section id: the slug of the title, "section-<n>" when the title
 * has no ASCII letters or digits (e.g. Chinese), "-section" after reserved names and after
 * slugs shaped like block ids, "-2", "-3" … on repeats.
 */
function sectionId(title: string, n: number, used: Set<string>): string {
  let base = slugify(title);
  if (base === '') base = `section-${n}`;
  if (RESERVED_IDS.has(base) || /-[pib]\d+$/.test(base)) base = `${base}-section`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

// ── units: blank-line groups, split into lines or joined into paragraphs ──

function units(body: CleanText['body']): Unit[] {
  const out: Unit[] = [];
  let group: { line: number; text: string }[] = [];
  const flush = () => {
    if (group.length > 0) {
      const split = splitGroup(group);
      split[0].gap = out.length > 0;
      out.push(...split);
    }
    group = [];
  };
  for (const l of body) {
    if (l.text.trim() === '') flush();
    else group.push(l);
  }
  flush();
  markSignatures(out);
  return out;
}

/**
 * A date alone on a line, and the office lines right above it (a notice's signature, "Ministry
 * of Commerce / December 21, 2021"), are lines of text, never headings.
 */
function markSignatures(out: Unit[]): void {
  out.forEach((u, i) => {
    if (!u.standalone || !isDateLine(u.text)) return;
    u.standalone = false;
    for (let j = i - 1; j >= 0 && j >= i - MAX_SIGNATORIES && !out[j + 1].gap; j--) {
      const s = out[j];
      if (!s.standalone || !isSignatory(s.text) || hasMarker(s.text)) break;
      s.standalone = false;
    }
  });
}

/**
 * A group of lines without blank lines between them is either one line per block (texts that
 * separate paragraphs with a single newline) or a hard-wrapped paragraph. It is one line per
 * block when most line breaks fall at a boundary: after a sentence end or a title, or before
 * a marker.
 */
function splitGroup(group: { line: number; text: string }[]): Unit[] {
  if (group.length === 1)
    return [{ line: group[0].line, text: group[0].text.trim(), standalone: true, gap: false }];
  const trimmed = group.map((l) => l.text.trim());
  // A title line starts after a boundary and is followed by a line that starts a new thought.
  const title: boolean[] = [];
  let boundaries = 0;
  for (let i = 0; i < trimmed.length - 1; i++) {
    const afterBoundary = i === 0 || endsSentence(trimmed[i - 1]) || title[i - 1];
    title[i] = afterBoundary && isTitleLine(trimmed[i]) && startsThought(trimmed[i + 1]);
    if (
      endsSentence(trimmed[i]) ||
      title[i] ||
      hasMarker(trimmed[i + 1]) ||
      isCellRow(trimmed[i]) ||
      isCellRow(trimmed[i + 1])
    )
      boundaries++;
  }
  if (boundaries * 2 > group.length - 1) {
    return group.map((l, i) => ({ line: l.line, text: trimmed[i], standalone: true, gap: false }));
  }
  // Hard-wrapped: a block starts at a marker or at an indented first line; a leading title stays apart.
  const allIndented = group.every((l) => /^\s/.test(l.text));
  const out: Unit[] = [];
  group.forEach((l, i) => {
    const t = trimmed[i];
    const starts =
      i === 0 || hasMarker(t) || (!allIndented && /^\s/.test(l.text)) || (i === 1 && title[0]);
    if (starts) out.push({ line: l.line, text: t, standalone: i === 0 && title[0], gap: false });
    else {
      const last = out[out.length - 1];
      last.text = `${last.text} ${t}`;
      last.standalone = false;
    }
  });
  return out;
}

/** A line that starts a new thought: capital letter, CJK, digit, opening quote or a marker. */
function startsThought(text: string): boolean {
  return /^[\p{Lu}\p{Lo}\d"“‘'(（]/u.test(text) || hasMarker(text);
}
