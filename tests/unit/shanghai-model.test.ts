/**
 * The Shanghai plan end to end through read → clean → parse → extract → link, checked against
 * the entities the plan is known to hold (the only tests that may name Shanghai's values).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { loadEditorial } from '../../src/pipeline/editorial/index.ts';
import { readEditorialFiles } from '../../src/pipeline/editorial/files.ts';
import { extract, isIndustryHeading } from '../../src/pipeline/extract/index.ts';
import { linkBlocks } from '../../src/pipeline/link.ts';
import { parse } from '../../src/pipeline/parse.ts';
import { read } from '../../src/pipeline/read.ts';
import type { Inline, LinkedBlock } from '../../src/pipeline/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = readEditorialFiles(`${ROOT}content/editorial`);

/** The pipeline up to link for one plan folder; `nest` makes industry headings level 2. */
function model(folder: string, nest = false) {
  const editorial = loadEditorial(SHARED, readEditorialFiles(`${ROOT}${folder}/editorial`));
  const file = `${folder}/source.en.txt`;
  const text = clean(read(file, readFileSync(ROOT + file)), editorial);
  const doc = parse(text, nest ? { isSubheading: isIndustryHeading(editorial) } : {});
  const extracted = extract(doc, editorial, file);
  return { doc, extracted, linked: linkBlocks(doc, extracted, editorial) };
}

const source = (inlines: Inline[]) =>
  inlines.map((r) => (r.type === 'correction' ? r.original : r.text)).join('');
const blocksOf = (linked: ReturnType<typeof model>['linked']): LinkedBlock[] => [
  ...linked.preamble,
  ...linked.sections.flatMap((s) => s.blocks),
];

