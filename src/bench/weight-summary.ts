/**
 * Page weights summed up per page type: count, heaviest page (HTML + CSS gzip), heaviest JS,
 * median and pages over the content budget. The budgets and the report read these, so an atlas
 * of 30,000 pages can keep its summary in BENCHMARKS.json instead of a row per page.
 */
import type { CorpusResult } from './corpus.ts';
import { median } from './stats.ts';
import type { PageWeight } from './weights.ts';

const KB = 1024;
/** Pages a reader reads; the search page loads search code by design, 404 is not content. */
export const NON_CONTENT = new Set(['search', '404', 'plans/*: search', 'plans/*: 404']);
/** The content budget: HTML + CSS gzip of one page. */
export const CONTENT_BUDGET_BYTES = 20 * KB;

export interface TypeWeight {
  type: string;
  pages: number;
  /** The page with the most HTML + CSS gzip. */
  heaviest: PageWeight;
  /** The page with the most JS gzip. */
  heaviestJs: PageWeight;
  /** Median HTML + CSS gzip. */
  medianDoc: number;
  /** Pages over CONTENT_BUDGET_BYTES. */
  over: number;
}

/** HTML + CSS gzip: what the content budget counts. */
export const docBytes = (p: PageWeight) => p.html.gzip + p.css.gzip;

/** One summary per page type, sorted by type. */
export function summariseWeights(pages: readonly PageWeight[]): TypeWeight[] {
  const byType = new Map<string, PageWeight[]>();
  for (const p of pages) {
    const list = byType.get(p.type);
    if (list) list.push(p);
    else byType.set(p.type, [p]);
  }
  return [...byType.keys()].sort().map((type) => {
    const of = byType.get(type)!;
    const max = (f: (p: PageWeight) => number) => of.reduce((a, b) => (f(b) > f(a) ? b : a));
    return {
      type,
      pages: of.length,
      heaviest: max(docBytes),
      heaviestJs: max((p) => p.js.gzip),
      medianDoc: median(of.map(docBytes)),
      over: of.filter((p) => docBytes(p) > CONTENT_BUDGET_BYTES).length,
    };
  });
}

/** A corpus's summaries: stored ones (an atlas), else made from its page rows. */
export function weightTypes(c: CorpusResult): TypeWeight[] | undefined {
  return c.weightTypes ?? (c.weights ? summariseWeights(c.weights) : undefined);
}
