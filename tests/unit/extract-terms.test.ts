import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract/index.ts';
import { longForm } from '../../src/pipeline/extract/terms.ts';
import { makeDoc, makeEditorial } from './extract-helpers.ts';

const editorial = makeEditorial();

describe('extract: terms', () => {
  it('lists glossary terms the text uses, in order of first use, with their data', () => {
    const doc = makeDoc({
      preamble: [
        'A "9xstrategic" plan: 6G, then insulated gate bipolar transistor (IGBT) and 9+X.',
      ],
    });
    expect(extract(doc, editorial, 'p.txt').terms).toEqual([
      {
        id: 'nine-plus-x',
        term: '9+X',
        definition: 'Nine industries plus X.',
        source: 'data',
        mentions: [],
      },
      { id: '6g', term: '6G', nameZh: '第六代移动通信', source: 'data', mentions: [] },
      {
        id: 'igbt',
        term: 'IGBT',
        expansion: 'insulated-gate bipolar transistor',
        source: 'data',
        mentions: [],
      },
    ]);
  });

  it('adds abbreviations the text defines as "long name (ABBR)"', () => {
    const doc = makeDoc({
      preamble: [
        'Develop electronic design automation (EDA) tools, a deep learning system-level chip (SoC), radio frequency identification ((RFID)) and (USA) or (Ab).',
      ],
    });
    expect(extract(doc, editorial, 'p.txt').terms).toEqual([
      {
        id: 'eda',
        term: 'EDA',
        expansion: 'electronic design automation',
        source: 'text',
        mentions: [],
      },
      { id: 'soc', term: 'SoC', expansion: 'system-level chip', source: 'text', mentions: [] },
      {
        id: 'rfid',
        term: 'RFID',
        expansion: 'radio frequency identification',
        source: 'text',
        mentions: [],
      },
    ]);
  });

  it('finds long forms by letters in order, else by initials', () => {
    expect(longForm('high-end micro-control unit', 'MCU')).toBe('micro-control unit');
    expect(longForm('develop advanced auxiliary driving system', 'ADAS')).toBe(
      'advanced auxiliary driving system',
    );
    expect(longForm('the sixth version of the Internet Protocol', 'IPv6+')).toBe(
      'Internet Protocol',
    );
    expect(longForm('nothing here', 'XYZ')).toBeUndefined();
  });
});
