/**
 * Records what goes wrong while a page loads: console errors, uncaught exceptions, failed
 * requests and responses with an error status.
 */
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

export interface PageWatch {
  /** Everything recorded so far, one readable line each. */
  problems: string[];
  /** Stops listening. */
  stop(): void;
}

/** Starts recording on `page`; call before navigating. */
export function watchPage(page: Page): PageWatch {
  const problems: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (${msg.location().url})` : '';
      problems.push(`console error: ${msg.text()}${where}`);
    }
  };
  const onPageError = (error: Error) => problems.push(`uncaught exception: ${error.message}`);
  const onRequestFailed = (request: Request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return {
    problems,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    },
  };
}
