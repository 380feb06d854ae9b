/** HTML parsed into a hast tree, for tests that query built pages with hast-util-select. */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);

/** Parses HTML into a hast tree (no positions needed, so errors in markup never throw). */
export function parseHtml(html: string): Root {
  return parser.parse(html);
}
