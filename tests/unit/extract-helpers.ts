/**
 * Test-only helpers for extract and link: small PlanDocuments written by hand and a small
 * editorial layer, so tests state exact inputs and exact outputs.
 */
import { fileURLToPath } from 'node:url';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import type { Editorial, StructureRules } from '../../src/pipeline/editorial/types.ts';
import type { Block, BlockKind, PlanDocument, Section } from '../../src/pipeline/types.ts';

export interface BlockSpec {
  kind?: BlockKind;
  text: string;
  label?: string;
  number?: string;
}

export interface SectionSpec {
  title: string;
  level?: 1 | 2;
  parent?: string;
  blocks: (string | BlockSpec)[];
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A PlanDocument: ids "<section>-p1", "-i1", "-b1" as parse makes them; lines count up from 1. */
export function makeDoc(spec: {
  preamble?: (string | BlockSpec)[];
  sections?: SectionSpec[];
}): PlanDocument {
  let line = 0;
  const blocks = (sectionId: string, items: (string | BlockSpec)[]): Block[] => {
    const counts: Record<string, number> = {};
    return items.map((item) => {
      const b = typeof item === 'string' ? { text: item } : item;
      const kind = b.kind ?? 'paragraph';
      counts[kind] = (counts[kind] ?? 0) + 1;
      line += 2;
      const block: Block = {
        id: `${sectionId}-${kind[0]}${counts[kind]}`,
        kind,
        sectionId,
        line,
        text: b.text,
        hash: '00000000',
      };
      if (b.number !== undefined) block.number = b.number;
      if (b.label !== undefined) block.label = b.label;
      return block;
    });
  };
  const preamble = blocks('preamble', spec.preamble ?? []);
  const sections: Section[] = (spec.sections ?? []).map((s) => {
    const id = slugOf(s.title);
    line += 2;
    const section: Section = { id, title: s.title, level: s.level ?? 1, line, blocks: [] };
    if (s.parent) section.parentId = s.parent;
    section.blocks = blocks(id, s.blocks);
    return section;
  });
  return { preamble, sections };
}

/** The genre's words for categories and lists, as content/editorial/structure.yaml has them. */
const GENRE = loadEditorial(
  readEditorialFiles(fileURLToPath(new URL('../../content/editorial', import.meta.url))),
  {},
).structure;

export const STRUCTURE: StructureRules = {
  tiers: GENRE.tiers,
  // Every mention counts here (no context words); extract-industries tests the context rule.
  industryLists: { ...GENRE.industryLists, contextBefore: [], contextAfter: [] },
  goalsHeading: ['^development goals?$'],
  layoutHeading: ['^spatial layout$'],
  projectsHeading: ['\\bmajor projects?\\b'],
  goalSentence: [
    '\\bby (20\\d\\d)\\b',
    '\\bduring the \\d+(?:st|nd|rd|th) five-year plan period\\b',
  ],
  periods: [{ pattern: '\\b14th five-year plan\\b', year: 2025 }],
  countUnits: ['enterprises?', 'projects?'],
  projectLead: ['\\bconstruction of (?:an? |the )?', '\\bbuild(?:ing)? (?:an? |the )?'],
};

/** A small editorial layer: three industries, two places, three terms, two corrections. */
export function makeEditorial(overrides: Partial<Editorial> = {}): Editorial {
  return {
    industries: [
      {
        id: 'chips',
        name: 'Integrated circuits',
        zh: '集成电路',
        aliases: ['integrated circuits', 'integrated circuit'],
      },
      {
        id: 'ai',
        name: 'Artificial intelligence',
        aliases: ['artificial intelligence'],
      },
      {
        id: 'nev',
        name: 'New energy vehicles',
        aliases: ['new energy vehicles', 'new energy vehicle'],
      },
      { id: 'materials', name: 'New materials', aliases: ['new materials'] },
      {
        id: 'photonics',
        name: 'Photonic chips and devices',
        aliases: ['photonic chips and devices'],
      },
      {
        id: '6g',
        name: 'Sixth-generation mobile communications',
        aliases: ['sixth generation mobile communication', '6G'],
      },
    ],
    places: [
      {
        id: 'lin-gang',
        name: 'Lin-gang Special Area',
        zh: '临港新片区',
        status: 'verified',
        aliases: ['Lingang', 'Lin-gang', 'the new area near Hong Kong'],
      },
      {
        id: 'zhangjiang',
        name: 'Zhangjiang Science City',
        status: 'verified',
        aliases: ['Zhangjiang'],
      },
      {
        id: 'ai-island',
        name: 'Zhangjiang AI Island',
        status: 'verified',
        aliases: ['artificial intelligence island'],
      },
    ],
    terms: [
      { id: 'igbt', term: 'IGBT', expansion: 'insulated-gate bipolar transistor' },
      { id: '6g', term: '6G', zh: '第六代移动通信' },
      { id: 'nine-plus-x', term: '9+X', definition: 'Nine industries plus X.' },
    ],
    corrections: [
      {
        id: 'hong-kong',
        find: 'the new area near Hong Kong',
        replace: 'the Lin-gang Special Area',
        status: 'verified',
      },
      { id: 'nine-x', find: '9xstrategic', replace: '9+X strategic', status: 'likely' },
      { id: 'approach', find: 'General thinking', replace: 'General approach', status: 'likely' },
    ],
    noise: [],
    chrome: { breadcrumb: [], dateline: [], notice: [], footer: [] },
    structure: STRUCTURE,
    ...overrides,
  };
}
