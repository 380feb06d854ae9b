import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { linkBlocks } from '../../src/pipeline/link.ts';
import type { Inline, LinkedBlock } from '../../src/pipeline/types.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

const source = (inlines: Inline[]) =>
  inlines.map((r) => (r.type === 'correction' ? r.original : r.text)).join('');

function run(spec: Parameters<typeof makeDoc>[0]) {
  const doc = makeDoc(spec);
  const extracted = extract(doc, editorial, 'p.txt');
  return { doc, extracted, linked: linkBlocks(doc, extracted, editorial) };
}

describe('link', () => {
  it('turns a block into text, mention and correction runs', () => {
    const { linked } = run({
      preamble: [
        'In the new area near Hong Kong, integrated circuits and a "9xstrategic" artificial intelligence island.',
      ],
    });
    const [block] = linked.preamble;
    expect(block.inlines).toEqual([
      { type: 'text', text: 'In ' },
      {
        type: 'correction',
        original: 'the new area near Hong Kong',
        text: 'the Lin-gang Special Area',
        id: 'hong-kong',
        status: 'verified',
        // The place the machine wording names: the corrected wording links to it.
        ref: { kind: 'place', id: 'lin-gang' },
      },
      { type: 'text', text: ', ' },
      { type: 'mention', text: 'integrated circuits', kind: 'industry', id: 'chips' },
      { type: 'text', text: ' and a "' },
      {
        type: 'correction',
        original: '9xstrategic',
        text: '9+X strategic',
        id: 'nine-x',
        status: 'likely',
        ref: { kind: 'term', id: 'nine-plus-x' },
      },
      { type: 'text', text: '" ' },
      { type: 'mention', text: 'artificial intelligence island', kind: 'place', id: 'ai-island' },
      { type: 'text', text: '.' },
    ]);
    // The place under the correction and the term inside its replacement are still mentions.
    expect(block.mentions).toEqual([
      'place:lin-gang',
      'industry:chips',
      'term:nine-plus-x',
      'place:ai-island',
    ]);
    expect(block.correctionIds).toEqual(['hong-kong', 'nine-x']);
  });

  it('gives back every block text exactly and keeps the block fields', () => {
    const { doc, linked } = run({
      preamble: ['', 'Plain text only.'],
      sections: [
        {
          title: 'S',
          blocks: [
            '6G and 6G, Lingang; integrated circuit.',
            { kind: 'item', number: '1', label: 'L', text: 'L. x' },
          ],
        },
      ],
    });
    const blocks: LinkedBlock[] = [...linked.preamble, ...linked.sections.flatMap((s) => s.blocks)];
    const originals = [...doc.preamble, ...doc.sections.flatMap((s) => s.blocks)];
    expect(blocks.map((b) => source(b.inlines))).toEqual(originals.map((b) => b.text));
    expect(blocks[0].inlines).toEqual([]);
    expect(blocks[1].inlines).toEqual([{ type: 'text', text: 'Plain text only.' }]);
    expect(blocks[3]).toMatchObject({
      id: 's-i1',
      number: '1',
      label: 'L',
      line: originals[3].line,
      mentions: [],
      correctionIds: [],
    });
    expect(blocks[2].mentions).toEqual([
      'industry:6g',
      'term:6g',
      'place:lin-gang',
      'industry:chips',
    ]);
  });

  it('shows a correction of a section title as title runs and records the section', () => {
    const { linked } = run({
      sections: [
        { title: 'General thinking', blocks: ['Text.'] },
        { title: 'Other', blocks: [] },
      ],
    });
    expect(linked.sections[0].titleInlines).toEqual([
      {
        type: 'correction',
        original: 'General thinking',
        text: 'General approach',
        id: 'approach',
        status: 'likely',
      },
    ]);
    expect(linked.sections[1]).not.toHaveProperty('titleInlines');
    expect(linked.corrections).toEqual([
      {
        id: 'approach',
        original: 'General thinking',
        corrected: 'General approach',
        status: 'likely',
        blockIds: [],
        sectionIds: ['general-thinking'],
      },
    ]);
  });

  it('computes backlinks once, in document order', () => {
    const { linked } = run({
      preamble: ['Integrated circuits and artificial intelligence in Zhangjiang.'],
      sections: [
        {
          title: 'Integrated circuit',
          blocks: [
            'New materials for chips.',
            'Integrated circuits, new materials and artificial intelligence. IGBT.',
          ],
        },
        { title: 'Later', blocks: ['Zhangjiang again, with new energy vehicles.'] },
      ],
    });
    const industry = (id: string) => linked.industries.find((i) => i.id === id)!;
    expect(industry('chips').mentions).toEqual(['preamble-p1', 'integrated-circuit-p2']);
    // Shared blocks, strongest first: materials and ai share two blocks each, in first-mention order.
    expect(industry('chips').related).toEqual(['ai', 'materials']);
    expect(industry('nev').related).toEqual([]);
    expect(linked.places.find((p) => p.id === 'zhangjiang')!.mentions).toEqual([
      'preamble-p1',
      'later-p1',
    ]);
    expect(linked.terms.map((t) => [t.id, t.mentions])).toEqual([
      ['igbt', ['integrated-circuit-p2']],
    ]);
  });

  it('fills correction block ids and leaves its inputs untouched', () => {
    const { extracted, linked } = run({
      preamble: ['One 9xstrategic.', 'Two.', 'Three 9xstrategic and 9xstrategic.'],
    });
    const before = JSON.stringify(extracted);
    expect(linked.corrections.map((c) => [c.id, c.blockIds])).toEqual([
      ['nine-x', ['preamble-p1', 'preamble-p3']],
    ]);
    expect(extracted.corrections[0].blockIds).toEqual([]);
    expect(JSON.stringify(extracted)).toBe(before);
  });

  it('links names found only in this text: unknown places and abbreviations it defines', () => {
    const { linked } = run({
      preamble: [
        'Build the Songhu Science Park with field programmable gate arrays (FPGAs).',
        'Songhu Science Park uses FPGAs.',
      ],
    });
    const runs = linked.preamble[1].inlines.filter((r) => r.type === 'mention');
    expect(runs).toEqual([
      { type: 'mention', text: 'Songhu Science Park', kind: 'place', id: 'songhu-science-park' },
      { type: 'mention', text: 'FPGAs', kind: 'term', id: 'fpgas' },
    ]);
    expect(linked.places.map((p) => [p.id, p.mentions])).toEqual([
      ['songhu-science-park', ['preamble-p1', 'preamble-p2']],
    ]);
  });

  it('is deterministic', () => {
    const spec = { preamble: ['Lingang, integrated circuits, 6G, 9xstrategic.'] };
    expect(JSON.stringify(run(spec).linked)).toBe(JSON.stringify(run(spec).linked));
  });
});

describe('link: related industries', () => {
  it('keeps only the 8 strongest, so a paragraph naming every industry stays linear', () => {
    const names = Array.from({ length: 12 }, (_, i) => `alpha${String.fromCharCode(97 + i)}`);
    const many = makeEditorial({
      industries: names.map((name) => ({ id: name, name, aliases: [name] })),
    });
    // Every industry in one list; alphaa also shares a second paragraph with alphal.
    const doc = makeDoc({ preamble: [`${names.join(', ')}.`, 'alphaa and alphal.'] });
    const extracted = extract(doc, many, 'p.txt');
    const related = linkBlocks(doc, extracted, many).industries.find(
      (i) => i.id === 'alphaa',
    )?.related;
    // Strongest (most shared blocks) first, then in order of the taxonomy.
    expect(related).toEqual(['alphal', ...names.slice(1, 8)]);
  });
});
