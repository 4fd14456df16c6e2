/**
 * A report read on a phone: at 375 px the form's tables scroll sideways inside their own frame, and
 * a row's label stays at the left edge while its numbers scroll, so no number is seen without the row
 * it belongs to. No page type scrolls the whole page sideways at 320 or 375 px.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { allPages, type PageType, pageTypes } from '../../scripts/lib/testkit/pages.ts';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();
const types = await pageTypes(distDir);
const report = types.find((t) => t.type === 'report') as PageType;
let page: Page;

before(async () => {
  await served.start();
  page = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(served.site.url + report.path);
});

/** The horizontal extent of a row's label and of one of its cells, after scrolling the table to the cell. */
async function afterScrollingTo(cell: string) {
  return page.evaluate((key) => {
    const td = document.querySelector(`td[data-cell="${key}"]`) as HTMLElement;
    const label = td.parentElement?.querySelector('th[scope="row"]') as HTMLElement;
    const frame = td.closest('.table-scroll') as HTMLElement;
    td.scrollIntoView({ block: 'center' });
    frame.scrollLeft = td.offsetLeft + td.offsetWidth - frame.clientWidth;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    return {
      label: box(label),
      cell: box(td),
      text: label.textContent?.trim(),
      scrolled: frame.scrollLeft,
      viewport: document.documentElement.clientWidth,
    };
  }, cell);
}

test('at 375 px, scrolled to table 三’s 总计 column, row 一’s label and its 总计 are both in view', async () => {
  const r = await afterScrollingTo('table3.newReceived.total');
  assert.ok(r.scrolled > 0, 'table 三 is wider than a phone, so its frame scrolls');
  assert.match(r.text ?? '', /本年新收/);
  for (const [what, b] of [
    ['label', r.label],
    ['总计 cell', r.cell],
  ] as const)
    assert.ok(b.left >= 0 && b.right <= r.viewport, `${what} at ${b.left}–${b.right} of ${r.viewport} px`);
  assert.ok(r.label.right <= r.cell.left, 'the label does not cover the number');
});

test('at 375 px, every row of tables 二 and 三 keeps its label in view beside its last column', async () => {
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('#table2 tbody tr, #table3 tbody tr')].flatMap((tr) => {
      const label = tr.querySelector('th[scope="row"]');
      const cells = tr.querySelectorAll('td');
      const last = cells[cells.length - 1];
      if (!label || !last) return [];
      const frame = tr.closest('.table-scroll') as HTMLElement;
      frame.scrollLeft = frame.scrollWidth;
      const l = label.getBoundingClientRect();
      const c = last.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return l.left >= f.left - 1 && l.right <= c.left + 1 && c.right <= f.right + 1
        ? []
        : [label.textContent?.trim()];
    }),
  );
  assert.deepEqual(hidden, []);
});

test('at 375 px a note says the tables scroll sideways; at 1280 px it is not shown and nothing scrolls', async () => {
  assert.equal(await page.locator('.scroll-hint').first().isVisible(), true);
  const wide = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.goto(served.site.url + report.path);
  assert.equal(await wide.locator('.scroll-hint').first().isVisible(), false);
  const scrolls = await wide.evaluate(
    () =>
      [...document.querySelectorAll('#table2, #table3')]
        .map((t) => t.closest('.table-scroll') as HTMLElement)
        .filter((f) => f.scrollWidth > f.clientWidth + 1).length,
  );
  assert.equal(scrolls, 0, 'tables 二 and 三 fit a desktop window whole, as the official form prints them');
  await wide.close();
});

