/**
 * BENCHMARKS.json: the results with each page weight as one row
 * `[path, type, html raw, html gzip, css raw, css gzip, js raw, js gzip]`, so the file of a
 * 6,000-page corpus stays well under a megabyte; read back into the same results.
 */
import type { CorpusResult } from './corpus.ts';
import type { BenchResults } from './report.ts';
import type { PageWeight } from './weights.ts';

type WeightRow = [string, string, number, number, number, number, number, number];

/** One page weight as a row. */
function toRow(w: PageWeight): WeightRow {
  return [w.path, w.type, w.html.raw, w.html.gzip, w.css.raw, w.css.gzip, w.js.raw, w.js.gzip];
}

/** A row, or a weight written as an object by an older run, as a page weight. */
function fromRow(row: WeightRow | PageWeight): PageWeight {
  if (!Array.isArray(row)) return row;
  const [path, type, htmlRaw, htmlGzip, cssRaw, cssGzip, jsRaw, jsGzip] = row;
  return {
    path,
    type,
    html: { raw: htmlRaw, gzip: htmlGzip },
    css: { raw: cssRaw, gzip: cssGzip },
    js: { raw: jsRaw, gzip: jsGzip },
  };
}

/** The results as the text of BENCHMARKS.json. */
export function resultsJson(results: BenchResults): string {
  const corpora = results.corpora.map((c) =>
    c.weights ? { ...c, weights: c.weights.map(toRow) } : c,
  );
  return `${JSON.stringify({ ...results, corpora })}\n`;
}

/** BENCHMARKS.json's text as results. */
export function parseResults(text: string): BenchResults {
  const json = JSON.parse(text) as BenchResults;
  const corpora = json.corpora.map((c) => {
    const weights = (c as { weights?: (WeightRow | PageWeight)[] }).weights;
    return weights ? ({ ...c, weights: weights.map(fromRow) } as CorpusResult) : c;
  });
  return { ...json, corpora };
}
