/** What each glossary page shows, decided here so the page only renders it (glossary/[...page]). */
import { entries, getBlockIndex, getNames, getPlan } from '../data.ts';
import { getCorrections, getTerms, glossaryPageCount } from '../list-pages.ts';
import { pagedHead, pageItems, pageParams, pageRange, PER_PAGE } from '../paging.ts';
import { readerLinks, type ReaderLinks } from '../reader.ts';
import { pathsIfAny } from '../site-lists.ts';
import { contents } from './entity.ts';

/** Static paths: none for a plan without terms or corrections (nothing links to a glossary). */
export async function glossaryPaths() {
  const [terms, corrections, plan] = await Promise.all([
    entries('terms'),
    entries('corrections'),
    getPlan(),
  ]);
  return pathsIfAny(plan.counts, 'glossary', () =>
    pageParams(glossaryPageCount(terms.length, corrections.length)),
  );
}

/** Block ids in reading order (`position` of each), each once; unknown ids are left out. */
export function inReadingOrder(
  ids: readonly string[],
  position: (id: string) => number | undefined,
): string[] {
  const known = [...new Set(ids)].filter((id) => position(id) !== undefined);
  return known.sort((a, b) => position(a)! - position(b)!);
}

/** Headings, then paragraphs in reading order, that a correction was applied to, as links. */
export function appliedIn(
  correction: { sectionIds: string[]; blockIds: string[] },
  sectionNames: ReadonlyMap<string, string>,
  position: (id: string) => number | undefined,
  links: ReaderLinks,
): { path: string; label: string }[] {
  return [
    ...correction.sectionIds
      .filter((id) => sectionNames.has(id))
      .map((id) => ({ path: links.sectionPath(id), label: `heading “${sectionNames.get(id)}”` })),
    ...inReadingOrder(correction.blockIds, position).map((id) => ({
      path: links.blockPath(id),
      label: `¶ ${id}`,
    })),
  ];
}

/** A section's heading: "Terms 101–150 of 548" on a page of a long glossary, else "Terms". */
export function partOf(label: string, page: number, perPage: number, total: number, count: number) {
  const [first, last] = pageRange(page, perPage, total);
  return count > 1 ? `${label} ${first}–${last} of ${total}` : label;
}

/** Everything page `page` of the glossary shows. */
export async function glossaryRoute(page: number) {
  const [terms, corrections, blocks, names, links] = await Promise.all([
    getTerms(),
    getCorrections(),
    getBlockIndex(),
    getNames(),
    readerLinks(),
  ]);
  const count = glossaryPageCount(terms.length, corrections.length);
  const position = (id: string) => blocks.get(id)?.index;
  const onPage = {
    terms: pageItems(terms, page, PER_PAGE.terms),
    corrections: pageItems(corrections, page, PER_PAGE.corrections),
  };
  // Page 1 always has both sections (an empty one says so); later pages only what continues there.
  const showTerms = page === 1 || onPage.terms.length > 0;
  const showCorrections = page === 1 || onPage.corrections.length > 0;
  return {
    ...links,
    count,
    total: { terms: terms.length, corrections: corrections.length },
    terms: onPage.terms.map((t) => ({ ...t, where: inReadingOrder(t.data.mentions, position) })),
    corrections: onPage.corrections.map((c) => ({
      ...c,
      appliedIn: appliedIn(c.data, names.section, position, links),
    })),
    showTerms,
    showCorrections,
    titles: {
      terms: partOf('Terms', page, PER_PAGE.terms, terms.length, count),
      corrections: partOf('Corrections', page, PER_PAGE.corrections, corrections.length, count),
    },
    toc: contents([
      showTerms && { id: 'terms', text: 'Terms' },
      showCorrections && { id: 'corrections', text: 'Corrections' },
    ]),
    head: pagedHead(
      'Glossary',
      'glossary',
      page,
      count,
      `Terms with their Chinese names, and the machine-translation errors corrected on this site with how sure each correction is.`,
    ),
  };
}
