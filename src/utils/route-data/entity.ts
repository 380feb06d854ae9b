/**
 * Pieces every entity page (industries/, goals/, places/) builds its data from: its contents
 * list, the labels of the entities it refers to, and its previous and next entries. Pure.
 */
import type { SearchIndustry } from '../../components/search/meta.ts';
import { entityPathAt, type LinkKind } from '../url.ts';

/** One entry of a page's table of contents. */
export interface TocItem {
  id: string;
  text: string;
  depth: 1;
}

/** A page's table of contents from the sections it shows; `false` stands for one it leaves out. */
export function contents(sections: readonly ({ id: string; text: string } | false)[]): TocItem[] {
  return sections.flatMap((s) => (s ? [{ ...s, depth: 1 as const }] : []));
}

/** References as an entity list shows them: each id with its name, or the id when it has none. */
export function named(
  refs: readonly { id: string }[],
  names: ReadonlyMap<string, string>,
): { id: string; label: string }[] {
  return refs.map((r) => ({ id: r.id, label: names.get(r.id) ?? r.id }));
}

/** Entries in the order of `refs` (the model's order); entries no ref names go last. */
export function inRefOrder<E extends { id: string }>(
  entries: readonly E[],
  refs: readonly { id: string }[],
): E[] {
  const at = new Map<string, number>();
  refs.forEach((r, i) => at.has(r.id) || at.set(r.id, i));
  const rank = (e: E) => at.get(e.id) ?? refs.length;
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/** Text with its white space folded, to compare a quotation with the paragraph it comes from. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The previous and next links of an entity page: each neighbour's label and page. */
export function neighbours<E extends { id: string }>(
  kind: LinkKind,
  label: (entry: E) => string,
  prev?: E,
  next?: E,
): { prev?: { label: string; path: string }; next?: { label: string; path: string } } {
  const item = (e: E) => ({ label: label(e), path: entityPathAt(kind, e.id) });
  return { ...(prev && { prev: item(prev) }), ...(next && { next: item(next) }) };
}

/** The props of a cross-reference section (components/CrossRefs.astro). */
export interface CrossRefSection {
  /** The section's id, which the table of contents links to. */
  id: string;
  title: string;
  kind: LinkKind;
  items: { id: string; label: string; zh?: string }[];
  empty?: string;
  /** Entries not listed: how many, and where on the page they are named. */
  more?: { count: number; where: string; href: string };
}

const LISTS = { industry: 'Industries', goal: 'Goals', place: 'Places' } as const;
const PATHS = { industry: 'industries/', goal: 'goals/', place: 'places/' } as const;

/** The head of an entity page: title, breadcrumbs under its list, contents, description. */
export function entityHead(
  kind: keyof typeof LISTS,
  title: string,
  description: string,
  toc: TocItem[],
  searchIndustries: SearchIndustry[],
) {
  return {
    title,
    kind,
    searchIndustries,
    crumbs: [{ label: LISTS[kind], path: PATHS[kind] }, { label: title }],
    toc,
    ogType: 'article' as const,
    description,
  };
}
