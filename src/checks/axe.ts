/**
 * axe-core in a real browser page: inject it, run the WCAG 2.2 AA and best-practice rules,
 * and print violations so a failing test says which page, rule and element.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

let source: Promise<string> | undefined;

/** The axe-core script, read once from the installed package. */
function axeSource(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  source ??= readFile(path, 'utf8');
  return source;
}

/** Runs axe on the page as it is now; returns the violations (empty when the page passes). */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(await axeSource());
  return page.evaluate(async (values) => {
    // The browser side: `axe` is the global the injected script defined.
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html,
        summary: n.failureSummary ?? '',
      })),
    }));
  }, tags);
}

/** Violations as readable text: page, rule, impact, and each element with why it fails. */
export function formatViolations(page: string, violations: AxeViolation[]): string {
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`${page}: ${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`    at ${node.target}  ${node.html.slice(0, 160)}`);
      const why = node.summary.split('\n').slice(1, 3).join(' ').trim();
      if (why) lines.push(`       ${why.slice(0, 200)}`);
    }
    if (v.nodes.length > 5) lines.push(`    ... and ${v.nodes.length - 5} more elements`);
  }
  return lines.join('\n');
}