describe.each([false, true])('Shanghai (industry headings nested: %s)', (nest) => {
  const { extracted, linked } = model('content/plans/shanghai-sei-2021', nest);
  const industry = (id: string) => extracted.industries.find((i) => i.id === id);

  it('has the nine strategic emerging industries: 3 core and 6 key, tiers from the text', () => {
    // The labels are the plan's own words (they were 'core' / 'key' / 'future' from shared data).
    const tiered = (tier: string) =>
      extracted.industries.filter((i) => i.tier === tier).map((i) => [i.id, i.tierBlockId]);
    expect(tiered('core industries')).toEqual([
      ['integrated-circuits', 'general-thinking-p1'],
      ['biomedicine', 'general-thinking-p1'],
      ['artificial-intelligence', 'general-thinking-p1'],
    ]);
    expect(
      tiered('key industries')
        .map(([id]) => id)
        .sort(),
    ).toEqual([
      'aerospace',
      'emerging-digital-industries',
      'high-end-equipment',
      'information-communications',
      'new-energy-vehicles',
      'new-materials',
    ]);
    // The text states both counts ("three core", "six key") and names all of them.
    const counts = extracted.tiers.map((t) => [t.label, t.count, t.industryIds.length]);
    expect(counts).toContainEqual(['core industries', 3, 3]);
    expect(counts).toContainEqual(['key industries', 6, 6]);
    expect(counts).toContainEqual(['future-oriented leading industries', undefined, 6]);
    const labels = extracted.tiers.map((t) => t.label);
    expect(labels.indexOf('core industries')).toBeLessThan(labels.indexOf('key industries'));
  });

  it('has the six future industries, those without a paragraph of their own with mentions only', () => {
    const future = extracted.industries.filter(
      (i) => i.tier === 'future-oriented leading industries',
    );
    expect(future.map((i) => [i.id, i.focusAreas.length]).sort()).toEqual([
      ['6g', 1],
      ['brain-like-intelligence', 1],
      ['gene-and-cell-technology', 0],
      ['hydrogen-energy-and-storage', 0],
      ['new-marine-economy', 0],
      ['photonic-chips-and-devices', 1],
    ]);
    expect(industry('gene-and-cell-technology')).toMatchObject({
      goalIds: [],
      targetIds: [],
      tierBlockId: 'the-leading-industry-facing-the-future-p1',
    });
    expect(industry('gene-and-cell-technology')!.sectionId).toBeUndefined();
  });

  it('finds the industry sections and their focus areas', () => {
    expect(industry('integrated-circuits')!.focusAreas.map((a) => a.label)).toEqual([
      'Integrated circuit design',
      'Manufacturing and closed testing',
      'Equipment and materials',
    ]);
    expect(industry('information-communications')!.focusAreas).toHaveLength(5);
    expect(industry('artificial-intelligence')!.focusAreas).toHaveLength(4);
    expect(industry('biomedicine')!.sectionId).toBeUndefined();
  });

  it('has its three goal bullets, and a goal per sentence that states one', () => {
    expect(extracted.goals.map((g) => [g.id, g.kind, g.year])).toEqual([
      ['scale-industry-reached-new-level', 'overall', 2025],
      ['new-breakthroughs-made-major-innovations', 'overall', undefined],
      ['agglomeration-development-formed-new-pattern', 'overall', undefined],
      // Each industry's first goal is "<Industry> by <year>"; the IC and AI sections state a
      // second goal in a sentence of its own.
      ['integrated-circuits-2025', 'industry', 2025],
      ['innovative-highland-integrated-circuit-industry', 'industry', 2025],
      ['artificial-intelligence-2025', 'industry', 2025],
      ['overall-level-development-enter-international', 'industry', 2025],
      ['new-energy-vehicles-2025', 'industry', 2025],
      ['information-communications-2025', 'industry', 2025],
      ['new-materials-2025', 'industry', 2025],
      // 'The "Plan" proposes that during the 14th five-year Plan period, Shanghai will ...'.
      ['shanghai-combine-own-scientific-educational', 'overall', 2025],
      // "Strive to achieve a new generation of photonic devices ..." (an intent, no year).
      ['photonic-chips-and-devices-goal', 'industry', undefined],
      // "... support the doubling of the scale of the integrated circuit industry."
      ['shanghai-accelerate-construction-major-integrated', 'overall', 2025],
    ]);
    expect(extracted.goals.slice(0, 3).map((g) => g.title)).toEqual([
      'The scale of the industry has reached a new level',
      'New breakthroughs have been made in major innovations',
      'Agglomeration and development has formed a new pattern',
    ]);
  });

  // The seven targets of the first model, and three more the text sets: two integrated circuit
  // enterprises at the world's forefront and localization in 3-4 key areas (counts, read by
  // grammar), and the doubling of the integrated circuit industry's scale the major special
  // project section supports (read now that every block is read). The gold file lists all ten.
  it('has the ten numeric targets of the text', () => {
    const rows = extracted.targets.map((t) => [
      t.value,
      t.unit,
      t.scope,
      t.qualifier,
      t.year,
      t.industryId,
    ]);
    expect(rows).toEqual([
      [20, '%', 'share-of-gdp', 'more-than', 2025, undefined],
      [1, 'trillion yuan', 'added-value', 'exceed', 2025, undefined],
      [20, '%', 'growth-rate', 'about', 2025, 'integrated-circuits'],
      [2, 'enterprises', 'count', 'exactly', 2025, 'integrated-circuits'],
      [15, '%', 'growth-rate', 'about', 2025, 'artificial-intelligence'],
      [350, 'billion yuan', 'output-value', 'about', 2025, 'new-energy-vehicles'],
      [350, 'billion yuan', 'output-value', 'about', 2025, 'information-communications'],
      [320, 'billion yuan', 'output-value', 'about', 2025, 'new-materials'],
      [3, 'key areas', 'count', 'exactly', 2025, 'new-materials'],
      [2, 'times', 'other', 'exactly', 2025, 'integrated-circuits'],
    ]);
    expect(extracted.targets.map((t) => t.display)).toEqual([
      'more than 20%',
      'exceed 1 trillion yuan',
      'about 20%',
      'two enterprises',
      'about 15%',
      'about 350 billion yuan',
      'about 350 billion yuan',
      'about 320 billion yuan',
      '3-4 key areas',
      'doubling',
    ]);
    expect(extracted.warnings).toEqual([]);
  });

  it('has the places under their right names, with the text spellings as variants', () => {
    const place = (id: string) => extracted.places.find((p) => p.id === id)!;
    expect(place('lin-gang')).toMatchObject({
      name: 'Lin-gang Special Area',
      status: 'verified',
      variants: ['Lingang', 'new Lingang area', 'the new area near Hong Kong'],
    });
    expect(place('west-bund')).toMatchObject({
      name: 'West Bund (Xuhui Riverside)',
      variants: ['Xuhui Binjiang'],
    });
    expect(place('west-bund-smart-valley').variants).toEqual(['West Bank Intelligence Valley']);
    expect(place('maqiao')).toMatchObject({
      district: 'Minhang District',
      variants: ['Minhang Maqiao'],
    });
    expect(place('zhangjiang').industryIds).toContain('integrated-circuits');
    expect(place('beiyang-ai-town').status).toBe('unknown');
    // Its 17 parks, zones and districts (its own editorial/places.yaml), and Shanghai itself
    // (the shared gazetteer).
    expect(extracted.places).toHaveLength(18);
    expect(extracted.places[0]).toMatchObject({ id: 'shanghai', status: 'verified' });
  });

  it('has the projects of the major special project section', () => {
    expect(extracted.projects.map((p) => [p.name, p.industryIds])).toEqual([
      ['major integrated circuit production lines', ['integrated-circuits']],
      ['12-inch advanced and mature process production lines', []],
      [
        'major projects for characteristic processes and third-generation compound semiconductors',
        // "semiconductors" is now a spelling of integrated circuits in the shared vocabulary.
        ['integrated-circuits'],
      ],
      ['12-inch large silicon wafer production lines', []],
    ]);
  });

  it('has the glossary terms and corrections the text needs', () => {
    const terms = extracted.terms.map((t) => t.id);
    for (const id of [
      'igbt',
      'mcu',
      'eda',
      'fpga',
      'soc',
      'adas',
      'ipv6-plus',
      'amoled',
      'rfid',
      'cmos',
      'lidar',
      '6g',
    ]) {
      expect(terms).toContain(id);
    }
    expect(terms).toContain('four-plus-x');
    const applied = Object.fromEntries(
      linked.corrections.map((c) => [c.id, [...c.blockIds, ...(c.sectionIds ?? [])]]),
    );
    expect(applied['four-plus-x']).toHaveLength(1);
    expect(applied['general-approach']).toEqual(['general-thinking']);
    expect(applied['lin-gang-hong-kong']).toHaveLength(1);
  });

  it('links every block so that its runs give back its text, with no Cymbal left', () => {
    const blocks = blocksOf(linked);
    expect(blocks.length).toBeGreaterThan(30);
    for (const block of blocks) {
      expect(source(block.inlines)).toBe(block.text);
      expect(block.text).not.toMatch(/Cymbal/);
    }
    const layout = blocks.find((b) => b.text.startsWith('In addition, the Plan'))!;
    expect(layout.mentions).toContain('place:lin-gang');
    expect(layout.correctionIds).toContain('four-plus-x');
  });

  it('computes backlinks', () => {
    const chips = linked.industries.find((i) => i.id === 'integrated-circuits')!;
    expect(chips.mentions.length).toBeGreaterThan(8);
    expect(chips.related.slice(0, 2).sort()).toEqual(['artificial-intelligence', 'biomedicine']);
    expect(linked.places.find((p) => p.id === 'lin-gang')!.mentions).toHaveLength(3);
  });

  it('is deterministic', () => {
    const again = model('content/plans/shanghai-sei-2021', nest);
    expect(JSON.stringify([again.extracted, again.linked])).toBe(
      JSON.stringify([extracted, linked]),
    );
  });
});

describe('the fixture plans', () => {
  const folders = readdirSync(`${ROOT}tests/fixtures/plans`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `tests/fixtures/plans/${entry.name}`)
    .filter((folder) => {
      try {
        return readdirSync(ROOT + folder).includes('source.en.txt');
      } catch {
        return false;
      }
    });

  it.each(folders)('%s runs through extract and link with sensible entities', (folder) => {
    const { extracted, linked } = model(folder);
    for (const block of blocksOf(linked)) expect(source(block.inlines)).toBe(block.text);
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    for (const list of [
      extracted.industries,
      extracted.goals,
      extracted.targets,
      extracted.places,
      extracted.projects,
      extracted.terms,
    ]) {
      expect(new Set(ids(list)).size).toBe(list.length);
    }
    for (const target of extracted.targets) {
      expect(Number.isFinite(target.value)).toBe(true);
      expect(target.unit).not.toBe('');
      expect(target.sentence).toContain(target.display);
    }
    for (const goal of extracted.goals) expect(goal.statement.length).toBeGreaterThan(0);
  });
});
