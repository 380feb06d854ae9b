/**
 * The home page against the generated model (title, issuer, structure by tier, headline
 * numbers), and the head of every page: JSON-LD that parses and names the plan, and canonical
 * and Open Graph URLs under the site and base path.
 */
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { HOME_PER_TIER } from '../../src/utils/paging.ts';
import { builtPages } from './harness/pages.ts';
import {
  BUILT,
  allBlocks,
  entityHref,
  hrefs,
  one,
  page,
  readModel,
  section,
  squash,
  text,
  visibleText,
} from './harness/html.ts';

const model = readModel();
const home = page('');
const pages = builtPages(BUILT.dist, BUILT.base).map((p) => ({
  ...p,
  site: p.path.slice(BUILT.base.length),
}));

describe('the home page', () => {
  test('is headed by the plan’s title (and Chinese title)', () => {
    expect(text(one('h1', home))).toBe(
      [model.meta.titleEn, model.meta.titleZh].filter(Boolean).join(' '),
    );
  });

  test('names the issuer and the date of publication', () => {
    const lead = squash(visibleText(one('.page-head .lead', home)));
    if (model.meta.issuer) expect(lead).toContain(`Issued by ${model.meta.issuer}`);
    if (model.meta.published) {
      expect(one('.page-head .lead time', home).properties.dateTime).toBe(model.meta.published);
    }
  });

  test('opens with the first paragraph of the Plan, linked to it', () => {
    const first = allBlocks(model)[0];
    const brief = section(home, 'in-brief');
    expect(hrefs(brief)).toContain(`${BUILT.base}plan/#${first.id}`);
  });

  test('shows the structure: each tier with its industries in model order', () => {
    const cards = selectAll('section[aria-labelledby="structure"] .tier-group', home);
    const shown = cards.map((c) => {
      const links = hrefs(c);
      // A long category shows its first HOME_PER_TIER and links to where the list has it all.
      const all = links.at(-1)?.includes('#tier-') ? links.pop() : undefined;
      return { tier: c.properties.dataTier, links, all };
    });
    // The plan's own categories in text order, then the industries in none.
    const tiers = [...model.tiers.map((t) => t.id), 'none'];
    const idOf = (label?: string) => model.tiers.find((t) => t.label === label)?.id ?? 'none';
    const expected = tiers
      .map((tier) => {
        const ids = model.industries.filter((i) => idOf(i.tier) === tier).map((i) => i.id);
        return {
          tier,
          links: ids.slice(0, HOME_PER_TIER).map((id) => entityHref('industry', id)),
          all: ids.length > HOME_PER_TIER ? expect.stringMatching(`#tier-${tier}$`) : undefined,
        };
      })
      .filter((g) => g.links.length > 0);
    expect(shown).toEqual(expected);
  });

  test('shows headline numbers as the Plan words them, each linked to its source', () => {
    const cards = selectAll('li.stat', home);
    expect(cards.length).toBeLessThanOrEqual(8);
    expect(cards.length > 0).toBe(model.targets.length > 0);
    for (const card of cards) {
      const id = String(card.properties.id).replace(/^headline-/, '');
      const target = model.targets.find((t) => t.id === id);
      expect(target, id).toBeDefined();
      expect(text(one('.stat__value', card))).toBe(target!.display);
      expect(hrefs(card)).toContain(`${BUILT.base}plan/#${target!.blockId}`);
    }
  });
});

describe('JSON-LD', () => {
  const jsonLd = (path: string) =>
    selectAll('script[type="application/ld+json"]', page(path)).map((s) => JSON.parse(text(s)));

  test('on the home page parses and names the plan, its issuer, date and language', () => {
    const [data] = jsonLd('');
    expect(data['@context']).toBe('https://schema.org');
    expect(data.name).toBe(model.meta.titleEn);
    if (model.meta.issuer) expect(data.legislationPassedBy.name).toBe(model.meta.issuer);
    expect(data.datePublished).toBe(model.meta.published);
    expect(data.inLanguage).toBe(model.meta.language);
    expect(data.url).toBe(BUILT.site + BUILT.base);
  });

  test.each(pages)('parses on $path wherever there is one', ({ site }) => {
    for (const data of jsonLd(site)) expect(data.name).toBe(model.meta.titleEn);
  });
});

describe('canonical and Open Graph URLs start with the site and base', () => {
  test.each(pages)('$path', ({ site, path }) => {
    const tree = page(site);
    const canonical = String(one('link[rel="canonical"]', tree).properties.href);
    expect(canonical.startsWith(BUILT.site + BUILT.base)).toBe(true);
    expect(canonical).toBe(BUILT.site + path);
    const og = select('meta[property="og:url"]', tree);
    if (og) expect(og.properties.content).toBe(canonical);
  });
});
