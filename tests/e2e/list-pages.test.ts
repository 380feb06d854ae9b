/**
 * Long lists on numbered pages, through one real build of a synthetic plan ten times the size of
 * the Shanghai text (`scripts/synth.ts --scale 10`, built under a base path): every entity sits on
 * exactly one list page, the page navigations link every page in order, every link to a target,
 * project, term or correction lands on the page that holds it, every list page stays within the
 * page budget, and the home page names a few industries per tier and links the full list.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlanModel } from '../../src/pipeline/types.ts';
import { HOME_PER_TIER, pageCount, PER_PAGE } from '../../src/utils/paging.ts';
import {
  fileOf,
  hrefs,
  landsOnAnchor,
  one,
  page,
  readModel,
  squash,
  text,
  type SiteUnderTest,
} from './harness/html.ts';
import { synth, writeSynth } from '../../src/synth/index.ts';
import { buildPlan } from './harness/build.ts';

const SCALE = 10;
const temp = mkdtempSync(join(tmpdir(), 'atlas-list-pages-'));
const plan = join(temp, 'plan');
const generated = join(temp, 'generated');
const site: SiteUnderTest = {
  dist: join(temp, 'dist'),
  base: '/atlas/',
  site: 'https://x.example',
};
/** The page budget: HTML and the CSS it links, gzip. */
const BUDGET = 20 * 1024;

let model: PlanModel;
const at = (path: string) => page(path, site);

