import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/pipeline/extract/quantities/read.ts';

/** [words as written, value, max, unit, kind, normalised, qualifier] of each quantity. */
function read(text: string) {
  return readQuantities(text).map((q) => [
    text.slice(q.start, q.end),
    q.value,
    q.valueMax,
    q.unit,
    q.unitKind,
    q.normalised,
    q.qualifier,
  ]);
}

describe('quantities', () => {
  it('reads currency before or after the number, and Chinese-style scales', () => {
    expect(
      read(
        'RMB 2 trillion, 1.2 trillion yuan, 1,200 billion yuan, US$ 50 billion, 300 hundred million yuan, 8 ten thousand yuan, 45 million dollars.',
      ),
    ).toEqual([
      ['RMB 2 trillion', 2, undefined, 'trillion yuan', 'yuan', 2e12, 'exactly'],
      ['1.2 trillion yuan', 1.2, undefined, 'trillion yuan', 'yuan', 1.2e12, 'exactly'],
      ['1,200 billion yuan', 1200, undefined, 'billion yuan', 'yuan', 1.2e12, 'exactly'],
      ['US$ 50 billion', 50, undefined, 'billion US dollars', 'usd', 5e10, 'exactly'],
      ['300 hundred million yuan', 300, undefined, 'hundred million yuan', 'yuan', 3e10, 'exactly'],
      ['8 ten thousand yuan', 8, undefined, 'ten thousand yuan', 'yuan', 8e4, 'exactly'],
      ['45 million dollars', 45, undefined, 'million US dollars', 'usd', 4.5e7, 'exactly'],
    ]);
  });

  it('reads the scales 亿 and 万 written in digits only when a unit follows', () => {
    expect(
      read(
        'Sales reached 2,700 100 million yuan, capacity 350 10,000 kW and 12 10,000 tonnes; 3 10,000 firms.',
      ),
    ).toEqual([
      ['2,700 100 million yuan', 2700, undefined, '100 million yuan', 'yuan', 2.7e11, 'exactly'],
      ['350 10,000 kW', 350, undefined, '10,000 kW', 'other', 350, 'exactly'],
      ['12 10,000 tonnes', 12, undefined, '10,000 tonnes', 'other', 12, 'exactly'],
      ['3', 3, undefined, '', undefined, 3, 'exactly'],
      ['10,000 firms', 10000, undefined, 'firms', 'count', 10000, 'exactly'],
    ]);
  });

  it('reads percentages, points, areas, multiples, fractions and measures', () => {
    expect(
      read(
        'over 40 percent, 7.5 per cent, 2 percentage points, 20% or more, 80 square kilometres, 300 hectares, tripled, 3 times, more than half, one third, 1,000 PFLOPS, 5 GW.',
      ),
    ).toEqual([
      ['over 40 percent', 40, undefined, '%', 'percent', 40, 'more-than'],
      ['7.5 per cent', 7.5, undefined, '%', 'percent', 7.5, 'exactly'],
      ['2 percentage points', 2, undefined, 'percentage points', 'percent', 2, 'exactly'],
      ['20% or more', 20, undefined, '%', 'percent', 20, 'at-least'],
      ['80 square kilometres', 80, undefined, 'square kilometres', 'area', 80, 'exactly'],
      ['300 hectares', 300, undefined, 'hectares', 'area', 3, 'exactly'],
      ['tripled', 3, undefined, 'times', 'multiple', 3, 'exactly'],
      ['3 times', 3, undefined, 'times', 'multiple', 3, 'exactly'],
      ['more than half', 50, undefined, '%', 'percent', 50, 'more-than'],
      ['one third', 33.33333333, undefined, '%', 'percent', 33.33333333, 'exactly'],
      ['1,000 PFLOPS', 1000, undefined, 'PFLOPS', 'other', 1000, 'exactly'],
      ['5 GW', 5, undefined, 'GW', 'other', 5, 'exactly'],
    ]);
  });

  it('reads ranges and a unit shared by two values', () => {
    expect(
      read(
        'rise to 15-20%, about five to eight parks, between 3 and 5 percent, 2 to 3 billion yuan, 12 and 30 billion yuan respectively.',
      ),
    ).toEqual([
      ['15-20%', 15, 20, '%', 'percent', 15, 'exactly'],
      ['about five to eight parks', 5, 8, 'parks', 'count', 5, 'about'],
      ['3 and 5 percent', 3, 5, '%', 'percent', 3, 'exactly'],
      ['2 to 3 billion yuan', 2, 3, 'billion yuan', 'yuan', 2e9, 'exactly'],
      ['12', 12, undefined, 'billion yuan', 'yuan', 1.2e10, 'exactly'],
      ['30 billion yuan', 30, undefined, 'billion yuan', 'yuan', 3e10, 'exactly'],
    ]);
  });

  it('counts things by grammar: a number before a plural noun phrase', () => {
    expect(
      read(
        'Build more than 5,000 charging piles, at least 60 hydrogen refuelling stations, 200 digital workshops, twenty national laboratories and 10 unicorn enterprises.',
      ),
    ).toEqual([
      [
        'more than 5,000 charging piles',
        5000,
        undefined,
        'charging piles',
        'count',
        5000,
        'more-than',
      ],
      [
        'at least 60 hydrogen refuelling stations',
        60,
        undefined,
        'hydrogen refuelling stations',
        'count',
        60,
        'at-least',
      ],
      ['200 digital workshops', 200, undefined, 'digital workshops', 'count', 200, 'exactly'],
      [
        'twenty national laboratories',
        20,
        undefined,
        'national laboratories',
        'count',
        20,
        'exactly',
      ],
      ['10 unicorn enterprises', 10, undefined, 'unicorn enterprises', 'count', 10, 'exactly'],
    ]);
  });

  it('leaves out years, names, sizes, ordinals, references and non-counts', () => {
    // Bare numbers stay, without a unit, for the caller ("Number of parks: 50").
    expect(
      read(
        'In 2025 the 14th Five-Year Plan, 5G, 400G-based, 12-inch wafers, Document No. 3, Table 2 indicators, the 16 clusters, 3 of them, Fortune Global 500 firms, two-wheel drive, five years.',
      ),
    ).toEqual([
      ['16', 16, undefined, '', undefined, 16, 'exactly'],
      ['3', 3, undefined, '', undefined, 3, 'exactly'],
    ]);
  });

  it('reads a qualifier after the number, a measure as written and containers as a count', () => {
    expect(read('5 GW above, 10% above, 1.3 billion tons, 36 million TEU.')).toEqual([
      ['5 GW above', 5, undefined, 'GW', 'other', 5, 'more-than'],
      ['10% above', 10, undefined, '%', 'percent', 10, 'more-than'],
      ['1.3 billion tons', 1.3, undefined, 'billion tons', 'other', 1.3, 'exactly'],
      ['36 million TEU', 36, undefined, 'million TEU', 'count', 3.6e7, 'exactly'],
    ]);
  });

  it('reads a count whose noun phrase has a conjunction, after a qualifier that opens the sentence', () => {
    expect(
      read(
        'Not fewer than 15 research and testing centres will open, and 8 city-level or above labs.',
      ),
    ).toEqual([
      [
        'Not fewer than 15 research and testing centres',
        15,
        undefined,
        'research and testing centres',
        'count',
        15,
        'at-least',
      ],
      [
        '8 city-level or above labs',
        8,
        undefined,
        'city-level or above labs',
        'count',
        8,
        'exactly',
      ],
    ]);
    // A plural head ends the phrase: "and" then joins two counts.
    expect(read('Build 40 piers and 6 terminals.').map((q) => q[0])).toEqual([
      '40 piers',
      '6 terminals',
    ]);
  });

  it("reads machine translation's singular after a number, and a quoted participle", () => {
    const counts = (text: string) =>
      readQuantities(text).map((q) => [text.slice(q.start, q.end), q.unit, q.qualifier]);
    expect(counts('Newly build 300 smart greenhouse and 40 cold storage warehouse.')).toEqual([
      ['300 smart greenhouse', 'smart greenhouse', 'exactly'],
      ['40 cold storage warehouse', 'cold storage warehouse', 'exactly'],
    ]);
    // One of a thing is no count, nor a time span: bare numbers, without a unit.
    expect(counts('Build 1 smart greenhouse over 3 year.')).toEqual([
      ['1', '', 'exactly'],
      ['over 3', '', 'more-than'],
    ]);
    expect(
      counts('Cultivate 30 "chosen partner" firms and more than 8 labs, or 12 or more hubs.'),
    ).toEqual([
      ['30 "chosen partner" firms', 'chosen partner firms', 'exactly'],
      ['more than 8 labs', 'labs', 'more-than'],
      ['12 or more hubs', 'hubs', 'at-least'],
    ]);
  });

  it('reads no count in a number naming how many the text lists, a makeup or a quoted key', () => {
    const counts = (text: string) => readQuantities(text).map((q) => text.slice(q.start, q.end));
    // A list of names follows: after a colon, or after a comma up to the clause's end.
    expect(counts('Grow three core sectors: logistics, tourism and fishing.')).toEqual([]);
    expect(
      counts('Strengthen two anchor sectors, shipbuilding and marine equipment; add 30 firms.'),
    ).toEqual(['30 firms']);
    expect(counts('Foster four new sectors, covering drones, robotics and bio-farming.')).toEqual(
      [],
    );
    // A comma, then a clause or more counts: the count stands.
    expect(counts('We will build 3 hubs, and add 500 berths.')).toEqual(['3 hubs', '500 berths']);
    expect(counts('Add 50 firms, 10 parks and 3 bases.')).toEqual([
      '50 firms',
      '10 parks',
      '3 bases',
    ]);
    expect(counts('Build 6 depots, which will serve the region and the coast.')).toEqual([
      '6 depots',
    ]);
    // What a system is made of.
    expect(counts('A system made up of two leading clusters and five growth sectors.')).toEqual([]);
    // A short quoted key ("two belts, five hubs") is a slogan.
    expect(counts('Shape the "one core, two belts, five hubs" layout and 12 depots.')).toEqual([
      '12 depots',
    ]);
    expect(counts('Pursue the “one park, one policy” approach.')).toEqual([]);
  });

  it('marks bracketed amounts with their label year', () => {
    const qs = readQuantities('about 35% (2020: 35.4%) and 20 billion yuan ($3.1 billion)');
    expect(qs.map((q) => q.bracket)).toEqual([
      undefined,
      { text: '2020: 35.4%', label: '2020' },
      undefined,
      { text: '$3.1 billion' },
    ]);
  });
});