for (const width of [320, 375])
  test(`at ${width} px no page type scrolls the whole page sideways`, async () => {
    const narrow = await served.browser.newPage({ viewport: { width, height: 740 } });
    const wide: string[] = [];
    for (const t of types) {
      await narrow.goto(served.site.url + t.path);
      if (t.ready) await narrow.waitForSelector(t.ready, { state: 'attached' });
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${t.type} (${t.path}) by ${overflow} px`);
    }
    await narrow.close();
    assert.deepEqual(wide, []);
  });

test('at 375 px no report page scrolls sideways, whichever of its cells are flagged (not only the largest page)', async () => {
  // A flagged cell carries hidden words for screen readers; at a table's far right they must stay inside its frame.
  const reports = (await allPages(distDir)).filter((p) => p.type === 'report');
  assert.ok(reports.length >= 5);
  const narrow = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  const wide: string[] = [];
  for (const r of reports) {
    await narrow.goto(served.site.url + r.path);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) wide.push(`${r.path} by ${overflow} px`);
  }
  await narrow.close();
  assert.deepEqual(wide, []);
});

// 沭阳 2023 left five columns of 表三 blank: 35 findings that cannot be checked, all for that reason.
const shuyang = 'agencies/321322-fazhanhegaigeju/2023/';

test('沭阳 2023 on a phone: the 数据核验 panel says in its first line why cells cannot be checked, folds the 35 into one group, and part 一 starts within the first two screens', async () => {
  const phone = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  await phone.goto(served.site.url + shuyang);
  const lead = (await phone.locator('#checks .checks-lead').textContent())?.replace(/\s+/g, ' ') ?? '';
  assert.match(lead, /未发现不一致/);
  assert.match(lead, /35 项无法核对：原文有单元格未填报/);
  const groups = await phone.$$eval('#checks details.finding-group', (ds) =>
    ds.map((d) => [d.querySelector('summary')?.textContent?.trim(), (d as HTMLDetailsElement).open]),
  );
  assert.deepEqual(groups, [['因原文未填报而无法核对：35 项', false]]);
  const top = await phone.$eval('#part-1-h', (h) => h.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 2 * 740, `part 一 starts at ${Math.round(top)} px, beyond two screens (1480 px)`);
  await phone.close();
});

test('at 375 px every control a finger taps is at least 24 px; a link outside a sentence is, or stands far enough from the next one (WCAG 2.2 2.5.8)', async () => {
  const narrow = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  const small: string[] = [];
  for (const t of types) {
    await narrow.goto(served.site.url + t.path);
    if (t.ready) await narrow.waitForSelector(t.ready, { state: 'attached' });
    const found = await narrow.evaluate(() => {
      const targets = [
        ...document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"]'),
      ]
        // A link inside a sentence is exempt (2.5.8's "inline" exception): its size is the text's.
        .filter((e) => !(e.tagName === 'A' && e.closest('p, li, dd, figcaption, caption, .legend')))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      // The spacing exception: a 24 px circle on an undersized target's centre meets no other target.
      const clear = (r: DOMRect, others: DOMRect[]) => {
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        return others.every((o) => {
          const dx = Math.max(o.left - x, 0, x - o.right);
          const dy = Math.max(o.top - y, 0, y - o.bottom);
          return dx * dx + dy * dy >= 12 * 12;
        });
      };
      return targets
        .filter(({ e, r }) => {
          if (r.width >= 24 && r.height >= 24) return false;
          // A form control is never excused: only a link may rely on the space around it.
          if (e.tagName !== 'A') return true;
          return !clear(
            r,
            targets.filter((o) => o.e !== e && !o.e.contains(e) && !e.contains(o.e)).map((o) => o.r),
          );
        })
        .map(
          ({ e, r }) =>
            `${e.tagName.toLowerCase()} “${e.textContent?.trim().slice(0, 12)}” ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    });
    for (const f of found) small.push(`${t.type}: ${f}`);
  }
  await narrow.close();
  assert.deepEqual(small, []);
});

test('the search page on a phone shows one search box and no keyboard hint', async () => {
  const context = await served.browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await context.newPage();
  await phone.goto(`${served.site.url}search/`);
  const boxes = await phone
    .locator('input[type="search"]')
    .evaluateAll((inputs) => inputs.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.id));
  assert.deepEqual(boxes, ['search-q']);
  assert.equal(await phone.locator('.key-hint').isVisible(), false);
  assert.match((await phone.locator('#search-hint').textContent()) ?? '', /可输入关键词/);
  await context.close();
});

for (const width of [375, 1280])
  test(`at ${width} px no column header, row name or link breaks a character a line, on any page type`, async () => {
    const view = await served.browser.newPage({ viewport: { width, height: 800 } });
    const broken: string[] = [];
    for (const t of types) {
      await view.goto(served.site.url + t.path);
      const found = await view.evaluate(() =>
        [...document.querySelectorAll('th, a, label')]
          .filter((e) => {
            // The form's own group headings (三、本年度办理结果) stand a character a line, as printed.
            if (e.getAttribute('scope') === 'rowgroup') return false;
            // Hidden for screen readers only: a 1 px box by design.
            if (e.getBoundingClientRect().width <= 1) return false;
            const chars = (e.textContent ?? '').match(/\p{Script=Han}/gu)?.length ?? 0;
            const style = getComputedStyle(e);
            const room =
              e.getBoundingClientRect().width -
              Number.parseFloat(style.paddingLeft) -
              Number.parseFloat(style.paddingRight);
            return chars >= 2 && room < 1.5 * Number.parseFloat(style.fontSize);
          })
          .map((e) => `${e.tagName.toLowerCase()} “${e.textContent?.trim().slice(0, 12)}”`),
      );
      for (const f of found) broken.push(`${t.type}: ${f}`);
    }
    await view.close();
    assert.deepEqual(broken, []);
  });
