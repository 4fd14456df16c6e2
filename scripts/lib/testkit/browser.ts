/** Headless Debian Chromium driven by playwright-core, started the way this sandbox allows. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** The browser tests must run, not skip, wherever `npm test` runs: a missing Chromium fails them. */
export function requireChromium(): void {
  if (!hasChromium()) {
    throw new Error(
      `Chromium is required for the browser tests but was not found at ${chromiumPath}. ` +
        'Install it (apt-get install chromium; .ci/run does this) or set CHROMIUM_PATH.',
    );
  }
}

/** The flags this sandbox needs; scripts/lighthouse.ts starts Chromium with them too. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
