/**
 * The atlas's own pages in the fixture atlas build (dist-atlas-test/, built by scripts/test.ts):
 * the home, an industry across plans with each plan's category as worded and its targets, the
 * targets compared like with like only, places; every page's head, size, no script, and zero
 * axe violations in light and dark. Checked against the build's own data/atlas.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import type { AtlasModel } from '../../src/schemas/atlas.ts';
import { GOALS_PER_PLAN } from '../../src/utils/route-data/atlas-industry.ts';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { E2E } from './harness/config.ts';
import {
  hrefs,
  landsOnAnchor,
  one,
  page,
  squash,
  text,
  type SiteUnderTest,
} from './harness/html.ts';
import { builtPages } from './harness/pages.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';

const site: SiteUnderTest = { dist: E2E.atlasDist, base: E2E.base, site: E2E.site };
if (!existsSync(join(site.dist, 'data/atlas.json')))
  throw new Error(
    `${site.dist}/data/atlas.json is missing: run \`npm test\` (its atlas step builds ${site.dist}/)`,
  );
const atlas = JSON.parse(readFileSync(join(site.dist, 'data/atlas.json'), 'utf8')) as AtlasModel;
const at = (path: string) => page(path, site);
const url = (path: string) => site.base + path;
/** The atlas layer's pages: everything but the plans' own sites. */
const pages = builtPages(site.dist, site.base).filter((p) => !p.file.startsWith('plans/'));
const plan = (id: string) => atlas.plans.find((p) => p.id === id)!;

test('the fixture atlas has what the pages compare', () => {
  expect(atlas.plans.length).toBeGreaterThanOrEqual(5);
  expect(atlas.industries.map((i) => i.id)).toContain('integrated-circuits');
  expect(atlas.measures.length).toBeGreaterThanOrEqual(2);
  expect(atlas.places.length).toBeGreaterThanOrEqual(1);
});

describe('the atlas home', () => {
  const home = at('');
  it('lists every plan with its level, region, period and counts', () => {
    for (const p of atlas.plans) {
      const row = one(`tr[data-plan="${p.id}"]`, home, `the home (plan ${p.id})`);
      const cells = selectAll('td', row).map((td) => squash(text(td)));
      expect(hrefs(row)).toEqual([url(p.path)]);
      expect(cells.slice(3)).toEqual(
        [p.counts.industries, p.counts.goals, p.counts.targets, p.counts.places].map(String),
      );
      if (p.period) expect(cells[2]).toBe(`${p.period.start}–${p.period.end}`);
    }
  });

  it('leads to the shared industries, the comparisons, the places, and by level and region', () => {
    const links = hrefs(home, 'main a');
    for (const list of ['industries/', 'compare/', 'places/']) expect(links).toContain(url(list));
    for (const industry of atlas.industries.slice(0, 10))
      expect(links).toContain(url(industry.path));
    for (const anchor of ['#level-national', '#level-provincial', '#level-city', '#region-jiangsu'])
      expect(links).toContain(anchor);
    for (const anchor of links.filter((l) => l.startsWith('#')))
      expect(select(`[id="${anchor.slice(1)}"]`, home), anchor).toBeDefined();
  });
});

describe('an industry across plans', () => {
  const industry = atlas.industries.find((i) => i.id === 'integrated-circuits')!;
  const tree = at(industry.path);

  it('names it in Chinese and by its other names, visibly', () => {
    expect(squash(text(one('h1', tree)))).toBe('Integrated circuits 集成电路');
    expect(squash(text(one('[data-also-called]', tree)))).toContain('chips');
  });

  it.each(industry.plans.map((side) => [side.plan, side] as const))(
    '%s: its category as the plan words it, its goals and targets with their years, linked',
    (id, side) => {
      const section = one(`section[data-plan="${id}"]`, tree, `the page (plan ${id})`);
      const label = side.tier
        ? side.tier.charAt(0).toUpperCase() + side.tier.slice(1)
        : 'No category';
      expect(squash(text(one('.badge--tier', section)))).toBe(`${label} (category)`);
      const links = hrefs(section);
      expect(links).toContain(url(side.path));
      for (const goal of side.goals.slice(0, GOALS_PER_PLAN))
        expect(links).toContain(url(goal.path));
      const rows = selectAll('tr[data-target]', section);
      expect(rows.map((r) => r.properties.dataTarget)).toEqual(side.targets.map((t) => t.id));
      for (const [k, t] of side.targets.entries()) {
        const cells = selectAll('td', rows[k]!).map((td) => squash(text(td)));
        expect(cells.slice(0, 2)).toEqual([t.display, String(t.year ?? '—')]);
        expect(hrefs(rows[k]!)).toContain(url(t.path));
      }
      for (const link of links) expect(landsOnAnchor(link, site), link).toBe(true);
    },
  );
});

