/**
 * Page basics every built page must have: one h1, a title, a description, a canonical URL and
 * a language. Works on the parsed HTML, so it runs without a browser.
 */
import type { Element, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';

export interface HeadProblem {
  page: string;
  rule: 'h1' | 'title' | 'description' | 'canonical' | 'lang';
  message: string;
}

export interface HeadCheckOptions {
  /** URL path the page is served at, e.g. "/shanghai-plan/industries/". */
  page: string;
  /** Origin the site is deployed at: when given, the canonical URL must be site + page. */
  site?: string;
}

/** Checks the head and heading basics of one parsed page. */
export function checkHead(tree: Root, options: HeadCheckOptions): HeadProblem[] {
  const { page } = options;
  const problems: HeadProblem[] = [];
  const fail = (rule: HeadProblem['rule'], message: string) =>
    problems.push({ page, rule, message });

  const lang = select('html', tree)?.properties.lang;
  if (typeof lang !== 'string' || lang.trim() === '') fail('lang', '<html> has no lang');

  const titles = selectAll('head title', tree);
  if (titles.length !== 1) fail('title', `${titles.length} <title> elements, expected 1`);
  else if (textOf(titles[0]).trim() === '') fail('title', '<title> is empty');

  const descriptions = selectAll('head meta[name="description"]', tree);
  if (descriptions.length !== 1) {
    fail('description', `${descriptions.length} meta descriptions, expected 1`);
  } else if (String(descriptions[0].properties.content ?? '').trim() === '') {
    fail('description', 'meta description is empty');
  }

  const canonicals = selectAll('head link[rel~="canonical"]', tree);
  if (canonicals.length !== 1) {
    fail('canonical', `${canonicals.length} canonical links, expected 1`);
  } else {
    const href = String(canonicals[0].properties.href ?? '');
    const expected = options.site ? new URL(page, options.site).href : undefined;
    if (!/^https?:\/\//.test(href)) fail('canonical', `canonical URL "${href}" is not absolute`);
    else if (expected && href !== expected) {
      fail('canonical', `canonical URL is "${href}", expected "${expected}"`);
    }
  }

  const h1s = selectAll('h1', tree);
  if (h1s.length !== 1) fail('h1', `${h1s.length} <h1> elements, expected 1`);
  else if (textOf(h1s[0]).trim() === '') fail('h1', '<h1> has no text');
  return problems;
}

/** One line per problem, for test output. */
export function formatHeadProblems(problems: HeadProblem[]): string {
  return problems.map((p) => `${p.rule}: ${p.page}: ${p.message}`).join('\n');
}

/** The text content of an element (what a screen reader would announce, roughly). */
function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const alt = node.tagName === 'img' ? String(node.properties.alt ?? '') : '';
  return alt + node.children.map(textOf).join('');
}
