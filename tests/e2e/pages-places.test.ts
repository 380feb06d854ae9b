/**
 * /places/ and /places/<id>/ against the generated model: each place under its right name, with
 * how sure the identification is, the spellings the text uses, its industries and its mentions.
 */
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { MENTIONS_PER_PAGE, pageCount } from '../../src/utils/paging.ts';
import {
  allBlocks,
  entityHref,
  href,
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
const texts = allBlocks(model).map((b) => b.text);
const quoted = (variants: string[]) => variants.map((v) => `“${v}”`).join(', ');
const industryName = new Map(model.industries.map((i) => [i.id, i.name]));

describe('/places/', () => {
  const tree = page('places/');

  test('lists every place once, by name', () => {
    const ids = selectAll('tr[data-place]', tree).map((tr) => String(tr.properties.dataPlace));
    const byName = [...model.places]
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
      .map((p) => p.id);
    expect(ids).toEqual(byName);
  });

  test.each(model.places)('$id: name, status, spellings and industries', (place) => {
    const row = one(`tr[data-place="${place.id}"]`, tree);
    const name = one('th a', row);
    expect(name.properties.href).toBe(entityHref('place', place.id));
    expect(text(name)).toBe(place.name);
    const cells = selectAll('td', row);
    expect(text(cells[0])).toBe(place.nameZh ?? '');
    expect(one('.badge', cells[1]).properties.dataStatus).toBe(place.status);
    expect(text(cells[1])).toBe(place.status);
    expect(text(cells[2])).toBe(quoted(place.variants));
    expect(hrefs(cells[3])).toEqual(place.industryIds.map((id) => entityHref('industry', id)));
    expect(selectAll('a', cells[3]).map(text)).toEqual(
      place.industryIds.map((id) => industryName.get(id)),
    );
  });
});

describe.each(model.places)('/places/$id/', (place) => {
  const tree = () => page(`places/${place.id}/`);
  /** The <dd> after the <dt> that reads `term` in the page head's facts. */
  const fact = (term: string) => {
    const items = selectAll('.page-head dl.facts > *', tree());
    const at = items.findIndex((el) => el.tagName === 'dt' && text(el) === term);
    return at === -1 ? undefined : items[at + 1];
  };

  test('is headed by its right name (and Chinese name)', () => {
    const h1 = one('h1', tree());
    expect(text(h1)).toBe([place.name, place.nameZh].filter(Boolean).join(' '));
    const zh = select('[lang="zh-Hans"]', h1);
    expect(zh && text(zh)).toBe(place.nameZh);
  });

  test('says how sure the identification is', () => {
    const dd = fact('Identification');
    expect(dd && one('.badge', dd).properties.dataStatus).toBe(place.status);
    expect(dd && squash(visibleText(dd))).toMatch(new RegExp(`^${place.status} `));
  });

  test('gives the spellings the text uses, each found in the text as written', () => {
    const dd = fact('The text calls it');
    expect(dd && text(dd)).toBe(place.variants.length > 0 ? quoted(place.variants) : undefined);
    expect(place.variants.filter((v) => !texts.some((t) => t.includes(v)))).toEqual([]);
  });

  test('gives its district and note when the data has them', () => {
    expect(fact('District') && text(fact('District')!)).toBe(place.district);
    expect(fact('Note') && text(fact('Note')!)).toBe(place.note);
  });

  test('links its industries, and is linked back from each', () => {
    expect(hrefs(section(tree(), 'industries'))).toEqual(
      place.industryIds.map((id) => entityHref('industry', id)),
    );
    for (const id of place.industryIds) {
      expect(hrefs(section(page(`industries/${id}/`), 'places'))).toContain(
        entityHref('place', place.id),
      );
    }
  });

  test('has one link per mention to its paragraph in /plan/, in reading order', () => {
    // A long list continues on numbered pages (places/<id>/2/ ...).
    const count = pageCount(place.mentions.length, MENTIONS_PER_PAGE);
    const lists = [
      tree(),
      ...Array.from({ length: count - 1 }, (_, i) => page(`places/${place.id}/${i + 2}/`)),
    ]
      .map((t) => section(t, 'mentions'))
      .map((s) => select('ol.mentions', s) ?? s);
    const items = lists.flatMap((l) => selectAll('li[data-mention]', l));
    expect(items.map((li) => li.properties.dataMention)).toEqual(place.mentions);
    expect(lists.flatMap((l) => hrefs(l))).toEqual(place.mentions.map((id) => href(`plan/#${id}`)));
    expect(place.mentions.length).toBeGreaterThan(0);
  });
});

describe.runIf(model.meta.id === 'shanghai-sei-2021')('the Shanghai places', () => {
  test('Lin-gang is named right, verified, with the translation’s spellings', () => {
    const lingang = model.places.find((p) => p.id === 'lin-gang')!;
    expect(lingang.name).toBe('Lin-gang Special Area');
    expect(lingang.status).toBe('verified');
    expect(text(one('h1', page('places/lin-gang/')))).toBe('Lin-gang Special Area 临港新片区');
    expect(lingang.variants).toEqual(expect.arrayContaining(['Lingang']));
  });
});
