/**
 * /about/ (provenance against the model), /data/plan.json (the generated model byte for byte),
 * the 404 page and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { builtPages } from './harness/pages.ts';
import { BUILT, one, page, readModel, section, squash, text, visibleText } from './harness/html.ts';

const model = readModel();
const tree = page('about/');
/** The <dd> after the <dt> that reads `term` in a section's facts. */
const fact = (id: string, term: string) => {
  const items = selectAll('dl.facts > *', section(tree, id));
  const at = items.findIndex((el) => el.tagName === 'dt' && text(el) === term);
  if (at === -1) throw new Error(`no “${term}” in section ${id} of /about/`);
  return items[at + 1];
};
const number = (n: number) => new Intl.NumberFormat('en-US').format(n);

describe('/about/ provenance', () => {
  test('names the plan, its issuer and date as the metadata has them', () => {
    expect(text(fact('this-text', 'Title'))).toBe(model.meta.titleEn);
    if (model.meta.issuer)
      expect(squash(text(fact('this-text', 'Issued by')))).toBe(
        squash(`${model.meta.issuer} ${model.meta.issuerZh ?? ''}`),
      );
    if (model.meta.published) {
      const time = one('time', fact('this-text', 'Published'));
      expect(time.properties.dateTime).toBe(model.meta.published);
    }
  });

  test('gives the source file, its size, line endings and sha256', () => {
    const { file, lines, bytes, eol, sha256 } = model.source;
    const dd = fact('this-text', 'Source file');
    expect(text(one('code', dd))).toBe(file);
    expect(squash(text(dd))).toBe(
      `${file}: ${number(lines)} line${lines === 1 ? '' : 's'}, ${number(bytes)} bytes, line endings ${eol}`,
    );
    expect(text(one('code', fact('this-text', 'SHA-256')))).toBe(sha256);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('lists the source chain in order, with links and dates', () => {
    const items = selectAll('ol > li', section(tree, 'sources'));
    expect(items).toHaveLength(model.meta.sourceChain.length);
    model.meta.sourceChain.forEach((link, n) => {
      const li = items[n];
      expect(text(li).startsWith(link.label)).toBe(true);
      const a = selectAll('a', li);
      expect(a.map((x) => x.properties.href)).toEqual(link.url ? [link.url] : []);
      const times = selectAll('time', li).map((t) => t.properties.dateTime);
      expect(times).toEqual(link.date ? [link.date] : []);
      if (link.note) expect(text(li)).toContain(link.note);
    });
  });

  test('lists every noise removal of the model, with line, column, text and rule', () => {
    const removals = section(tree, 'removals');
    const rows = selectAll('tbody tr', removals);
    expect(rows).toHaveLength(model.removals.length);
    model.removals.forEach((r, n) => {
      expect(selectAll('td', rows[n]).map((td) => text(td))).toEqual([
        String(r.line),
        String(r.column),
        `“${r.text}”`,
        r.replacement === undefined ? '—' : `“${r.replacement}”`,
        r.rule,
      ]);
    });
    if (model.removals.length > 0)
      expect(text(one('caption', removals))).toBe(
        `${number(model.removals.length)} removal${model.removals.length === 1 ? '' : 's'} from the source text`,
      );
  });

  test('shows the page furniture kept as provenance, and every warning', () => {
    const { headline, dateline } = model.chrome;
    if (headline) expect(text(fact('page-furniture', 'Headline'))).toBe(headline);
    if (dateline) expect(text(fact('page-furniture', 'Dateline'))).toBe(dateline);
    expect(selectAll('li', section(tree, 'warnings'))).toHaveLength(model.warnings.length);
  });

  test('says whether the text is a machine translation', () => {
    const words = squash(visibleText(section(tree, 'translation')));
    if (model.meta.translation === 'machine')
      expect(words).toContain('The English text is a machine translation.');
    else expect(words).not.toContain('machine translation.');
  });
});

describe('/data/plan.json', () => {
  test('is the generated plan.json, byte for byte', () => {
    const built = readFileSync(join(BUILT.dist, 'data/plan.json'));
    const generated = readFileSync(join(settings().generatedDir, 'plan.json'));
    expect(built.equals(generated)).toBe(true);
    expect(JSON.parse(built.toString('utf8')).meta.id).toBe(model.meta.id);
  });
});

describe('404 and sitemap', () => {
  const sitemap = () => {
    const index = readFileSync(join(BUILT.dist, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(maps.length).toBeGreaterThan(0);
    return maps.flatMap((url) => {
      expect(url.startsWith(BUILT.site + BUILT.base)).toBe(true);
      const file = join(BUILT.dist, url.slice((BUILT.site + BUILT.base).length));
      return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    });
  };

  test('404.html exists, with a heading, and is not in the sitemap', () => {
    expect(existsSync(join(BUILT.dist, '404.html'))).toBe(true);
    expect(text(one('h1', page('404.html')))).not.toBe('');
    expect(sitemap().filter((url) => url.includes('404'))).toEqual([]);
  });

  test('the sitemap lists every other page, under the site and base', () => {
    const pages = builtPages(BUILT.dist, BUILT.base)
      .filter((p) => p.file !== '404.html')
      .map((p) => BUILT.site + p.path);
    expect([...sitemap()].sort()).toEqual(pages.sort());
  });
});
