/**
 * Keyboard only, in headless Chromium: the first Tab shows the skip link and Enter lands in the
 * main content; Tab then visits every focusable element in document order, each with a visible
 * focus indicator and on screen; the display-mode buttons work from the keyboard.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { type PageType, pageTypes } from '../../scripts/lib/testkit/pages.ts';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

const types = await pageTypes(distDir);
const report = types.find((t) => t.type === 'report') as PageType;

/** The focused element: its label, whether it shows a focus indicator, and whether it is on screen. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      index: el.dataset.kbd ?? null,
      label: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
      indicator:
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0,
    };
  });
}

test('the first Tab shows the skip link; Enter moves focus to the main content', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(served.site.url + report.path);
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  assert.match(skip?.label ?? '', /跳到正文/);
  assert.ok(skip?.indicator && skip.onScreen, 'the skip link is visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.match(page.url(), /#main$/);
  // The next Tab continues from the main content, not from the header.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest('main')), true);
  await page.close();
});

test('Tab visits every focusable element in document order, each with a visible focus indicator', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(served.site.url + report.path);
  // Number what a keyboard user should reach, in document order.
  const count = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // The content of a closed <details> (all but its summary) is not reachable until it is opened,
    // nor is anything in a <details> folded inside another closed one (the 数据核验 groups).
    const folded = (el: HTMLElement): boolean => {
      const details = el.parentElement?.closest('details');
      if (!details) return false;
      const ownSummary = el.closest('summary')?.parentElement === details;
      return (!details.open && !ownSummary) || folded(details);
    };
    const reachable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]') && !folded(el),
    );
    reachable.forEach((el, i) => {
      el.dataset.kbd = String(i);
    });
    return reachable.length;
  });
  assert.ok(count > 20, `a report page has many links (${count})`);
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f?.index !== String(i)) problems.push(`Tab ${i + 1} reached ${f?.label ?? 'nothing'} (#${f?.index})`);
    else if (!f.indicator || !f.onScreen) problems.push(`${f.label}: no visible focus`);
  }
  await page.close();
  assert.deepEqual(problems, []);
});

test('the display-mode buttons work from the keyboard and say whether they are on', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  await page.goto(served.site.url);
  let pressed: string | null = null;
  // Tab to the 大字 button, as a keyboard user would.
  for (let i = 0; i < 30 && pressed === null; i++) {
    await page.keyboard.press('Tab');
    pressed = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-display-mode') === 'large-text'
        ? document.activeElement.getAttribute('aria-pressed')
        : null,
    );
  }
  assert.equal(pressed, 'false', 'the 大字 button is reachable by Tab and starts off');
  await page.keyboard.press('Space');
  const state = () =>
    page.evaluate(() => ({
      classes: [...document.documentElement.classList].filter((c) => c.startsWith('mode-')).join(' '),
      pressed: [...document.querySelectorAll('[data-display-mode]')].map((b) =>
        b.getAttribute('aria-pressed'),
      ),
      fontSize: getComputedStyle(document.documentElement).fontSize,
    }));
  assert.deepEqual(await state(), {
    classes: 'mode-large-text',
    pressed: ['true', 'false'],
    fontSize: '20px',
  });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.deepEqual((await state()).pressed, ['true', 'true']);
  await page.keyboard.press('Enter');
  assert.deepEqual(await state(), {
    classes: 'mode-large-text',
    pressed: ['true', 'false'],
    fontSize: '20px',
  });
  await context.close();
});
