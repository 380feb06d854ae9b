/**
 * What one page of a Plan read part by part shows, decided here so the page only renders it
 * (plan/[...part]).
 */
import { getPlan, getSections, type SectionEntry } from '../data.ts';
import { translationHint } from '../inlines.ts';
import type { ReaderPage } from '../reader-pages.ts';
import { getReader, readerLinks, sectionLabel } from '../reader.ts';

type Page = ReaderPage<SectionEntry>;

/** Static paths: a page per part only when the plan is too large for one page. */
export async function partPaths() {
  const { split, pages } = await getReader();
  if (!split) return [];
  return pages.map((page, i) => ({
    params: { part: page.path.slice('plan/'.length, -1) },
    props: { page, prev: pages[i - 1], next: pages[i + 1] },
  }));
}

/** A page's name: "IV Spatial layout", "3 Key tasks (2 of 3)" for a further page of a section. */
export function partName(page: Page): string {
  const of = page.sequence ? ` (${page.sequence.index} of ${page.sequence.of})` : '';
  return sectionLabel(page.section!).text + of;
}

/**
 * Breadcrumbs: the Plan, the part that holds the section, the section; a further page of a
 * long section ends in "Page 2".
 */
export function partCrumbs(
  page: Page,
  parent: SectionEntry | undefined,
  sectionPath: (id: string) => string,
): { label: string; path?: string }[] {
  const section = page.section!;
  const label = sectionLabel(section).text;
  return [
    { label: 'The Plan', path: 'plan/' },
    ...(parent ? [{ label: sectionLabel(parent).text, path: sectionPath(parent.id) }] : []),
    ...(page.sequence && page.sequence.index > 1
      ? [{ label, path: sectionPath(section.id) }, { label: `Page ${page.sequence.index}` }]
      : [{ label }]),
  ];
}

/** Contents: the subsections the page shows after its own text, as corrected (original kept). */
export function partToc(page: Page) {
  return page.slices.slice(1).map(({ section: s }) => {
    const { text, original } = sectionLabel(s);
    return { id: s.id, text, original, depth: 1 as const };
  });
}

/** Everything a page of the split Plan shows besides its blocks. */
export async function planPartRoute({
  page,
  prev,
  next,
}: {
  page: Page;
  prev?: Page;
  next?: Page;
}) {
  const section = page.section!;
  const [{ meta }, sections, { sectionPath }] = await Promise.all([
    getPlan(),
    getSections(),
    readerLinks(),
  ]);
  const parent = section.data.parent
    ? sections.find((s) => s.id === section.data.parent)
    : undefined;
  const name = partName(page);
  const [own, ...others] = page.slices;
  return {
    meta,
    section,
    label: sectionLabel(section),
    parent: parent && { id: parent.id, text: sectionLabel(parent).text },
    own: own!,
    others: others.map((slice) => ({ ...slice, title: sectionLabel(slice.section).title })),
    children: page.children.map((child) => {
      const { text, original } = sectionLabel(child);
      return { section: child, text, hint: translationHint(original) };
    }),
    sectionPath,
    // A block's position in its whole section, so its search title does not depend on the page.
    position: (block: Page['slices'][number]['blocks'][number]) =>
      section.data.blocks.indexOf(block) + 1,
    head: {
      title: `${name} — The Plan`,
      crumbs: partCrumbs(page, parent, sectionPath),
      toc: partToc(page),
      description: `${name}: part of the full text of ${meta.titleEn}, every paragraph with a permanent link.`,
    },
    prev: prev && { label: partName(prev), path: prev.path },
    next: next && { label: partName(next), path: next.path },
  };
}
