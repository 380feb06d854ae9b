/**
 * /industries/ and /industries/<id>/ against the generated model: tier groups with the right
 * industries, and on each industry's page its section text, focus areas, goals, targets, places,
 * projects, one link per mention and its related industries.
 */
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { alsoCalled } from '../../src/components/search/aliases.ts';
import { MENTIONS_PER_PAGE, MENTIONS_QUOTED, pageCount } from '../../src/utils/paging.ts';
import {
  allBlocks,
  correctedPrefix,
  entityHref,
  href,
  hrefs,
  one,
  originalText,
  page,
  readModel,
  section,
  squash,
  text,
  visibleText,
} from './harness/html.ts';

const model = readModel();
const blocks = new Map(allBlocks(model).map((b) => [b.id, b]));
// The plan's own categories in text order, then industries in none.
const TIERS = [...model.tiers.map((t) => t.id), 'none'];
const LABELS: Record<string, string> = Object.fromEntries([
  ...model.tiers.map((t) => [t.id, t.label.charAt(0).toUpperCase() + t.label.slice(1)]),
  ['none', 'No category'],
]);
const tierOf = (i: (typeof model.industries)[number]) =>
  model.tiers.find((t) => t.label === i.tier)?.id ?? 'none';
const plan = (blockId: string) => href(`plan/#${blockId}`);

describe('/industries/', () => {
  const tree = page('industries/');

  test('groups the industries by tier, in tier order, each group in model order', () => {
    const groups = selectAll('section.tier-group', tree).map((g) => ({
      tier: String(g.properties.dataTier),
      heading: String(one('h2', g).properties.id),
      industries: selectAll('li.card', g).map((li) => String(li.properties.dataIndustry)),
    }));
    const expected = TIERS.map((tier) => ({
      tier,
      heading: `tier-${tier}`,
      industries: model.industries.filter((i) => tierOf(i) === tier).map((i) => i.id),
    })).filter((g) => g.industries.length > 0);
    expect(groups).toEqual(expected);
    expect(model.industries.length).toBeGreaterThan(0);
  });

  test('names each tier and its count in the group heading', () => {
    for (const g of selectAll('section.tier-group', tree)) {
      const tier = String(g.properties.dataTier);
      const count = model.industries.filter((i) => tierOf(i) === tier).length;
      expect(squash(text(one('h2', g)))).toBe(`${LABELS[tier]} (${count})`);
    }
  });

  test('links each card to its industry page under its name', () => {
    for (const industry of model.industries) {
      const card = one(`li.card[data-industry="${industry.id}"]`, tree);
      const link = one('h3 a', card);
      expect(link.properties.href).toBe(entityHref('industry', industry.id));
      expect(text(link)).toBe(industry.name);
    }
  });
});

test('/industries/integrated-circuits/ is also called by the names readers search for', () => {
  const line = one('[data-also-called]', page('industries/integrated-circuits/'));
  expect(text(line)).toBe('Also called: ICs, chips, semiconductors, microchips.');
});

