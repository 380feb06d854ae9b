/**
 * /glossary/ against the generated model: every term and every correction has its own anchor;
 * corrections show the corrected wording, the translation's wording and their status, and link
 * to where they were applied.
 */
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { allBlocks, href, hrefs, one, page, readModel, squash, text } from './harness/html.ts';

const model = readModel();
const tree = page('glossary/');
const order = new Map(allBlocks(model).map((b, i) => [b.id, i]));
const inReadingOrder = (ids: string[]) =>
  [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
/** The <dd> after the <dt> that reads `term` in an entry's facts. */
const fact = (entry: ReturnType<typeof one>, term: string) => {
  const items = selectAll('dl.facts > *', entry);
  const at = items.findIndex((el) => el.tagName === 'dt' && text(el) === term);
  return at === -1 ? undefined : items[at + 1];
};

describe('/glossary/ terms', () => {
  test('has every term once, with an anchor, alphabetically', () => {
    const ids = selectAll('article.glossary-term', tree).map((a) => String(a.properties.id));
    const sorted = [...model.terms].sort(
      (a, b) =>
        a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
    );
    expect(ids).toEqual(sorted.map((t) => `term-${t.id}`));
  });

  test.each(model.terms)(
    'term-$id: name, Chinese name, expansion, definition, mentions',
    (term) => {
      const entry = one(`article[id="term-${term.id}"]`, tree);
      expect(text(one('h3', entry))).toBe(`${term.term} ${term.nameZh ?? ''}`);
      const zh = select('h3 [lang="zh-Hans"]', entry);
      expect(zh && text(zh)).toBe(term.nameZh);
      const expansion = select('p.expansion', entry);
      expect(expansion && text(expansion)).toBe(term.expansion);
      if (term.definition) expect(selectAll('p', entry).map(text)).toContain(term.definition);
      expect(hrefs(entry)).toEqual(inReadingOrder(term.mentions).map((id) => href(`plan/#${id}`)));
    },
  );
});

describe('/glossary/ corrections', () => {
  test('has every correction once, with an anchor, in the order they first apply', () => {
    const ids = selectAll('article.glossary-correction', tree).map((a) => String(a.properties.id));
    expect([...ids].sort()).toEqual(model.corrections.map((c) => `correction-${c.id}`).sort());
    const first = (id: string) => {
      const c = model.corrections.find((x) => `correction-${x.id}` === id)!;
      return Math.min(...c.blockIds.map((b) => order.get(b) ?? Infinity));
    };
    const firsts = ids.map(first);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  test.each(model.corrections)(
    'correction-$id: corrected and original wording, status, where applied',
    (c) => {
      const entry = one(`article[id="correction-${c.id}"]`, tree);
      expect(entry.properties.dataStatus).toBe(c.status);
      expect(squash(text(one('h3', entry)))).toBe(squash(`${c.corrected} ${c.zh ?? ''}`));
      expect(text(one('del', fact(entry, 'The translation says')!))).toBe(c.original);
      const status = one('.badge', fact(entry, 'Status')!);
      expect([status.properties.dataStatus, text(status)]).toEqual([c.status, c.status]);
      const note = fact(entry, 'Note');
      expect(note && text(note)).toBe(c.note);
      const where = fact(entry, 'Corrected in')!;
      const expected = [...(c.sectionIds ?? []), ...inReadingOrder(c.blockIds)];
      expect(hrefs(where)).toEqual(expected.map((id) => href(`plan/#${id}`)));
      if (expected.length === 0) expect(text(where)).toMatch(/^nowhere in this text/);
    },
  );

  test('every correction shown in /plan/ links to its glossary entry', () => {
    const badges = selectAll('span.correction > a.correction__badge', page('plan/'));
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      const id = String(badge.properties.href).split('#')[1];
      expect(select(`article[id="${id}"]`, tree)).toBeDefined();
    }
  });
});

describe.runIf(model.meta.id === 'shanghai-sei-2021')('the Shanghai glossary', () => {
  test('"the new area near Hong Kong" is the Lin-gang Special Area, verified', () => {
    const entry = one('article[id="correction-lin-gang-hong-kong"]', tree);
    expect(entry.properties.dataStatus).toBe('verified');
    expect(text(one('del', entry))).toBe('the new area near Hong Kong');
    expect(text(one('h3', entry))).toMatch(/^the Lin-gang Special Area/);
  });
});
