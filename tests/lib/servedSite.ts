/**
 * A built site served over HTTP with a headless Chromium to visit it, started before a test file's
 * tests and stopped after them: the set-up every browser test file shares.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireChromium } from '../../scripts/lib/testkit/browser.ts';
import { type StaticSite, serveStatic } from '../../scripts/lib/testkit/server.ts';
import { distDir } from './html.ts';

export interface ServedSite {
  /** Starts both (once); a file's own `before` that uses them awaits this first. */
  start(): Promise<void>;
  /** Chromium, once the file's `before` hooks have run. */
  readonly browser: Browser;
  /** The site being served, once the file's `before` hooks have run. */
  readonly site: StaticSite;
}

/**
 * Registers the hooks that start and stop them; call once at the top of a test file, or of a
 * `describe` (its hooks are then that suite's). `root` may be a function, for a site a `before`
 * hook builds: it is read when the site starts.
 */
export function servedSite(root: string | (() => string) = distDir, base?: string): ServedSite {
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  let starting: Promise<void> | undefined;
  const start = () => {
    starting ??= (async () => {
      requireChromium();
      site = await serveStatic(typeof root === 'function' ? root() : root, base);
      browser = await launchBrowser();
    })();
    return starting;
  };
  before(start);
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before the test file's before hook ran`);
    return value;
  };
  return {
    start,
    get browser() {
      return started(browser, 'the browser');
    },
    get site() {
      return started(site, 'the served site');
    },
  };
}
