/** Takes screenshots of built pages: `npm run screenshot -- <path> [width] [out.png]` (dist/ must exist). */

import { launchBrowser } from './lib/testkit/browser.ts';
import { serveStatic } from './lib/testkit/server.ts';

const [path = '', width = '1280', out = 'tmp/screenshot.png'] = process.argv.slice(2);
const site = await serveStatic(new URL('../dist', import.meta.url).pathname);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(site.url + path.replace(/^\//, ''));
  await page.screenshot({ path: out, fullPage: true });
  console.log(`${out}: ${page.url()}`);
} finally {
  await browser.close();
  await site.close();
}