describe('targets compared', () => {
  it.each(atlas.measures.map((m) => [m.id, m] as const))(
    '%s: only like measures side by side, each value linked to its paragraph',
    (id, measure) => {
      // Like with like: one scope, one kind of unit, one industry, one written unit for counts.
      const kinds = new Set(
        measure.targets.map((t) =>
          [
            t.scope,
            t.unitKind,
            t.industryId ?? '',
            ['count', 'other'].includes(t.unitKind) ? t.unit.toLowerCase() : '',
          ].join('|'),
        ),
      );
      expect(kinds.size).toBe(1);
      expect(new Set(measure.targets.map((t) => t.plan)).size).toBeGreaterThanOrEqual(2);
      const tree = at(measure.path);
      const rows = selectAll(`table[data-measure="${id}"] tbody tr`, tree);
      expect(rows.map((r) => r.properties.dataTarget)).toEqual(measure.targets.map((t) => t.id));
      expect(rows.map((r) => r.properties.dataPlan)).toEqual(measure.targets.map((t) => t.plan));
      for (const [k, t] of measure.targets.entries()) {
        const value = one('td.num a', rows[k]!);
        expect(value.properties.href).toBe(url(t.path));
        expect(landsOnAnchor(url(t.path), site), t.path).toBe(true);
      }
      // The chart: an image with a title and a description holding every value, no script.
      for (const svg of selectAll('figure.chart svg', tree)) {
        expect(svg.properties.role).toBe('img');
        const desc = squash(text(one('desc', svg)));
        for (const row of rows) expect(desc).toContain(squash(text(one('td.num', row))));
        expect(selectAll('rect', svg)).toHaveLength(rows.length);
        // A year all bars share is said once, in the title; else each bar says its own.
        const years = new Set(measure.targets.map((t) => t.year));
        const [year] = years;
        const bars = selectAll('g', svg).map((g) =>
          squash(
            selectAll('text', g)
              .filter((t) => !String(t.properties.className ?? '').includes('chart__value'))
              .map(text)
              .join(' '),
          ),
        );
        if (years.size === 1 && year !== undefined) {
          expect(squash(text(one('title', svg)))).toContain(`, targets for ${year}`);
          expect(bars.filter((b) => b.includes(`(${year})`))).toEqual([]);
        } else {
          expect(text(one('title', svg))).not.toContain('targets for');
          for (const t of measure.targets)
            if (t.year !== undefined) expect(desc).toContain(`(${t.year}): `);
        }
      }
    },
  );

  it('the chip output values of four plans sit on one scale, in billion yuan', () => {
    const tree = at('compare/integrated-circuits-output-value-yuan/');
    const values = selectAll('tbody td.num a', tree).map((a) => text(a));
    expect(values).toEqual(['1,200', '2,000', '300', '200']);
    expect(squash(text(one('caption', tree)))).toContain('in billion yuan');
  });
});

test('a place across plans: each plan that names it, linked into the plan', () => {
  for (const place of atlas.places) {
    const tree = at(place.path);
    for (const side of place.plans) {
      const card = one(`[data-plan="${side.plan}"]`, tree, `${place.path} (plan ${side.plan})`);
      expect(hrefs(card)).toContain(url(side.path));
    }
  }
});

