/**
 * What a search result shows, from Pagefind's result data: the page (or, for the Plan text,
 * its best paragraph) with title, kind, its plan (when the index holds several) and excerpt,
 * and up to three sub-results (plan blocks and sections) that link to their anchors. Pure, so
 * the choice is unit-tested.
 */
import { KIND_LABELS } from './meta.ts';

/** A sub-result as `result.data()` returns it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** The fields of `result.data()` the UI reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** One link of a result: title, where it goes, the excerpt as Pagefind's marked HTML. */
export interface ResultLink {
  title: string;
  href: string;
  excerpt: string;
}

/** A result as the UI renders it. */
export interface ResultView extends ResultLink {
  kind?: string;
  /** The plan it comes from (its short title), shown when the index holds several plans. */
  plan?: string;
  subs: ResultLink[];
}

/** Sub-results shown under one result, at most. */
export const MAX_SUBS = 3;

/**
 * A link target that cannot run script: relative URLs and http(s) only; anything with another
 * scheme (javascript:, data:) becomes undefined. The index is ours, but it is input all the same.
 */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * The sub-results worth showing, as Pagefind's own UI picks them: not the part before the first
 * heading (it is the page itself), and of the rest the `max` with most matches, in page order.
 */
export function displaySubResults(data: PagefindData, max = MAX_SUBS): PagefindSubResult[] {
  const subs = data.sub_results ?? [];
  const pageUrl = data.meta.url || data.url;
  const rest = subs[0]?.url === pageUrl ? subs.slice(1) : subs;
  if (rest.length <= max) return rest;
  const best = new Set(
    [...rest].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, max),
  );
  return rest.filter((s) => best.has(s));
}

/** A sub-result as a link; undefined when its URL is not safe. */
function toLink(sub: PagefindSubResult): ResultLink | undefined {
  const href = safeHref(sub.url);
  return href === undefined ? undefined : { title: sub.title, href, excerpt: sub.excerpt };
}

/**
 * The view of one result. A hit in the Plan text leads with its best paragraph, since the
 * /plan/ page is long and its top is rarely what the reader wants. `withPlan`: the index holds
 * more than one plan, so the result says which it comes from.
 */
export function resultView(data: PagefindData, withPlan = false): ResultView | undefined {
  const kind = data.meta.kind?.trim() || undefined;
  const plan = (withPlan && data.meta.plan?.trim()) || undefined;
  const subs = displaySubResults(data)
    .map(toLink)
    .filter((s) => s !== undefined);
  if (kind === KIND_LABELS.plan && subs.length > 0) {
    const [top, ...rest] = subs;
    return { ...top, kind, ...(plan ? { plan } : {}), subs: rest };
  }
  const href = safeHref(data.meta.url || data.url);
  if (href === undefined) return undefined;
  const title = data.meta.title?.trim() || href;
  return { title, href, excerpt: data.excerpt, kind, ...(plan ? { plan } : {}), subs };
}

/** The announcement for a finished search: "3 results for “lidar”". */
export function summaryText(count: number, term: string): string {
  const what = count === 1 ? '1 result' : `${count === 0 ? 'No' : count} results`;
  return term ? `${what} for “${term}”` : what;
}
