/**
 * The outline from line shapes in context: which numbered or short lines are headings (short
 * and followed by text) and which are list items, and how deep each heading sits, whatever
 * mix of numbering the text uses.
 */
import { RANK, type Family } from './parse-markers.ts';
import { endsSentence, type LineShape } from './parse-lines.ts';

/** A unit of text: one line, or the lines of a hard-wrapped paragraph joined. */
export interface ShapedUnit {
  line: number;
  /** True when a blank line stands before it. */
  gap: boolean;
  shape: LineShape;
}

type Heading = Extract<LineShape, { kind: 'heading' }>;

/**
 * Decides each heading candidate in context: a numbered title in a run of its siblings, or
 * with nothing under it, is a list item; short lines after a label line ("Key numbers:") are
 * the label's list, not headings; a bare "Chapter 3" takes the title line below it.
 */
export function resolve(units: ShapedUnit[]): ShapedUnit[] {
  const out: ShapedUnit[] = [];
  // The label line's list: entries of one family, line by line (packed) or between blank lines.
  let label: { packed: boolean; family?: string } | undefined;
  let contents = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    let shape = u.shape;
    // A table of contents: its title and the headings listed under it are text, not sections.
    if (shape.kind === 'heading' && shape.family === 'plain' && CONTENTS.test(shape.title)) {
      contents = true;
      out.push({ ...u, shape: demote(shape) });
      continue;
    }
    if (contents) {
      if (shape.kind === 'heading' && !isRepeat(units, i)) {
        out.push({ ...u, shape: demote(shape) });
        continue;
      }
      contents = false;
    }
    // A label's list ends at a blank line when its entries stand line by line.
    if (label && label.packed && u.gap) label = undefined;
    if (label && u.shape.kind === 'heading') {
      if (label.family === undefined) label.family = u.shape.family;
      else if (label.family !== u.shape.family) label = undefined;
    }
    if (shape.kind === 'heading' && shape.title === '') {
      const next = units[i + 1]?.shape;
      if (next?.kind === 'heading' && next.family === 'plain') {
        shape = { ...shape, title: next.title };
        i++;
      } else shape = { ...shape, title: shape.number ?? '' };
    } else if (shape.kind === 'heading' && !shape.strong) {
      if (label || (shape.family !== 'plain' && !opensSection(shape, units[i - 1], units[i + 1])))
        shape = demote(shape);
    }
    // The label's list is the run of short lines right after it; anything else ends it.
    if (u.shape.kind !== 'heading' || shape.kind === 'heading') label = undefined;
    if ((shape.kind === 'paragraph' || shape.kind === 'item') && /[:：]$/.test(shape.text)) {
      label = { packed: units[i + 1] !== undefined && !units[i + 1].gap };
    }
    out.push(shape === u.shape ? u : { ...u, shape });
  }
  return out;
}

const CONTENTS = /^(?:table\s+of\s+)?contents$|^目\s*录$/i;

/** True when the heading at `i` repeats the first entry of the contents before it: the body starts. */
function isRepeat(units: ShapedUnit[], i: number): boolean {
  const entry = (u: ShapedUnit) => u.shape.kind === 'heading' && !CONTENTS.test(u.shape.title);
  const first = units.slice(0, i).find(entry)?.shape;
  const h = units[i].shape;
  if (first?.kind !== 'heading' || h.kind !== 'heading') return false;
  return first.title === h.title && first.number === h.number;
}

/** A numbered title opens a section when text or a deeper heading follows and no sibling is next to it. */
function opensSection(h: Heading, prev?: ShapedUnit, next?: ShapedUnit): boolean {
  if (!next) return false;
  const sibling = (u?: ShapedUnit) =>
    u?.shape.kind === 'heading' && u.shape.family === h.family && !u.shape.strong;
  if (sibling(prev) || sibling(next)) return false;
  const n = next.shape;
  if (n.kind !== 'heading' || n.family === 'plain') return true;
  return RANK[n.family] > RANK[h.family as Family];
}

function demote(h: Heading): LineShape {
  if (h.asItem && h.asItem.text) return { kind: 'item', ...h.asItem };
  if (h.written !== undefined) return { kind: 'paragraph', text: h.written };
  return { kind: 'paragraph', text: h.number ? `${h.number} ${h.title}` : h.title };
}

/**
 * Heading depth by numbering family: a family seen before returns to its depth; a new one nests
 * under the open headings, after closing those its usual rank puts below it (a "Part" closes
 * the "1." sections before it). Unnumbered titles nest under numbered ones and close
 * nothing; a subheading (e.g. an industry name) nests under the unnumbered title before it.
 */
export class Outline {
  private stack: string[] = [];

  /** The 1-based depth of a heading of this family. */
  depth(family: Family | 'plain', subheading: boolean): number {
    const key = family === 'plain' && subheading && this.stack.length > 0 ? 'plain-sub' : family;
    const at = this.stack.indexOf(key);
    if (at !== -1) {
      this.stack.length = at + 1;
      return at + 1;
    }
    if (key !== 'plain' && key !== 'plain-sub') {
      const rank = RANK[key as Family];
      const deeper = this.stack.findIndex((f) => f in RANK && RANK[f as Family] > rank);
      if (deeper !== -1) this.stack.length = deeper;
    }
    this.stack.push(key);
    return this.stack.length;
  }
}
