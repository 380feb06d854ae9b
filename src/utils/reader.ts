/** The Plan reader's pages and the paths of its blocks and sections, built once (memo.ts). */
import { getSections, type SectionEntry } from './data.ts';
import { titleText } from './inlines.ts';
import { readerPages, type Reader } from './reader-pages.ts';
import { memoise } from './memo.ts';
import { blockPathAt } from './url.ts';

export interface ReaderLinks {
  /** Site path of a block ("plan/#b1", "plan/<part>/#b1"), or of a section given its id. */
  blockPath(id: string): string;
  /** Site path of a section: its own page, or its heading on the page that holds it. */
  sectionPath(sectionId: string): string;
}

/** The reader's pages in reading order, and where each block and section lives. */
export const getReader: () => Promise<Reader<SectionEntry>> = memoise(async () =>
  readerPages(await getSections()),
);

/**
 * Where to link a block or a section. An unknown id links to /plan/, where it has no anchor:
 * the integrity check reports it (as it did before the reader had pages).
 */
export const readerLinks = memoise(async (): Promise<ReaderLinks> => {
  const { blockPaths, sectionPaths } = await getReader();
  return {
    blockPath: (id) => blockPaths.get(id) ?? sectionPaths.get(id) ?? blockPathAt('plan/', id),
    sectionPath: (id) => sectionPaths.get(id) ?? blockPathAt('plan/', id),
  };
});

export interface SectionLabel {
  /** The title as corrected. */
  title: string;
  /** Number and corrected title: "IV Spatial layout". */
  text: string;
  /** Number and the translation's wording, when a correction changed the title. */
  original?: string;
}

/** How headings, contents and links name a section; corrections read as corrected. */
export function sectionLabel(section: SectionEntry): SectionLabel {
  const { text, original } = titleText(section.data.title, section.data.titleInlines);
  const numbered = (title: string) => [section.data.number, title].filter(Boolean).join(' ');
  return {
    title: text,
    text: numbered(text),
    ...(original === undefined ? {} : { original: numbered(original) }),
  };
}