beforeAll(async () => {
  await writeSynth(plan, synth({ scale: SCALE, seed: 1 }));
  const run = await buildPlan({ plan: plan, temp, base: site.base, site: site.site });
  if (run.code !== 0) throw new Error(`the synthetic build failed:\n${run.output.slice(-3000)}`);
  model = readModel(generated);
}, 300_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Site paths of a list's pages, from the model's size: "industries/", "industries/2/" ... */
const pagesOf = (list: string, count: number) =>
  Array.from({ length: count }, (_, i) => (i === 0 ? `${list}/` : `${list}/${i + 1}/`));

/** What each list page shows, how to find an entry on it, and how many pages it should take. */
const LISTS = () => [
  {
    list: 'industries',
    title: 'Industries',
    entry: 'li.card[data-industry]',
    id: 'dataIndustry',
    ids: model.industries.map((i) => i.id),
    count: pageCount(model.industries.length, PER_PAGE.industries),
  },
  {
    list: 'places',
    title: 'Places',
    entry: 'tr[data-place]',
    id: 'dataPlace',
    ids: model.places.map((p) => p.id),
    count: pageCount(model.places.length, PER_PAGE.places),
  },
  {
    list: 'goals',
    title: 'Goals',
    entry: 'li[data-goal]',
    id: 'dataGoal',
    ids: model.goals.map((g) => g.id),
    count: pageCount(model.goals.length, PER_PAGE.goals),
  },
  {
    list: 'projects',
    title: 'Projects',
    entry: 'article[data-project]',
    id: 'dataProject',
    ids: model.projects.map((p) => p.id),
    count: pageCount(model.projects.length, PER_PAGE.projects),
  },
  {
    list: 'targets',
    title: 'Targets',
    entry: 'table.targets-table tr[data-target]',
    id: 'dataTarget',
    ids: model.targets.map((t) => t.id),
    count: pageCount(model.targets.length, PER_PAGE.targets),
  },
];

const glossaryCount = () =>
  Math.max(
    pageCount(model.terms.length, PER_PAGE.terms),
    pageCount(model.corrections.length, PER_PAGE.corrections),
  );

/** Ids of the entries on a page, in order. */
const idsOn = (tree: Root, selector: string, key: string) =>
  selectAll(selector, tree).map((el) => String(el.properties[key]));

describe(`a synthetic plan at ${SCALE}x, with long lists`, () => {
  test('is big enough that every list this test checks has more than one page', () => {
    for (const l of LISTS()) expect(l.count, l.list).toBeGreaterThan(1);
    expect(glossaryCount()).toBeGreaterThan(1);
  });

  test('puts every entity on exactly one page of its list, and no page past the last', () => {
    for (const l of LISTS()) {
      const shown = pagesOf(l.list, l.count).flatMap((p) => idsOn(at(p), l.entry, l.id));
      expect(shown.length, l.list).toBe(l.ids.length);
      expect([...shown].sort(), l.list).toEqual([...l.ids].sort());
      for (const p of pagesOf(l.list, l.count).slice(0, -1))
        expect(idsOn(at(p), l.entry, l.id).length, p).toBe(PER_PAGE[l.list as 'places']);
      expect(existsSync(join(site.dist, fileOf(`${l.list}/${l.count + 1}/`)))).toBe(false);
    }
    const glossary = pagesOf('glossary', glossaryCount());
    const terms = glossary.flatMap((p) =>
      selectAll('article.glossary-term', at(p)).map((a) => String(a.properties.id)),
    );
    expect(terms.sort()).toEqual(model.terms.map((t) => `term-${t.id}`).sort());
    const corrections = glossary.flatMap((p) =>
      selectAll('article.glossary-correction', at(p)).map((a) => String(a.properties.id)),
    );
    expect(corrections.sort()).toEqual(model.corrections.map((c) => `correction-${c.id}`).sort());
  });

  test('keeps each list’s order across pages: places by name, industries by tier', () => {
    const places = pagesOf('places', pageCount(model.places.length, PER_PAGE.places)).flatMap((p) =>
      idsOn(at(p), 'tr[data-place]', 'dataPlace'),
    );
    const byName = [...model.places].sort(
      (a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
    );
    expect(places).toEqual(byName.map((p) => p.id));
    const count = pageCount(model.industries.length, PER_PAGE.industries);
    const tiers = pagesOf('industries', count).flatMap((p) =>
      selectAll('section.tier-group', at(p)).flatMap((s) =>
        selectAll('li.card', s).map(() => String(s.properties.dataTier)),
      ),
    );
    const rank = [...model.tiers.map((t) => t.id), 'none'];
    expect(tiers.map((t) => rank.indexOf(t))).toEqual(
      tiers.map((t) => rank.indexOf(t)).sort((a, b) => a - b),
    );
  });

  test('names the page in the title and heading, and links every page in order', () => {
    const lists = [
      ...LISTS().map((l) => ({ list: l.list, title: l.title, count: l.count })),
      { list: 'glossary', title: 'Glossary', count: glossaryCount() },
    ];
    for (const { list, title, count } of lists) {
      const all = pagesOf(list, count).map((p) => site.base + p);
      pagesOf(list, count).forEach((p, i) => {
        const tree = at(p);
        const name = `${title}, page ${i + 1} of ${count}`;
        expect(text(one('h1', tree)), p).toBe(name);
        expect(text(one('title', tree)).startsWith(`${name} · `), p).toBe(true);
        const nav = one('nav.pagination', tree, p);
        const numbered = selectAll('a:not([rel])', nav);
        expect(
          numbered.map((a) => String(a.properties.href)),
          p,
        ).toEqual(all);
        expect(
          numbered.map((a) => squash(text(a))),
          p,
        ).toEqual(all.map((_, n) => `Page ${n + 1}`));
        const current = selectAll('a[aria-current="page"]', nav);
        expect(
          current.map((a) => String(a.properties.href)),
          p,
        ).toEqual([all[i]]);
        expect(hrefs(nav, 'a[rel="prev"]'), p).toEqual(i > 0 ? [all[i - 1]] : []);
        expect(hrefs(nav, 'a[rel="next"]'), p).toEqual(i < count - 1 ? [all[i + 1]] : []);
      });
    }
  });

  test('charts on a targets page only the numbers in its table', () => {
    const count = pageCount(model.targets.length, PER_PAGE.targets);
    for (const p of pagesOf('targets', count)) {
      const rows = idsOn(at(p), 'table.targets-table tr[data-target]', 'dataTarget');
      const bars = idsOn(at(p), 'figure.chart g[data-target]', 'dataTarget');
      // Each chart is drawn twice (narrow and wide layouts).
      expect([...new Set(bars)].sort(), p).toEqual([...rows].sort());
      expect(bars.length, p).toBe(2 * rows.length);
    }
  });

  test('links every target, project, term and correction to the page that holds it', () => {
    const anchor =
      /href="([^"]*\/(?:targets|projects|glossary)\/(?:\d+\/)?#(?:target|project|term|correction)-[^"]*)"/g;
    const files = readdirSync(site.dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    const links = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(join(site.dist, f), 'utf8').matchAll(anchor)) links.add(m[1]);
    const broken = [...links].filter((url) => !landsOnAnchor(url, site));
    expect(broken).toEqual([]);
    // Links reach past the first page of the lists that are linked to (terms from the text,
    // projects from industry and place pages).
    expect([...links].some((u) => /\/glossary\/[2-9]\/#term-/.test(u))).toBe(true);
    expect([...links].some((u) => /\/projects\/[2-9]\/#project-/.test(u))).toBe(true);
  });

  test('keeps every list page, the home page and /about/ within the page budget', () => {
    const lists = [
      ...LISTS().map((l) => pagesOf(l.list, l.count)),
      pagesOf('glossary', glossaryCount()),
      [''],
      ['about/'],
    ].flat();
    const weights = lists.map((p) => {
      const html = readFileSync(join(site.dist, fileOf(p)));
      const css = hrefs(at(p), 'link[rel="stylesheet"]').map((href) =>
        readFileSync(join(site.dist, href.slice(site.base.length))),
      );
      const gz = [html, ...css].reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0);
      return { page: p, gz };
    });
    expect(weights.filter((w) => w.gz > BUDGET)).toEqual([]);
  });

  test('names a few industries per tier on the home page and links the full list', () => {
    const home = at('');
    const cards = selectAll('section[aria-labelledby="structure"] .tier-group', home);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const tier = String(card.properties.dataTier);
      const inTier = model.industries.filter(
        (i) => (model.tiers.find((t) => t.label === i.tier)?.id ?? 'none') === tier,
      );
      const named = selectAll('ul li a', card);
      expect(named.length).toBe(Math.min(inTier.length, HOME_PER_TIER));
      const more = hrefs(card, 'p a');
      if (inTier.length > HOME_PER_TIER) {
        expect(more).toHaveLength(1);
        // The tier's heading on the industries page that holds the tier's first industry.
        expect(more[0]).toMatch(new RegExp(`/industries/(\\d+/)?#tier-${tier}$`));
        expect(landsOnAnchor(more[0], site)).toBe(true);
      } else expect(more).toEqual([]);
    }
    const all = selectAll('section[aria-labelledby="structure"] > p > a', home);
    expect(all.map((a) => [String(a.properties.href), squash(text(a))])).toEqual([
      [`${site.base}industries/`, `All ${model.industries.length} industries →`],
    ]);
  });
});