describe("a plan's pages and the pages across plans link each other", () => {
  const title = new Map(atlas.plans.map((p) => [p.id, p.shortTitle]));
  /** The "Also in N other plans" line of a plan's page and where its link goes. */
  const crossLine = (path: string) => {
    const line = one('[data-cross-plan]', at(path), path);
    return { text: squash(text(line)), links: hrefs(line) };
  };
  const shared = [
    ...atlas.industries.flatMap((i) =>
      i.plans.map((side) => [i.path, side.plan, i, side] as const),
    ),
    ...atlas.places.flatMap((p) => p.plans.map((side) => [p.path, side.plan, p, side] as const)),
  ];

  it.each(shared)('%s, plan %s: to the page across plans, and back', (_, planId, item, side) => {
    const others = item.plans.map((s) => s.plan).filter((id) => id !== planId);
    const { text: said, links } = crossLine(side.path);
    expect(said).toBe(
      `Also in ${others.length} other plan${others.length === 1 ? '' : 's'}: ${others
        .slice(0, 5)
        .map((id) => title.get(id))
        .join(', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''} — compare`,
    );
    expect(links).toEqual([url(item.path)]);
    expect(landsOnAnchor(links[0]!, site)).toBe(true);
    // Back: the page across plans links the plan's own page.
    const back = one(`[data-plan="${planId}"]`, at(item.path), `${item.path} (plan ${planId})`);
    expect(hrefs(back)).toContain(url(side.path));
  });

  it('names each plan whole, in these lines and in the search filter: no name is cut', () => {
    const cut = atlas.plans.filter((p) => p.shortTitle.endsWith('…') || p.shortTitle === '');
    expect(cut.map((p) => p.shortTitle)).toEqual([]);
    for (const p of atlas.plans) {
      const meta = select('meta[name="atlas:plan"]', at(p.path));
      expect([p.id, meta?.properties.content]).toEqual([p.id, p.shortTitle]);
    }
  });

  it('an industry no other plan names has no such line', () => {
    const alone = atlas.plans.flatMap((p) => {
      const model = JSON.parse(readFileSync(join(site.dist, p.path, 'data/plan.json'), 'utf8')) as {
        industries: { id: string }[];
      };
      return model.industries
        .filter((i) => !atlas.industries.some((a) => a.id === i.id))
        .map((i) => `${p.path}industries/${i.id}/`);
    });
    expect(alone.length).toBeGreaterThan(0);
    for (const path of alone) expect(select('[data-cross-plan]', at(path)), path).toBeUndefined();
  });

  it("each target of a compared measure links to the comparison from its plan's targets", () => {
    const targetPages = builtPages(site.dist, site.base).filter((p) =>
      /^plans\/[^/]+\/targets\//.test(p.file),
    );
    const compareLinks = new Map<string, string[]>(); // "<plan> <target>" -> its rows' links
    for (const { file } of targetPages) {
      const planId = file.split('/')[1]!;
      for (const row of selectAll('tr[data-target]', at(file.replace(/index\.html$/, ''))))
        compareLinks.set(`${planId} ${row.properties.dataTarget}`, hrefs(row, 'a[data-compare]'));
    }
    const compared = new Set<string>();
    for (const measure of atlas.measures)
      for (const t of measure.targets) {
        compared.add(`${t.plan} ${t.id}`);
        expect(compareLinks.get(`${t.plan} ${t.id}`), `${t.plan} ${t.id}`).toEqual([
          url(measure.path),
        ]);
      }
    expect(compared.size).toBeGreaterThan(0);
    for (const [key, links] of compareLinks) if (!compared.has(key)) expect(links, key).toEqual([]);
  });
});

describe('every page of the atlas layer', () => {
  it.each(pages.map((p) => [p.file] as const))(
    '%s: head, one h1, small, no script but search',
    (file) => {
      const html = readFileSync(join(site.dist, file), 'utf8');
      const tree = at(file.replace(/index\.html$/, ''));
      expect(selectAll('h1', tree)).toHaveLength(1);
      expect(text(one('title', tree))).not.toBe('');
      expect(select('meta[name="description"]', tree)?.properties.content).toBeTruthy();
      expect(select('link[rel="canonical"]', tree)?.properties.href).toMatch(/^https?:\/\//);
      // No script but search's (the button's loader, its dialog's; /search/'s own), as a plan's.
      for (const script of selectAll('script', tree))
        expect(String(script.properties.src)).toMatch(
          /\/_astro\/Search(Button|DialogScript|Page)\.astro_/,
        );
      const css = hrefs(tree, 'link[rel="stylesheet"]').map((href) =>
        readFileSync(join(site.dist, href.slice(site.base.length))),
      );
      const gzip = [Buffer.from(html), ...css].reduce((n, b) => n + gzipSync(b).length, 0);
      expect(gzip, 'HTML + CSS, gzip').toBeLessThanOrEqual(20 * 1024);
    },
  );
});

describe('axe on the atlas layer', () => {
  const schemes = ['light', 'dark'] as const;
  let server: StaticServer;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(site.dist, site.base), launchChromium()]);
    for (const colorScheme of schemes)
      contexts.set(colorScheme, await browser.newContext({ colorScheme, reducedMotion: 'reduce' }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const scheme of schemes) {
    describe.concurrent(`${scheme} scheme`, () => {
      test.each(pages)('$path', async ({ path }) => {
        const tab = await contexts.get(scheme)!.newPage();
        try {
          await tab.goto(server.origin + path, { waitUntil: 'load' });
          expect(formatViolations(`${path} (${scheme})`, await runAxe(tab))).toBe('');
        } finally {
          await tab.close();
        }
      });
    });
  }
});
