import { describe, expect, it } from 'vitest';
import { pageType } from '../../src/bench/weights.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBudgets } from '../../src/bench/budgets.ts';
import { parseResults, resultsJson } from '../../src/bench/results-json.ts';
import type { CorpusResult } from '../../src/bench/corpus.ts';
import { formatBytes, formatMs, median } from '../../src/bench/stats.ts';

describe('bench stats', () => {
  it('takes the median of odd and even counts, NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('formats bytes in binary units, as the budgets count them', () => {
    expect(formatBytes(1000)).toBe('1000 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024)).toBe('20.0 KB');
    expect(formatBytes(2.01 * 1024 ** 3)).toBe('2.01 GiB');
    expect(formatBytes(undefined)).toBe('n/a');
  });

  it('formats times in ms below a second, else in s', () => {
    expect(formatMs(12.345)).toBe('12.3 ms');
    expect(formatMs(12345)).toBe('12.35 s');
  });
});

describe('bench budgets', () => {
  const text = readFileSync(resolve(import.meta.dirname, '../../BENCHMARKS.json'), 'utf8');
  const results = parseResults(text);
  const verdictOf = (corpora: CorpusResult[], budget: string) =>
    checkBudgets(corpora).find((c) => c.budget === budget && c.corpus === 'synth-100x')?.verdict;

  it('keeps BENCHMARKS.json compact (a row per page) and reads it back unchanged', () => {
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(resultsJson(results)).toBe(text);
    const page = results.corpora[0]!.weights![0]!;
    expect(Object.keys(page)).toEqual(['path', 'type', 'html', 'css', 'js']);
    expect(typeof page.html.gzip).toBe('number');
  });

  it('gives back the committed verdicts from the committed measurements', () => {
    expect(checkBudgets(results.corpora)).toEqual(results.budgets);
  });

  it('fails the per-page budget above 15 ms and passes it at 15 ms', () => {
    const at = (ms: number) =>
      results.corpora.map((c) =>
        c.id === 'synth-100x'
          ? { ...c, variants: { ...c.variants, full: { ...c.variants.full!, msPerPage: ms } } }
          : c,
      );
    expect(verdictOf(at(15.01), 'full build ≤ 15 ms per page at 100x')).toBe('FAIL');
    expect(verdictOf(at(15), 'full build ≤ 15 ms per page at 100x')).toBe('PASS');
  });

  it('fails the generate budget above 1.5 times the figure before issue 11', () => {
    const budget = 'generate at 100x ≤ 1.5 × before issue 11 (4.41 s)';
    const at = (ms: number) =>
      results.corpora.map((c) =>
        c.id === 'synth-100x'
          ? {
              ...c,
              variants: { ...c.variants, generate: { ...c.variants.generate!, medianMs: ms } },
            }
          : c,
      );
    expect(verdictOf(at(6615), budget)).toBe('PASS');
    expect(verdictOf(at(6616), budget)).toBe('FAIL');
  });
});

describe('bench page types', () => {
  it('names a page by its first path segment, later list pages as the list', () => {
    expect(
      ['/', '/404.html', '/plan/', '/plan/general-thinking/', '/industries/', '/industries/2/'].map(
        pageType,
      ),
    ).toEqual(['home', '404', 'plan', 'plan part', 'industries', 'industries']);
    expect(['/industries/ai/', '/places/lin-gang/', '/goals/x-2025/'].map(pageType)).toEqual([
      'industry',
      'place',
      'goal',
    ]);
  });
});
