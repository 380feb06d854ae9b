/**
 * What every extractor needs: the blocks in document order with their sentences and scans, the
 * compiled structure rules, and which blocks belong to which industry.
 */
import type { Editorial, StructureRules } from '../editorial/types.ts';
import type { Block, PlanDocument, Section, Warning } from '../types.ts';
import { buildMatcher, scan, type Hit, type Matcher, type Scan } from './match.ts';
import { normaliseName, sentences, type Span } from './text.ts';

/** A block with where it sits and what it says. */
export interface BlockView {
  block: Block;
  section?: Section;
  sentences: Span[];
  scan: Scan;
  /** Industry the block belongs to: the one its lead-in names, else its section's. */
  industryId?: string;
  /** True when the block's own lead-in names the industry (a paragraph devoted to it). */
  leadIndustry?: boolean;
}

export interface Rules {
  goalsHeading: RegExp[];
  layoutHeading: RegExp[];
  projectsHeading: RegExp[];
  goalSentence: RegExp[];
  goalIntent: RegExp[];
  goalFuture: RegExp[];
  goalNot: RegExp[];
  periods: { pattern: RegExp; year: number }[];
  countUnits: string[];
  projectLead: RegExp[];
}

export interface Context {
  file: string;
  editorial: Editorial;
  matcher: Matcher;
  rules: Rules;
  views: BlockView[];
  /** Industry of each industry section (a level-2 section inherits its parent's). */
  sectionIndustry: Map<string, string>;
  /** Section titles with their scans, in document order. */
  titles: { section: Section; scan: Scan }[];
  /** First section whose own title names each industry. */
  industrySection: Map<string, string>;
  /** Every scan in document order: preamble blocks, then each section's title and blocks. */
  sequence: Scan[];
  warnings: Warning[];
}

const compile = (sources: string[]) => sources.map((source) => new RegExp(source, 'i'));

/** Structure rules as regular expressions (case-insensitive). */
export function compileRules(structure: StructureRules): Rules {
  return {
    goalsHeading: compile(structure.goalsHeading),
    layoutHeading: compile(structure.layoutHeading),
    projectsHeading: compile(structure.projectsHeading),
    goalSentence: compile(structure.goalSentence),
    goalIntent: compile(structure.goalIntent ?? []),
    goalFuture: compile(structure.goalFuture ?? []),
    goalNot: compile(structure.goalNot ?? []),
    periods: structure.periods.map(({ pattern, year }) => ({
      pattern: new RegExp(pattern, 'i'),
      year,
    })),
    countUnits: structure.countUnits ?? [],
    projectLead: compile(structure.projectLead ?? []),
  };
}

/** A lookup from a title or lead-in to the industry it names as a whole (its name or an alias,
 *  compared loosely: case, hyphens, a leading article, a trailing "industry"). */
export function industryNamer(editorial: Editorial): (text: string) => string | undefined {
  const names = new Map<string, string>();
  for (const industry of editorial.industries) {
    for (const name of [industry.name, ...industry.aliases]) {
      const key = normaliseName(name);
      if (key && !names.has(key)) names.set(key, industry.id);
    }
  }
  return (text) => names.get(normaliseName(text));
}

/** A block's lead-in: its label, else a short first sentence (at most eight words). */
function leadIn(block: Block, first: Span | undefined): string | undefined {
  if (block.label) return block.label;
  if (!first || first.text.split(/\s+/).length > 8) return undefined;
  return first.text;
}

/** Build the context once per document. */
export function buildContext(doc: PlanDocument, editorial: Editorial, file: string): Context {
  const matcher = buildMatcher(editorial);
  const industryNamed = industryNamer(editorial);
  const sectionIndustry = new Map<string, string>();
  const industrySection = new Map<string, string>();
  for (const section of doc.sections) {
    const own = industryNamed(section.title);
    if (own && !industrySection.has(own)) industrySection.set(own, section.id);
    const inherited = section.parentId ? sectionIndustry.get(section.parentId) : undefined;
    const industry = own ?? inherited;
    if (industry) sectionIndustry.set(section.id, industry);
  }
  const view = (block: Block, section?: Section): BlockView => {
    const spans = sentences(block.text);
    const lead = leadIn(block, spans[0]);
    const named = lead ? industryNamed(lead) : undefined;
    const own = section ? sectionIndustry.get(section.id) : undefined;
    // A numbered item of an industry's section is its focus area, even when its lead-in names
    // another industry ("4. Internet of things." under information and communications).
    const industryId = block.kind === 'item' && own ? own : (named ?? own);
    const result: BlockView = { block, section, sentences: spans, scan: scan(block.text, matcher) };
    if (industryId) result.industryId = industryId;
    if (named && industryId === named) result.leadIndustry = true;
    return result;
  };
  const views: BlockView[] = [];
  const titles: Context['titles'] = [];
  const sequence: Scan[] = [];
  for (const block of doc.preamble) views.push(view(block));
  sequence.push(...views.map((v) => v.scan));
  for (const section of doc.sections) {
    const title = { section, scan: scan(section.title, matcher) };
    titles.push(title);
    sequence.push(title.scan);
    for (const block of section.blocks) {
      const v = view(block, section);
      views.push(v);
      sequence.push(v.scan);
    }
  }
  const rules = compileRules(editorial.structure);
  return {
    file,
    editorial,
    matcher,
    rules,
    views,
    sectionIndustry,
    industrySection,
    titles,
    sequence,
    warnings: [],
  };
}

/** Mentions of `kind` that start inside `span`. */
export function hitsIn(
  hits: Hit[],
  span: { start: number; end: number },
  kind: Hit['kind'],
): Hit[] {
  return hits.filter((hit) => hit.kind === kind && hit.start >= span.start && hit.start < span.end);
}

/** Distinct ids, first occurrence first. */
export function distinct(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** The year a sentence sets: a goal pattern's captured year, else a period's year. */
export function sentenceYear(text: string, rules: Rules): number | undefined {
  for (const pattern of rules.goalSentence) {
    const year = Number(pattern.exec(text)?.[1]);
    if (year >= 1900 && year <= 2200) return year;
  }
  return rules.periods.find(({ pattern }) => pattern.test(text))?.year;
}

/** Whether a sentence states a goal. */
export function isGoalSentence(text: string, rules: Rules): boolean {
  return rules.goalSentence.some((pattern) => pattern.test(text));
}
