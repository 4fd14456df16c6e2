/**
 * Watches what a browser context does while tests drive it: every request (the page's, its
 * workers' and its fetches'), failed responses, console errors, uncaught errors and
 * Content-Security-Policy violations, so a test can assert that nothing went wrong or went elsewhere.
 */
import type { BrowserContext } from 'playwright-core';

export interface Watched {
  requests: { url: string; type: string }[];
  failures: string[];
  errors: string[];
  clear(): void;
}

export async function watch(context: BrowserContext): Promise<Watched> {
  const w: Watched = {
    requests: [],
    failures: [],
    errors: [],
    clear() {
      w.requests.length = 0;
      w.failures.length = 0;
      w.errors.length = 0;
    },
  };
  // A violation is reported as a DOM event; surface it where the test can see it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
  context.on('request', (r) => {
    w.requests.push({ url: r.url(), type: r.resourceType() });
  });
  context.on('requestfailed', (r) => {
    w.failures.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) w.failures.push(`${r.url()}: HTTP ${r.status()}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(`${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => {
    w.errors.push(`uncaught: ${e.error().message}`);
  });
  return w;
}
