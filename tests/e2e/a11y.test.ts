/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) on every built page, in light and
 * dark colour schemes, in headless Chromium. One browser; one context per scheme.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatViolations, runAxe } from '../../src/checks/axe.ts';
import { launchChromium } from './harness/browser.ts';
import { E2E } from './harness/config.ts';
import { builtPages } from './harness/pages.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';

const pages = builtPages();
const schemes = ['light', 'dark'] as const;
let server: StaticServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(E2E.dist, E2E.base), launchChromium()]);
  for (const colorScheme of schemes) {
    contexts.set(colorScheme, await browser.newContext({ colorScheme, reducedMotion: 'reduce' }));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const scheme of schemes) {
  describe.concurrent(`axe, ${scheme} scheme`, () => {
    test.each(pages)('$path', async ({ path }) => {
      const page = await contexts.get(scheme)!.newPage();
      try {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        const violations = await runAxe(page);
        expect(formatViolations(`${path} (${scheme})`, violations)).toBe('');
      } finally {
        await page.close();
      }
    });
  });
}
