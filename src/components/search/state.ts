/** The search state kept in the /search/ page URL: `?q=term&kind=Industry&tier=Core&plan=…`. */
import { QUERY_PARAM } from './params.ts';

/** Selected values per Pagefind filter key. */
export type Filters = Record<string, string[]>;

/** The filter keys the index carries (see meta.ts), in URL order; other parameters are ignored. */
export const FILTER_KEYS = ['kind', 'tier', 'industry', 'plan', 'level', 'region'] as const;

/** Reads the term and the known filters from a query string ("?q=lidar&kind=Goal"). */
export function readSearchState(search: string): { term: string; filters: Filters } {
  const params = new URLSearchParams(search);
  const term = (params.get(QUERY_PARAM) ?? '').trim();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length > 0) filters[key] = values;
  }
  return { term, filters };
}

/** Writes the term and filters as a query string in a stable order, "" when there is nothing. */
export function writeSearchState(term: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (term.trim() !== '') params.set(QUERY_PARAM, term.trim());
  for (const key of FILTER_KEYS) {
    for (const value of [...new Set(filters[key] ?? [])].sort()) params.append(key, value);
  }
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
