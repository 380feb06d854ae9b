/**
 * The search state kept in the /search/ page URL: `?q=term&kind=Industry&tier=Core&plan=…`, and
 * in an atlas `all=1` or `all=0` when the reader chose other than the default scope (scope.ts).
 */
import { ALL_PARAM, QUERY_PARAM } from './params.ts';

/** Selected values per Pagefind filter key. */
export type Filters = Record<string, string[]>;

/** The filter keys the index carries (see meta.ts), in URL order; other parameters are ignored. */
export const FILTER_KEYS = ['kind', 'tier', 'industry', 'plan', 'level', 'region'] as const;

/** Reads the term and the known filters from a query string ("?q=lidar&kind=Goal"). */
export function readSearchState(search: string): {
  term: string;
  filters: Filters;
  all?: boolean;
} {
  const params = new URLSearchParams(search);
  const term = (params.get(QUERY_PARAM) ?? '').trim();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  const all = params.get(ALL_PARAM);
  return { term, filters, ...(all === '1' || all === '0' ? { all: all === '1' } : {}) };
}

/** Writes the term, filters and scope choice as a query string in a stable order, "" when there
 *  is nothing. */
export function writeSearchState(term: string, filters: Filters, all?: boolean): string {
  const params = new URLSearchParams();
  if (term.trim() !== '') params.set(QUERY_PARAM, term.trim());
  for (const key of FILTER_KEYS) {
    for (const value of [...new Set(filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (all !== undefined) params.set(ALL_PARAM, all ? '1' : '0');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The filters as Pagefind takes them: within a key any selected value matches. */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(filters[key] ?? [])].sort();
    if (values.length > 0) out[key] = { any: values };
  }
  return out;
}
