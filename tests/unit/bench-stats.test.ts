import { describe, expect, it } from 'vitest';
import { pageType } from '../../src/bench/weights.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBudgets } from '../../src/bench/budgets.ts';
import { parseResults, resultsJson } from '../../src/bench/results-json.ts';
import type { CorpusResult } from '../../src/bench/corpus.ts';
import { formatBytes, formatMs, median } from '../../src/bench/stats.ts';
import { timeFigures } from '../../src/bench/exec.ts';
import { descendants, sampleTree } from '../../src/bench/tree-memory.ts';
import { summariseWeights } from '../../src/bench/weight-summary.ts';
import type { PageWeight } from '../../src/bench/weights.ts';

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

describe('bench atlas page types and summaries', () => {
  it('names a plan page of an atlas by its type under plans/*', () => {
    expect(
      ['plans/a/', 'plans/a/industries/x/', 'plans/a/plan/part/', 'plans/a/goals/2/', ''].map(
        pageType,
      ),
    ).toEqual([
      'plans/*: home',
      'plans/*: industry',
      'plans/*: plan part',
      'plans/*: goals',
      'home',
    ]);
  });

  it('sums weights up per type: count, heaviest, median, pages over 20 KB', () => {
    const page = (path: string, html: number, js = 100): PageWeight => ({
      path,
      type: pageType(path),
      html: { raw: html * 4, gzip: html },
      css: { raw: 4000, gzip: 1000 },
      js: { raw: js * 3, gzip: js },
    });
    const types = summariseWeights([
      page('plans/a/industries/x/', 5000),
      page('plans/b/industries/y/', 20000, 900),
      page('plans/b/industries/z/', 3000),
      page('industries/x/', 4000),
    ]);
    expect(
      types.map((t) => [t.type, t.pages, t.heaviest.path, t.heaviestJs.path, t.medianDoc, t.over]),
    ).toEqual([
      ['industry', 1, 'industries/x/', 'industries/x/', 5000, 0],
      ['plans/*: industry', 3, 'plans/b/industries/y/', 'plans/b/industries/y/', 6000, 1],
    ]);
  });
});

describe('bench process figures', () => {
  it('reads peak memory and CPU time from GNU time -v', () => {
    const report = [
      '\tUser time (seconds): 12.50',
      '\tSystem time (seconds): 1.25',
      '\tMaximum resident set size (kbytes): 2048',
    ].join('\n');
    expect(timeFigures(report)).toEqual({ peakRssBytes: 2048 * 1024, cpuMs: 13750 });
    expect(timeFigures('')).toEqual({});
  });

  it('finds a process and all its descendants, not its siblings', () => {
    // pid → ppid: 1 ← 10 ← 11 ← 12, 10 ← 13; 20 is a sibling of 10.
    const tree = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendants(10, tree).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect(descendants(20, tree)).toEqual([20]);
  });

  it('samples the summed resident set of a live tree', async () => {
    const sampler = sampleTree(process.pid, 10);
    await new Promise((done) => setTimeout(done, 30));
    const peak = sampler.stop();
    expect(peak).toBeGreaterThan(process.memoryUsage().rss / 2);
  });
});
