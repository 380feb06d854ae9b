/**
 * A plan too large for one reader page, through one real build: a synthetic plan at twice the
 * reference size (37,000 characters of text, one part of 26,000 with a dozen subsections).
 * /plan/ becomes the contents, each part and each subsection of the large part get a page, and
 * every link to a block lands on the page that holds it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageWeights } from '../../src/bench/weights.ts';
import { checkLinks, formatLinkProblems } from '../../src/checks/links.ts';
import { synth, writeSynth } from '../../src/synth/index.ts';
import { buildPlan } from './harness/build.ts';
import { hrefs, landsOnAnchor, one, page, type SiteUnderTest } from './harness/html.ts';
import { builtPages } from './harness/pages.ts';

interface Section {
  id: string;
  level: 1 | 2;
  parent?: string;
  blocks: { id: string }[];
}

const temp = mkdtempSync(join(tmpdir(), 'atlas-reader-split-'));
const site: SiteUnderTest = {
  dist: join(temp, 'dist'),
  base: '/split/',
  site: 'https://split.example',
};
const at = (path: string) => page(path, site);
const path = (url: string) => url.slice(site.base.length).split('#')[0]!;
let sections: Section[] = [];
/** Reader pages other than /plan/, as site paths ("plan/x/"), sorted. */
let readerPaths: string[] = [];

beforeAll(async () => {
  const plan = join(temp, 'plan');
  await writeSynth(plan, synth({ scale: 2, seed: 1 }));
  const run = await buildPlan({ plan, temp, base: site.base, site: site.site });
  if (run.code !== 0) throw new Error(`the synthetic build failed:\n${run.output.slice(-3000)}`);
  const file = join(temp, 'generated/data/sections.json');
  sections = JSON.parse(readFileSync(file, 'utf8')) as Section[];
  readerPaths = builtPages(site.dist, site.base)
    .map((p) => p.path.slice(site.base.length))
    .filter((p) => p.startsWith('plan/') && p !== 'plan/')
    .sort();
}, 240_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const blockIds = () => sections.flatMap((s) => s.blocks.map((b) => b.id));
const shown = (p: string) => selectAll('[data-block]', at(p)).map((el) => String(el.properties.id));

describe('a plan too large for one page', () => {
  test('the search page without JavaScript points at the contents, not "the full text"', () => {
    const html = readFileSync(join(site.dist, 'search/index.html'), 'utf8');
    const text = html.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'");
    expect(text).toContain("Without it, open the Plan's contents and use your browser's Find");
    expect(text).toContain('on its parts, or browse');
    expect(text).not.toContain('the full text of the Plan');
    expect(html).toMatch(
      new RegExp(`<a href="${site.base}plan/"[^>]*>the Plan('|&#39;)s contents`),
    );
  });

  test('has /plan/ as the contents, linking every part and subsection page', () => {
    const contents = at('plan/');
    expect(selectAll('[data-block]', contents)).toEqual([]);
    const links = hrefs(one('nav.reader-contents', contents)).map(path);
    expect(new Set(links)).toEqual(new Set(readerPaths));
    for (const s of sections.filter((s) => s.level === 1))
      expect(readerPaths).toContain(`plan/${s.id}/`);
    // The large part is split: its subsections have pages of their own.
    expect(
      sections.filter((s) => readerPaths.includes(`plan/${s.id}/`) && s.level === 2).length,
    ).toBeGreaterThan(5);
  });

  test('chains every reader page by previous / next, in reading order, each block once', () => {
    const starts = readerPaths.filter((p) => !select('a[rel="prev"]', at(p)));
    expect(starts).toEqual([`plan/${sections[0]!.id}/`]);
    const chain = [starts[0]!];
    for (;;) {
      const next = select('a[rel="next"]', at(chain.at(-1)!));
      if (!next) break;
      const to = path(String(next.properties.href));
      expect(path(String(one('a[rel="prev"]', at(to)).properties.href))).toBe(chain.at(-1));
      chain.push(to);
    }
    expect([...chain].sort()).toEqual(readerPaths);
    expect(chain.flatMap(shown)).toEqual(blockIds());
  });

  test('lists the subsections of a part too large for one page, each linked to its page', () => {
    const lists = readerPaths.filter((p) => select('#part_contents', at(p)));
    expect(lists).toHaveLength(1);
    const part = lists[0]!.slice('plan/'.length, -1);
    const children = sections.filter((s) => s.parent === part);
    expect(hrefs(one('nav.reader-contents', at(lists[0]!))).map(path)).toEqual(
      children.map((c) => `plan/${c.id}/`),
    );
  });

  test('links every block and section from entity pages to the page that holds its anchor', () => {
    const pages = builtPages(site.dist, site.base)
      .map((p) => p.path.slice(site.base.length))
      .filter((p) => /^(industries|places|goals)\/[^/]+\/$/.test(p));
    const blockPage = new Map(readerPaths.flatMap((p) => shown(p).map((id) => [id, p])));
    let split = 0;
    for (const p of pages) {
      for (const url of hrefs(at(p)).filter((u) => u.startsWith(`${site.base}plan/`))) {
        expect(landsOnAnchor(url, site), `${p}: ${url}`).toBe(true);
        if (path(url) !== 'plan/') split++;
      }
      for (const a of selectAll('a[data-block-link]', at(p))) {
        const block = String(a.properties.dataBlockLink);
        expect(a.properties.href).toBe(`${site.base}${blockPage.get(block)}#${block}`);
      }
    }
    expect(split).toBeGreaterThan(100);
  });

  test('keeps every reader page under 20 KB of HTML + CSS (gzip)', async () => {
    const weights = (await pageWeights(site.dist, site.base)).filter((w) =>
      w.path.startsWith('plan/'),
    );
    expect(weights.map((w) => w.path).sort()).toEqual(['plan/', ...readerPaths].sort());
    const heavy = weights.filter((w) => w.html.gzip + w.css.gzip >= 20 * 1024);
    expect(heavy.map((w) => w.path)).toEqual([]);
  });

  test('has no broken link or anchor, and every page is reachable from the home page', () => {
    const problems = checkLinks({ dir: site.dist, base: site.base, site: site.site });
    expect(formatLinkProblems(problems)).toBe('');
  });
});
