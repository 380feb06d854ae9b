import { describe, expect, it } from 'vitest';
import { buildMatcher, findAlias, scan } from '../../src/pipeline/extract/match.ts';
import {
  clauses,
  normaliseName,
  sentences,
  slug,
  uniqueId,
} from '../../src/pipeline/extract/text.ts';
import { makeEditorial } from './extract-helpers.ts';

describe('sentences and clauses', () => {
  it('split at sentence ends, also before a lowercase word, keeping offsets', () => {
    const text = 'One thing. as well as two. Three, e.g. four? Five';
    expect(sentences(text)).toEqual([
      { start: 0, end: 10, text: 'One thing.' },
      { start: 11, end: 26, text: 'as well as two.' },
      { start: 27, end: 44, text: 'Three, e.g. four?' },
      { start: 45, end: 49, text: 'Five' },
    ]);
  });

  it('do not split decimals or thousands', () => {
    expect(sentences('Up 3.5% to 26,000 firms.').map((s) => s.text)).toEqual([
      'Up 3.5% to 26,000 firms.',
    ]);
    const [first, second] = sentences('Skip. A rose 26,000 units, b fell; c stayed');
    expect(first.text).toBe('Skip.');
    expect(clauses(second)).toEqual([
      { start: 6, end: 25, text: 'A rose 26,000 units' },
      { start: 27, end: 33, text: 'b fell' },
      { start: 35, end: 43, text: 'c stayed' },
    ]);
  });
});

describe('slugs and names', () => {
  it('make readable slugs, dropping stopwords when asked', () => {
    expect(slug('The scale of the industry has reached a new level', 5)).toBe(
      'scale-industry-reached-new-level',
    );
    expect(slug('12-inch large silicon wafer production lines')).toBe(
      '12-inch-large-silicon-wafer-production-lines',
    );
    expect(slug('9+X')).toBe('9-plus-x');
  });

  it('make ids unique with a counter', () => {
    const taken = new Set(['a']);
    expect([uniqueId('a', taken), uniqueId('a', taken), uniqueId('b', taken)]).toEqual([
      'a-2',
      'a-3',
      'b',
    ]);
  });

  it('normalise a title for comparison with a name', () => {
    expect(normaliseName('The Integrated-circuit industry.')).toBe('integrated circuit');
    expect(normaliseName('  New   energy vehicle ')).toBe('new energy vehicle');
  });
});

describe('findAlias', () => {
  const texts = (text: string, alias: string) => findAlias(text, alias).map((m) => m.text);

  it('matches case-insensitively on word boundaries, a hyphen standing for a space', () => {
    expect(
      texts('Brain like Intelligence, brain-like intelligences', 'brain-like intelligence'),
    ).toEqual(['Brain like Intelligence']);
    expect(texts('said AI-driven, SAID, ÄI, AIé', 'AI')).toEqual(['AI']);
    expect(texts('IPv6+ and 9+X. 19+X, 9+Xs', 'IPv6+')).toEqual(['IPv6+']);
    expect(texts('9+X. 19+X, 9+Xs, (9+x)', '9+X')).toEqual(['9+X', '9+x']);
    expect(texts("Jing’an and Jing'an", "Jing'an")).toEqual(['Jing’an', "Jing'an"]);
  });

  it('gives offsets, including overlapping occurrences', () => {
    expect(findAlias('a b a b a', 'a b a')).toEqual([
      { start: 0, end: 5, text: 'a b a' },
      { start: 4, end: 9, text: 'a b a' },
    ]);
    expect(findAlias('x (RFID) y', '(RFID)')).toEqual([{ start: 2, end: 8, text: '(RFID)' }]);
  });
});

describe('scan', () => {
  const matcher = buildMatcher(makeEditorial());
  const brief = (hits: { kind: string; id: string; text: string; viaCorrection?: string }[]) =>
    hits.map((h) => `${h.kind}:${h.id}:${h.text}${h.viaCorrection ? `<${h.viaCorrection}` : ''}`);

  it('takes the longest name first', () => {
    const result = scan(
      'Build an artificial intelligence island for artificial intelligence.',
      matcher,
    );
    expect(brief(result.runs)).toEqual([
      'place:ai-island:artificial intelligence island',
      'industry:ai:artificial intelligence',
    ]);
    expect(brief(result.mentions)).toEqual(brief(result.runs));
  });

  it('lets a correction win, and still records the names under and inside it', () => {
    const result = scan('In the new area near Hong Kong, build integrated circuits.', matcher);
    expect(brief(result.corrections)).toEqual(['correction:hong-kong:the new area near Hong Kong']);
    expect(brief(result.runs)).toEqual(['industry:chips:integrated circuits']);
    expect(brief(result.mentions)).toEqual([
      'place:lin-gang:the new area near Hong Kong',
      'industry:chips:integrated circuits',
    ]);
  });

  it('records a place named only in the corrected wording, marked as such', () => {
    const editorial = makeEditorial({
      corrections: [
        { id: 'port', find: 'port industry', replace: 'Lingang industry', status: 'likely' },
      ],
    });
    const result = scan('The growth pole of port industry.', buildMatcher(editorial));
    expect(brief(result.mentions)).toEqual(['place:lin-gang:Lingang<port']);
    expect(result.mentions[0]).toMatchObject({ start: 19, end: 32 });
  });

  it('finds names that share a first word, each only where all its words are', () => {
    const editorial = makeEditorial({
      industries: [
        { id: 'smart-grid', name: 'Smart grid', aliases: ['smart grid'] },
        { id: 'smart-port', name: 'Smart port', aliases: ["smart port-city's hub"] },
        { id: 'smart', name: 'Smart', aliases: ['smart'] },
      ],
    });
    const m = buildMatcher(editorial);
    expect(brief(scan('Smart-grid and smart port city’s hub.', m).runs)).toEqual([
      'industry:smart-grid:Smart-grid',
      'industry:smart-port:smart port city’s hub',
    ]);
    expect(brief(scan('A smart gridlock; a grid that is smart.', m).runs)).toEqual([
      'industry:smart:smart',
      'industry:smart:smart',
    ]);
  });

  it('records both kinds when the same words name an industry and a term', () => {
    const result = scan('Lead in 6G.', matcher);
    expect(brief(result.runs)).toEqual(['industry:6g:6G']);
    expect(brief(result.mentions)).toEqual(['industry:6g:6G', 'term:6g:6G']);
  });
});