describe.each(model.industries)('/industries/$id/', (industry) => {
  const tree = () => page(`industries/${industry.id}/`);

  test('is headed by its name (and Chinese name) with its tier', () => {
    const h1 = one('h1', tree());
    const zh = select('[lang="zh-Hans"]', h1);
    expect(zh && text(zh)).toBe(industry.nameZh);
    expect(text(h1)).toBe([industry.name, industry.nameZh].filter(Boolean).join(' '));
    expect(one('.page-head .badge--tier', tree()).properties.dataTier).toBe(tierOf(industry));
  });

  test('says what else it is called, and gives search those names and its Chinese name', () => {
    const names = alsoCalled(industry.name, [...(industry.aliases ?? []), ...industry.variants]);
    const line = select('.page-head [data-also-called]', tree());
    if (names.length === 0) expect(line).toBeUndefined();
    else expect(line && text(line)).toBe(`Also called: ${names.join(', ')}.`);
    const metas = ['words', 'phrases'].map((kind) => {
      const meta = select(`meta[name="atlas:alias-${kind}"]`, tree());
      return meta ? String(meta.properties.content).split(', ') : [];
    });
    expect(metas.flat().sort()).toEqual(
      [industry.nameZh, ...names].filter((n) => n !== undefined).sort(),
    );
  });

  test('shows what the Plan says: its section and its focus areas, block by block', () => {
    const own = model.sections.find((s) => s.id === industry.sectionId);
    if (own) expect(hrefs(one('.page-head', tree()))).toContain(plan(own.id));
    const ids = new Set([
      ...(own?.blocks.map((b) => b.id) ?? []),
      ...industry.focusAreas.map((f) => f.blockId),
    ]);
    const body = select('section.mdx-body', tree());
    if (ids.size === 0) return expect(body).toBeUndefined();
    const shown = squash(originalText(body!));
    expect([...ids].filter((id) => !shown.includes(squash(blocks.get(id)!.text)))).toEqual([]);
  });

  test('lists its focus areas in order, each linked to its block, with the label as corrected', () => {
    const items = selectAll('section[aria-labelledby="focus-areas"] li[data-focus]', tree());
    expect(items.map((li) => li.properties.dataFocus)).toEqual(
      industry.focusAreas.map((f) => f.blockId),
    );
    industry.focusAreas.forEach((f, n) => {
      const li = items[n];
      expect(hrefs(li)).toEqual([plan(f.blockId)]);
      const number = select('.block__number', li);
      expect(number && text(number).replace(/\.$/, '')).toBe(f.number);
      const label = squash(visibleText(one('a', li)));
      const block = blocks.get(f.blockId)!;
      if (!f.label) return expect(label).not.toBe('');
      const corrected = block.text.startsWith(f.label)
        ? correctedPrefix(block.inlines, f.label.length)
        : f.label;
      expect(label).toBe(squash(corrected));
      // The translation's own wording stays available when a correction changed the label.
      if (corrected !== f.label) expect(String(li.properties.title)).toContain(`“${f.label}”`);
    });
  });

  test('links each of its goals under the goal title', () => {
    const links = selectAll('a', section(tree(), 'goals'));
    expect(links.map((a) => a.properties.href)).toEqual(
      industry.goalIds.map((id) => entityHref('goal', id)),
    );
    const titles = new Map(model.goals.map((g) => [g.id, g.title]));
    expect(links.map(text)).toEqual(industry.goalIds.map((id) => titles.get(id)));
  });

  test('has a row for each of its targets, linked to the paragraph it comes from', () => {
    const rows = selectAll('tr[data-target]', section(tree(), 'targets'));
    expect(rows.map((tr) => tr.properties.dataTarget)).toEqual(industry.targetIds);
    for (const row of rows) {
      const target = model.targets.find((t) => t.id === row.properties.dataTarget)!;
      expect(hrefs(row)).toContain(plan(target.blockId));
      expect(text(row)).toContain(`“${target.display}”`);
    }
  });

  test('links each of its places and projects', () => {
    const places = hrefs(section(tree(), 'places'));
    expect(places.sort()).toEqual(industry.placeIds.map((id) => entityHref('place', id)).sort());
    const projects = select('section[aria-labelledby="projects"]', tree());
    if (industry.projectIds.length === 0) return expect(projects).toBeUndefined();
    const linked = hrefs(projects!);
    for (const id of industry.projectIds) {
      const project = model.projects.find((p) => p.id === id)!;
      expect(linked).toContain(entityHref('project', id));
      expect(linked).toContain(plan(project.blockId));
    }
  });

  test('has one link per mention to its paragraph in /plan/, in reading order', () => {
    const list = section(tree(), 'mentions');
    // A long list continues on numbered pages (industries/<id>/2/ ...).
    const count = pageCount(industry.mentions.length, MENTIONS_PER_PAGE);
    const lists = [
      list,
      ...Array.from({ length: count - 1 }, (_, i) =>
        section(page(`industries/${industry.id}/${i + 2}/`), 'mentions'),
      ),
    ].map((s) => select('ol.mentions', s) ?? s);
    const items = lists.flatMap((l) => selectAll('li[data-mention]', l));
    expect(items.map((li) => li.properties.dataMention)).toEqual(industry.mentions);
    expect(lists.flatMap((l) => hrefs(l))).toEqual(industry.mentions.map(plan));
    expect(text(one('h2', list))).toBe(`Mentions (${industry.mentions.length})`);
    // The first MENTIONS_QUOTED are quoted; later ones are links only.
    expect(items.map((li) => select('blockquote', li) !== undefined)).toEqual(
      industry.mentions.map((_, k) => k < MENTIONS_QUOTED),
    );
  });

  test('links its related industries, strongest first', () => {
    expect(hrefs(section(tree(), 'related'))).toEqual(
      industry.related.map((id) => entityHref('industry', id)),
    );
  });
});

describe.runIf(model.meta.id === 'shanghai-sei-2021')('the Shanghai industries', () => {
  test('the "9+X" system: 3 core, 6 key and the future-oriented industries by the text', () => {
    const ids = (tier: string) =>
      model.industries.filter((i) => i.tier === tier && i.tierBlockId).map((i) => i.id);
    expect(ids('core industries')).toEqual([
      'integrated-circuits',
      'biomedicine',
      'artificial-intelligence',
    ]);
    expect(ids('key industries')).toHaveLength(6);
    expect(ids('future-oriented leading industries')).toEqual(
      expect.arrayContaining(['photonic-chips-and-devices', '6g']),
    );
    const core = one('section[data-tier="core-industries"]', page('industries/'));
    expect(selectAll('li.card h3 a', core).map(text)).toEqual([
      'Integrated circuits',
      'Biomedicine',
      'Artificial intelligence',
    ]);
  });
});
