import { describe, expect, it } from 'vitest';
import { blockSearchTitle, captureAttrs, searchFields } from '../../src/components/search/meta.ts';

describe('searchFields', () => {
  it('gives a plain page its kind label only', () => {
    expect(searchFields({ kind: 'plan' })).toEqual([
      { name: 'atlas:kind', content: 'Plan text', filter: 'kind', meta: 'kind' },
    ]);
  });

  it('gives an industry page its title, industry and tier', () => {
    expect(
      searchFields({
        kind: 'industry',
        title: ' Integrated circuits ',
        industries: [{ name: 'Integrated circuits', tier: 'core industries' }],
      }),
    ).toEqual([
      { name: 'atlas:kind', content: 'Industry', filter: 'kind', meta: 'kind' },
      { name: 'atlas:title', content: 'Integrated circuits', meta: 'title' },
      { name: 'atlas:industry', content: 'Integrated circuits', filter: 'industry' },
      { name: 'atlas:industries', content: 'Integrated circuits', meta: 'industry' },
      { name: 'atlas:tier', content: 'Core industries', filter: 'tier' },
    ]);
  });

  it('gives an entity its other names as metadata, one-word names apart from longer ones', () => {
    const fields = searchFields({
      kind: 'industry',
      aliases: ['集成电路', ' ICs ', 'chips', undefined, 'new  energy cars', 'chips', ''],
    });
    expect(fields.slice(1)).toEqual([
      { name: 'atlas:alias-words', content: '集成电路, ICs, chips', meta: 'aliasWord' },
      { name: 'atlas:alias-phrases', content: 'new energy cars', meta: 'aliasPhrase' },
    ]);
    expect(searchFields({ kind: 'industry', aliases: [undefined, ' '] })).toHaveLength(1);
  });

  it('lists each industry and category of a goal once, categories as the plan words them', () => {
    const fields = searchFields({
      kind: 'goal',
      industries: [
        { name: 'Photonic chips', tier: 'future industries' },
        { name: 'Biomedicine', tier: 'pillar industries' },
        { name: 'Biomedicine', tier: 'pillar industries' },
        { name: 'Aerospace', tier: 'key sectors' },
        { name: 'Untiered' },
      ],
    });
    expect(fields.filter((f) => f.filter === 'tier').map((f) => f.content)).toEqual([
      'Future industries',
      'Pillar industries',
      'Key sectors',
    ]);
    expect(fields.filter((f) => f.filter === 'industry').map((f) => f.content)).toEqual([
      'Photonic chips',
      'Biomedicine',
      'Aerospace',
      'Untiered',
    ]);
    expect(fields.find((f) => f.meta === 'industry')?.content).toBe(
      'Photonic chips, Biomedicine, Aerospace, Untiered',
    );
    expect(fields.some((f) => f.meta === 'title')).toBe(false);
  });

  it('gives a page naming more than 12 industries no industry filter, its categories still', () => {
    const industries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `Industry ${i}`, tier: 'future industries' }));
    const twelve = searchFields({ kind: 'goal', industries: industries(12) });
    expect(twelve.filter((f) => f.filter === 'industry')).toHaveLength(12);
    const many = searchFields({ kind: 'goal', industries: industries(13) });
    expect(many).toEqual([
      { name: 'atlas:kind', content: 'Goal', filter: 'kind', meta: 'kind' },
      { name: 'atlas:tier', content: 'Future industries', filter: 'tier' },
    ]);
  });
});

describe('captureAttrs', () => {
  it('tells Pagefind to read the content attribute', () => {
    expect(
      captureAttrs({ name: 'atlas:kind', content: 'Goal', filter: 'kind', meta: 'kind' }),
    ).toEqual({
      'data-pagefind-filter': 'kind[content]',
      'data-pagefind-meta': 'kind[content]',
    });
    expect(captureAttrs({ name: 'atlas:title', content: 'T', meta: 'title' })).toEqual({
      'data-pagefind-meta': 'title[content]',
    });
  });
});

describe('blockSearchTitle', () => {
  it('uses the label of a labelled block', () => {
    expect(
      blockSearchTitle('Integrated circuit', { kind: 'item', number: '1', label: 'Design' }, 3),
    ).toBe('Integrated circuit: Design');
  });

  it('uses the number of an unlabelled item', () => {
    expect(blockSearchTitle('Major projects', { kind: 'item', number: '(2)' }, 5)).toBe(
      'Major projects: item (2)',
    );
  });

  it('counts other blocks by their place in the section', () => {
    expect(blockSearchTitle(' General thinking ', { kind: 'paragraph' }, 2)).toBe(
      'General thinking, paragraph 2',
    );
    expect(blockSearchTitle('Development goal', { kind: 'bullet', label: '  ' }, 4)).toBe(
      'Development goal, paragraph 4',
    );
  });
});
