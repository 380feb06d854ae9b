import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import type { NoiseRule } from '../../src/pipeline/editorial-types.ts';
import type { SourceText } from '../../src/pipeline/types.ts';
import { FIXTURES, SHANGHAI, cleanPlan, readPlan, rules, textOf } from './front-fixtures.ts';

/** A SourceText from inline lines (clean only looks at file and lines). */
function source(lines: string[]): SourceText {
  return { file: 'plan.txt', lines, eol: 'lf', sha256: '0'.repeat(64), bytes: 0 };
}

const body = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text }));

describe('clean: chrome', () => {
  it('keeps a text without chrome entirely as body', () => {
    const lines = ['General requirements', '', 'The plan has goals.', '', 'Spatial layout'];
    expect(clean(source(lines), rules())).toEqual({
      file: 'plan.txt',
      body: body(lines),
      chrome: { footer: [], contacts: [] },
      removals: [],
    });
  });

  it('splits breadcrumb, headline, dateline and notice from the head', () => {
    const lines = [
      'Home / Policy / City plan for new industries',
      'City plan for new industries',
      '2023-05-04 09:30',
      'This article was machine-translated.',
      '',
      'The city issued a plan.',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      breadcrumb: 'Home / Policy / City plan for new industries',
      headline: 'City plan for new industries',
      dateline: '2023-05-04 09:30',
      notice: 'This article was machine-translated.',
      footer: [],
      contacts: [],
    });
    expect(out.body).toEqual([
      { line: 5, text: '' },
      { line: 6, text: 'The city issued a plan.' },
    ]);
  });

  it('takes the headline after a lone breadcrumb only when the breadcrumb ends with it', () => {
    const ends = clean(source(['News > Plans > Port plan', 'Port plan', '', 'Text.']), rules());
    expect(ends.chrome).toMatchObject({
      breadcrumb: 'News > Plans > Port plan',
      headline: 'Port plan',
    });
    expect(ends.body.map((l) => l.line)).toEqual([3, 4]);
    const other = clean(source(['News > Plans > Port plan', 'Overview', '', 'Text.']), rules());
    expect(other.chrome.headline).toBeUndefined();
    expect(other.body.map((l) => l.text)).toEqual(['Overview', '', 'Text.']);
  });

  it('recognises a head by its notice alone, and ends the head there', () => {
    const lines = ['Wind power plan', 'Translated by DeepL, unedited', 'Jan 3, 2022', 'Text.'];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      headline: 'Wind power plan',
      notice: 'Translated by DeepL, unedited',
      footer: [],
      contacts: [],
    });
    expect(out.body).toEqual([
      { line: 3, text: 'Jan 3, 2022' },
      { line: 4, text: 'Text.' },
    ]);
  });

  it('splits a publisher footer with its e-mail addresses, once each', () => {
    const lines = [
      'Body text.',
      '',
      'For enquiries, please e-mail desk@news.example or desk@news.example',
      'Copyright 2024 News Example',
    ];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({
      footer: [
        'For enquiries, please e-mail desk@news.example or desk@news.example',
        'Copyright 2024 News Example',
      ],
      contacts: ['desk@news.example'],
    });
    expect(out.body).toEqual(body(['Body text.', '']));
  });

  it('leaves contact wording in the body when it is far from the end or in a long paragraph', () => {
    const long = `${'The plan supports service centres. '.repeat(10)}Please contact the office.`;
    const lines = ['Please contact the district office.', 'A.', 'B.', 'C.', 'D.', 'E.', long];
    const out = clean(source(lines), rules());
    expect(out.chrome).toEqual({ footer: [], contacts: [] });
    expect(out.body).toHaveLength(7);
  });
});

