/** YAML frontmatter for generated MDX, written by the YAML library (never by hand). */
import { stringify } from 'yaml';

/** Stable output: no line folding, no anchors/aliases, keys in the caller's order. */
const OPTIONS = {
  lineWidth: 0,
  aliasDuplicateObjects: false,
  sortMapEntries: false,
  indent: 2,
} as const;

/** YAML text for `data` (undefined fields omitted). */
export function yamlText(data: Record<string, unknown>): string {
  return stringify(data, OPTIONS);
}

/** A whole MDX file: `---` frontmatter `---`, then the body (may be empty). */
export function withFrontmatter(data: Record<string, unknown>, body: string): string {
  const head = `---\n${yamlText(data)}---\n`;
  return body ? `${head}\n${body}` : head;
}
