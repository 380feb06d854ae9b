/**
 * Headless Chromium from the system (Debian's /usr/bin/chromium, or $CHROMIUM_PATH), driven by
 * playwright-core. The network here is closed, so every background service is switched off.
 */
import { chromium, type Browser } from 'playwright-core';
import { settings } from '../../../src/settings.ts';

/** Where the browser binary is. */
export const CHROMIUM_PATH = settings().chromium;

/** Flags that keep Chromium quiet and offline (playwright adds --headless itself). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium. playwright-core gives every launch a fresh --user-data-dir in the system
 * temp dir and removes it on close, so no profile state leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}