describe('clean: noise', () => {
  it('removes a trailing "Cymbal"/"Cymbals" after a sentence and records where', () => {
    const lines = [
      'It has taken shape. Cymbal',
      '',
      'Chips and sensors. Cymbals  ',
      'The Cymbal works.',
    ];
    const out = clean(source(lines), rules());
    expect(out.body.map((l) => l.text)).toEqual([
      'It has taken shape.',
      '',
      'Chips and sensors.',
      'The Cymbal works.',
    ]);
    expect(out.removals).toEqual([
      { line: 1, column: 21, text: 'Cymbal', rule: 'trailing-cymbal' },
      { line: 3, column: 20, text: 'Cymbals', rule: 'trailing-cymbal' },
    ]);
  });

  it('keeps "cymbal" when it is a word of the sentence', () => {
    const lines = ['Brass makers build the cymbal.', 'Cymbal', 'Drums, cymbal'];
    const out = clean(source(lines), rules());
    expect(out.removals).toEqual([]);
    expect(out.body.map((l) => l.text)).toEqual(lines);
  });

  it('undoubles brackets and records the replacement', () => {
    const out = clean(source(['identification ((RFID)), sensors （（NFC））.']), rules());
    expect(out.body[0].text).toBe('identification (RFID), sensors （NFC）.');
    expect(out.removals).toEqual([
      { line: 1, column: 16, text: '((RFID))', rule: 'doubled-brackets', replacement: '(RFID)' },
      {
        line: 1,
        column: 34,
        text: '（（NFC））',
        rule: 'doubled-fullwidth-brackets',
        replacement: '（NFC）',
      },
    ]);
  });

  it('reports columns in the original line after earlier rules changed it', () => {
    const noise: NoiseRule[] = [
      { id: 'stars', pattern: '\\*+' },
      { id: 'tag', pattern: '\\[x\\]', flags: 'g' },
    ];
    const out = clean(source(['**a** [x] b [x]']), { chrome: rules().chrome, noise });
    expect(out.body[0].text).toBe('a  b');
    expect(out.removals).toEqual([
      { line: 1, column: 1, text: '**', rule: 'stars' },
      { line: 1, column: 4, text: '**', rule: 'stars' },
      { line: 1, column: 7, text: '[x]', rule: 'tag' },
      { line: 1, column: 13, text: '[x]', rule: 'tag' },
    ]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    const out = clean(source(['𝐀𝐁 done. Cymbal']), rules());
    expect(out.removals[0]).toMatchObject({ column: 10, text: 'Cymbal' });
  });

  it('ignores empty matches and rejects an invalid pattern by rule id', () => {
    const chrome = rules().chrome;
    const empty = clean(source(['abc']), { chrome, noise: [{ id: 'nothing', pattern: 'z*' }] });
    expect(empty.removals).toEqual([]);
    expect(() => clean(source(['abc']), { chrome, noise: [{ id: 'bad', pattern: '(' }] })).toThrow(
      /noise "bad"/,
    );
  });

  it('trims trailing whitespace but keeps tabs and inner spacing', () => {
    const out = clean(source(['\tIndented\tline  with  spaces \t ']), rules());
    expect(out.body[0].text).toBe('\tIndented\tline  with  spaces');
  });

  it('never mutates its input', () => {
    const src = source(['Home / A / B', 'B', 'Jul 1, 2021', 'Text. Cymbal', 'x@y.example']);
    const r = rules();
    const before = JSON.stringify([src, r]);
    clean(Object.freeze(src), r);
    expect(JSON.stringify([src, r])).toBe(before);
  });

  it('cleans a 1 MB line', () => {
    const long = `${`${'x'.repeat(42)} ((IC)) `.repeat(20_000)}done. Cymbal`;
    expect(long.length).toBeGreaterThan(1_000_000);
    const out = clean(source([long, ' '.repeat(1_000_000) + 'x']), rules());
    expect(out.removals).toHaveLength(20_001);
    expect(out.removals[2]).toMatchObject({ column: 44 + 50, text: '((IC))' });
    expect(out.removals[20_000]).toMatchObject({ column: 44 + 50 * 19_999, text: '((IC))' });
  });
});

describe('clean: the Shanghai text', () => {
  const out = cleanPlan(SHANGHAI);
  const raw = textOf(`${SHANGHAI}/source.en.txt`);

  it('finds breadcrumb, headline, dateline and notice at the head', () => {
    const headline =
      'Shanghai has issued the 14th five-year Plan for the development of strategic emerging industries and leading industries, and made every effort to promote the implementation of the "Shanghai Plan" such as integrated circuits.';
    expect(out.chrome.breadcrumb).toBe(
      `Home\u00a0/\u00a0Metal News\u00a0/\u00a0Minor Metals\u00a0/\u00a0${headline}`,
    );
    expect(out.chrome.headline).toBe(headline);
    expect(out.chrome.dateline).toBe('Jul 22,2021 08:26CST');
    expect(out.chrome.notice).toBe(
      'The content below was translated by Tencent automatically for reference.',
    );
  });

  it('finds the two footer lines and their two e-mail addresses', () => {
    expect(out.chrome.footer).toEqual([
      'For queries, please contact Frank LIU at liuxiaolei@smm.cn',
      'For more information on how to access our research reports, please email service.en@smm.cn',
    ]);
    expect(out.chrome.contacts).toEqual(['liuxiaolei@smm.cn', 'service.en@smm.cn']);
  });

  it('keeps lines 5 to 102 as body, with their numbers', () => {
    expect(out.body[0]).toEqual({ line: 5, text: '' });
    expect(out.body.at(-1)).toEqual({ line: 102, text: '' });
    expect(out.body.map((l) => l.line)).toEqual(Array.from({ length: 98 }, (_, i) => i + 5));
  });

  it('removes every "Cymbal"/"Cymbals" (7, as `grep -o` counts) and the doubled brackets', () => {
    const inText = raw.match(/\bCymbals?\b/g) ?? [];
    expect(inText).toHaveLength(7);
    const cymbals = out.removals.filter((r) => r.rule === 'trailing-cymbal');
    expect(cymbals).toHaveLength(inText.length);
    expect(cymbals.map((r) => [r.line, r.text])).toEqual([
      [20, 'Cymbal'],
      [22, 'Cymbal'],
      [62, 'Cymbal'],
      [64, 'Cymbals'],
      [66, 'Cymbals'],
      [68, 'Cymbal'],
      [70, 'Cymbals'],
    ]);
    expect(out.removals.filter((r) => r.rule === 'doubled-brackets')).toEqual([
      { line: 70, column: 122, text: '((RFID))', rule: 'doubled-brackets', replacement: '(RFID)' },
    ]);
    expect(out.body.some((l) => /Cymbal|\(\(/.test(l.text))).toBe(false);
  });

  it('records columns that point at the removed text in the original line', () => {
    const lines = readPlan(SHANGHAI).lines;
    for (const r of out.removals) {
      expect(
        [...lines[r.line - 1]].slice(r.column - 1, r.column - 1 + [...r.text].length).join(''),
      ).toBe(r.text);
    }
    expect(out.body.find((l) => l.line === 20)?.text.endsWith('basically taken shape.')).toBe(true);
  });
});

describe('clean: the fixtures', () => {
  it('finds another news site’s chrome in the CR-only fixture', () => {
    const out = cleanPlan(`${FIXTURES}/no-goals-cr`);
    expect(out.chrome).toEqual({
      breadcrumb: 'News > Industry > Policy Watch',
      headline: 'Eastport releases action plan for marine industries',
      dateline: 'Posted on 2022-03-15 10:02',
      notice: '[Translation: machine-translated from Chinese, for reference only]',
      footer: [
        'Editor: Li Ming',
        'Contact the editor at desk@eastport-news.example',
        '© 2022 Eastport Daily. All rights reserved.',
      ],
      contacts: ['desk@eastport-news.example'],
    });
    expect(out.removals).toEqual([]);
    expect(out.body.map((l) => l.line)).toEqual(Array.from({ length: 18 }, (_, i) => i + 5));
    expect(out.body[16]).toEqual({
      line: 21,
      text: '\tThe city will set up a fund of 2 billion yuan\tfor marine industries.',
    });
  });

  it('finds no chrome in the fixtures without it', () => {
    for (const name of ['nmx-roman', 'one-paragraph']) {
      const src = readPlan(`${FIXTURES}/${name}`);
      const out = cleanPlan(`${FIXTURES}/${name}`);
      expect(out.chrome).toEqual({ footer: [], contacts: [] });
      expect(out.body.map((l) => l.text)).toEqual(src.lines);
    }
  });
});
