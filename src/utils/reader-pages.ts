/**
 * How the Plan reader is cut into pages, from the sections alone. A small plan is one page
 * (/plan/). A larger one gets a contents page at /plan/ and a page per part (level-1 section) at
 * /plan/<section-id>/; a part still too large lists its subsections, each on a page of its own;
 * a section whose own text is still too large continues on /plan/<section-id>/2/, /3/ ...
 */
import { blockPathAt } from './url.ts';

/**
 * Characters of text (titles and blocks) one reader page may hold: 20,000 render to about
 * 18 KB of HTML + CSS (gzip), under the 20 KB page budget, and keep Shanghai (18,700) one page.
 */
export const READER_PAGE_BUDGET = 20_000;

/** What the rule reads of a section (a `sections` collection entry has this shape). */
export interface ReaderSection {
  id: string;
  data: {
    title: string;
    level: 1 | 2;
    parent?: string;
    blocks: readonly { id: string; text: string }[];
  };
}

type BlockOf<S extends ReaderSection> = S['data']['blocks'][number];

/** A section shown on a page, with the blocks of it shown there. */
export interface ReaderSlice<S extends ReaderSection> {
  section: S;
  blocks: BlockOf<S>[];
}

/** One page of the reader. */
export interface ReaderPage<S extends ReaderSection> {
  /** Site path without the base: "plan/", "plan/<section-id>/", "plan/<section-id>/2/". */
  path: string;
  /** The section the page is about; none when the whole plan is one page. */
  section?: S;
  /** Which page of the section's own text this is, when its text needs more than one. */
  sequence?: { index: number; of: number };
  /** Sections shown, in reading order, each with its blocks shown here. */
  slices: ReaderSlice<S>[];
  /** Subsections with pages of their own (on the first page of their part). */
  children: S[];
  /**
   * Whether the page lists them. A list that would take the page over the budget is left to
   * the contents page, which lists every section.
   */
  listsChildren: boolean;
}

export interface Reader<S extends ReaderSection> {
  /** Whether /plan/ is a contents page (true) or the whole plan (false). */
  split: boolean;
  /** Pages holding the text, in reading order (without the contents page). */
  pages: ReaderPage<S>[];
  /** Site path ("plan/x/#block") of every block, by block id. */
  blockPaths: Map<string, string>;
  /** Site path of every section, by id: its own page, or its heading's anchor on another. */
  sectionPaths: Map<string, string>;
}

/** Characters of text a section brings to a page: its title and its own blocks. */
export function textSize(section: ReaderSection): number {
  let size = section.data.title.length;
  for (const b of section.data.blocks) size += b.text.length;
  return size;
}

/** The reader's pages for sections in reading order, and where each block and section lives. */
export function readerPages<S extends ReaderSection>(
  sections: readonly S[],
  budget: number = READER_PAGE_BUDGET,
): Reader<S> {
  const total = sections.reduce((n, s) => n + textSize(s), 0);
  if (total <= budget) return index(false, [whole('plan/', sections)]);
  const pages: ReaderPage<S>[] = [];
  for (const { part, children } of outline(sections)) {
    const size = children.reduce((n, c) => n + textSize(c), textSize(part));
    if (size <= budget) {
      pages.push({ ...whole(`plan/${part.id}/`, [part, ...children]), section: part });
      continue;
    }
    pages.push(...sequence(part, children, budget));
    for (const child of children) pages.push(...sequence(child, [], budget));
  }
  return index(true, pages);
}

/** A page showing these sections whole. */
function whole<S extends ReaderSection>(path: string, sections: readonly S[]): ReaderPage<S> {
  const slices = sections.map((section) => ({ section, blocks: [...section.data.blocks] }));
  return { path, slices, children: [], listsChildren: false };
}

/**
 * The parts in reading order, each with its subsections. A subsection whose parent is unknown
 * is a part of its own.
 */
export function outline<S extends ReaderSection>(
  sections: readonly S[],
): { part: S; children: S[] }[] {
  const parts = new Map<string, { part: S; children: S[] }>();
  for (const s of sections) {
    const parent = s.data.level === 2 && s.data.parent ? parts.get(s.data.parent) : undefined;
    if (parent) parent.children.push(s);
    else parts.set(s.id, { part: s, children: [] });
  }
  return [...parts.values()];
}

/** The page(s) of one section's own blocks; the first carries its subsections. */
function sequence<S extends ReaderSection>(
  section: S,
  children: S[],
  budget: number,
): ReaderPage<S>[] {
  const own = textSize(section);
  const runs = own <= budget ? [[...section.data.blocks]] : cut(section.data.blocks, budget);
  // The list shows each subsection's title: that is the text it brings to the page.
  const listed = children.reduce((n, c) => n + c.data.title.length, own) <= budget;
  return runs.map((blocks, i) => ({
    path: i === 0 ? `plan/${section.id}/` : `plan/${section.id}/${i + 1}/`,
    section,
    ...(runs.length > 1 ? { sequence: { index: i + 1, of: runs.length } } : {}),
    slices: [{ section, blocks }],
    children: i === 0 ? children : [],
    listsChildren: i === 0 && children.length > 0 && listed,
  }));
}

/**
 * Consecutive runs of blocks of about equal text, each within the budget (a single block over
 * it is a run of its own: a paragraph is never cut).
 */
function cut<B extends { text: string }>(blocks: readonly B[], budget: number): B[][] {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const target = total / Math.ceil(total / budget);
  const runs: B[][] = [];
  let run: B[] = [];
  let size = 0;
  for (const b of blocks) {
    const len = b.text.length;
    // Close the run before a block that would break the budget or end mostly past the target.
    if (run.length > 0 && (size + len > budget || size + len / 2 > target)) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(b);
    size += len;
  }
  if (run.length > 0 || runs.length === 0) runs.push(run);
  return runs;
}

/** Where every block and section lives, from the pages. */
function index<S extends ReaderSection>(split: boolean, pages: ReaderPage<S>[]): Reader<S> {
  const blockPaths = new Map<string, string>();
  const sectionPaths = new Map<string, string>();
  for (const page of pages) {
    if (page.section && !sectionPaths.has(page.section.id))
      sectionPaths.set(page.section.id, page.path);
    for (const { section, blocks } of page.slices) {
      if (!sectionPaths.has(section.id)) sectionPaths.set(section.id, `${page.path}#${section.id}`);
      for (const b of blocks) blockPaths.set(b.id, blockPathAt(page.path, b.id));
    }
  }
  return { split, pages, blockPaths, sectionPaths };
}
