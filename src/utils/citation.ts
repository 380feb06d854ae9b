/** Text of a paragraph citation, shared by the copy button and tests. */
export interface CitationParts {
  planTitle: string;
  section: string;
  blockId: string;
  url: string;
}

/** "Plan title", "Section", ¶ block-id. URL — one line a reader can paste anywhere. */
export function formatCitation({ planTitle, section, blockId, url }: CitationParts): string {
  const sectionPart = section ? `, “${section}”` : '';
  return `${planTitle}${sectionPart}, ¶ ${blockId}. ${url}`;
}
