/**
 * /plan/ against the generated model: every block in order with its own id, its text run by run
 * (mentions linked to existing pages and anchors, corrections showing both wordings and their
 * status), a permalink and a copy-citation control; section headings with ids in model order.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import {
  allBlocks,
  expectedRuns,
  landsOnAnchor,
  one,
  originalText,
  page,
  readModel,
  renderedRuns,
  squash,
  text,
  visibleText,
} from './harness/html.ts';

const model = readModel();
const tree = page('plan/');
const blocks = allBlocks(model);
const sectionOf = new Map(
  model.sections.flatMap((s) => s.blocks.map((b) => [b.id, s.id] as const)),
);
for (const b of model.preamble) sectionOf.set(b.id, 'preamble');
const sectionIds = [
  ...(model.preamble.length > 0 ? ['preamble'] : []),
  ...model.sections.map((s) => s.id),
];

describe('/plan/ blocks', () => {
  test('every block of the model appears once, in model order, as an element with its id', () => {
    const shown = selectAll('[data-block]', tree).map((el) => String(el.properties.id));
    expect(shown).toEqual(blocks.map((b) => b.id));
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(selectAll(`[id="${b.id}"]`, tree)).toHaveLength(1);
  });

  describe.each(blocks)('$id', (block) => {
    const el = () => one(`[id="${block.id}"]`, tree);
    const body = () => one('.block__text', el(), block.id);

    test('shows its text run by run: mentions linked, corrections with both wordings and status', () => {
      expect(renderedRuns(body())).toEqual(expectedRuns(block.inlines));
    });

    test('keeps the source wording: text without corrected wording equals the block text', () => {
      expect(originalText(body())).toBe(block.text);
    });

    test('shows its item number, when it has one', () => {
      const number = select('.block__number', body());
      if (block.number)
        expect(number && text(number)).toMatch(new RegExp(`^${escapeRegExp(block.number)}\\.?$`));
      else expect(number).toBeUndefined();
    });

    test('lives in its section and has a permalink to itself and a copy-citation control', () => {
      const section = one(`section[aria-labelledby="${sectionOf.get(block.id)}"]`, tree);
      expect(select(`[id="${block.id}"]`, section)).toBe(el());
      const permalink = one('a.permalink', el(), block.id);
      expect(permalink.properties.href).toBe(`#${block.id}`);
      expect(visibleText(permalink)).toContain(block.id);
      const cite = one(`button[data-cite="${block.id}"]`, el(), block.id);
      expect(cite.properties.type).toBe('button');
      expect(squash(text(cite))).toBe(`Copy citation for paragraph ${block.id}`);
    });

    test('links the entities it mentions; the others stand behind a correction', () => {
      const linked = new Set(
        selectAll('a.entity', body()).map((a) => String(a.properties.dataEntity)),
      );
      expect([...linked].filter((m) => !block.mentions.includes(m))).toEqual([]);
      // An entity named only by mistranslated wording is shown as the correction (its badge links
      // to the glossary), and words two entities share ("6G") link to one of them.
      const shadowed = (m: string) =>
        block.correctionIds.length > 0 || linked.has(m.replace(/^[a-z]+:/, 'industry:'));
      expect(block.mentions.filter((m) => !linked.has(m) && !shadowed(m))).toEqual([]);
    });
  });
});

describe('/plan/ links and headings', () => {
  test('every mention and correction badge lands on an existing page and anchor', () => {
    const targets = new Set(
      selectAll('.block__text a[href], h2 a[href], h3 a[href]', tree).map((a) =>
        String(a.properties.href),
      ),
    );
    expect(targets.size).toBeGreaterThan(0);
    expect([...targets].filter((url) => !landsOnAnchor(url))).toEqual([]);
  });

  test('section headings carry the section ids in model order, h2 for parts and h3 below', () => {
    const headings = selectAll('.heading-wrap > h2[id], .heading-wrap > h3[id]', tree);
    expect(headings.map((h) => String(h.properties.id))).toEqual(sectionIds);
    const levels = new Map(model.sections.map((s) => [s.id, s.level === 1 ? 'h2' : 'h3']));
    for (const h of headings) {
      expect(h.tagName).toBe(levels.get(String(h.properties.id)) ?? 'h2');
    }
  });

  test.each(model.sections)(
    'heading $id shows its number and title (corrected when it was)',
    (s) => {
      const heading = one(`[id="${s.id}"]`, tree) as Element;
      const number = select('.heading-number', heading);
      expect(number && squash(text(number))).toBe(s.number ?? undefined);
      if (s.titleInlines) expect(renderedRuns(heading)).toEqual(expectedRuns(s.titleInlines));
      expect(squash(originalText(heading))).toBe(squash(s.title));
    },
  );

  test('the page names the plan it cites in its citations', () => {
    expect(one('main[data-cite-title]', tree).properties.dataCiteTitle).toBe(model.meta.titleEn);
    expect(visibleText(one('h1', tree))).toBe(model.meta.titleEn);
  });
});

describe.runIf(model.meta.id === 'shanghai-sei-2021')('/plan/ of the Shanghai plan', () => {
  test('the "General thinking" heading reads "General approach", a likely correction', () => {
    const heading = one('h2[id="general-thinking"]', tree);
    const correction = one('span.correction', heading);
    expect(correction.properties.dataStatus).toBe('likely');
    expect(text(one('ins', correction))).toBe('General approach');
    expect(text(one('del', correction))).toBe('General thinking');
  });

  test('"Cymbal" noise is gone from every block', () => {
    const texts = selectAll('.block__text', tree).map(text);
    expect(texts.filter((t) => /Cymbal/.test(t))).toEqual([]);
    expect(texts.length).toBeGreaterThan(30);
  });
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
