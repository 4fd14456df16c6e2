/**
 * The agencies index as a visitor uses it, in headless Chromium: without JavaScript every agency
 * shows, grouped by region with links to the region pages; with it, a form narrows the list to a
 * province, city or county and a kind of agency, offers only the places inside the region chosen
 * above, keeps the choice in the URL and restores it on load. The expected agencies are worked out
 * from the content's YAML.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type AgencyEntry, loadContent } from '../../scripts/lib/content.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();
let agencies: AgencyEntry[];

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  agencies = content.agencies;
});

/** The agencies a region code and a kind leave, by the YAML: a region is a code on the agency's chain. */
function expected(region: string, kind = ''): string[] {
  return agencies
    .filter((a) => {
      const { code, city, county } = a.data.region;
      const chain = [
        `${code.slice(0, 2)}0000`,
        ...(city ? [county ? `${code.slice(0, 4)}00` : code] : []),
        ...(county ? [code] : []),
      ];
      return (!region || chain.includes(region)) && (!kind || a.data.kind === kind);
    })
    .map((a) => a.id)
    .sort();
}

/** The agencies a visitor sees: links in list items not hidden, by agency id. */
const visible = (page: Page) =>
  page.$$eval('.agency-group li[data-kind]', (lis) =>
    lis
      .filter((li) => (li as HTMLElement).offsetParent !== null)
      .map(
        (li) => new URL((li.querySelector('a') as HTMLAnchorElement).href).pathname.split('/')[2] as string,
      )
      .sort(),
  );
const choices = (page: Page, name: string) =>
  page.$$eval(`select[name="${name}"] option`, (os) =>
    os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
  );
/** Waits until the status line says what the filter now shows. */
const settled = (page: Page, count: number) =>
  page.waitForFunction((n) => {
    const status = document.getElementById('agency-count')?.textContent ?? '';
    return n === 0 ? status.includes('没有') : status.includes(` ${n} 个机关`);
  }, count);

test('without JavaScript: no form, every agency, grouped by region with links to the region pages', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.site.url}agencies/?region=640300`);
  assert.equal(await page.locator('#agency-filters').isVisible(), false);
  assert.deepEqual(await visible(page), expected(''));
  const regionLinks = await page.$$eval('.agency-province h2 a, .agency-group h3 a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  for (const code of ['640000', '640300', '640302', '640500', '320813', '321322'])
    assert.ok(regionLinks.includes(`/regions/${code}/`), code);
  await context.close();
});

test('a province, then a city, then a county narrow the list; the lists below offer only places inside', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}agencies/`);
  await page.waitForSelector('#agency-filters:not([hidden])');
  assert.deepEqual(await visible(page), expected(''));
  assert.equal(
    await page.locator('select[name="city"]').isDisabled(),
    true,
    'no city list before a province',
  );

  await page.selectOption('select[name="province"]', '640000');
  await settled(page, expected('640000').length);
  assert.deepEqual(await visible(page), expected('640000'));
  assert.deepEqual((await choices(page, 'city')).sort(), ['640300', '640500']);
  assert.deepEqual((await choices(page, 'county')).sort(), ['640302', '640303']);
  assert.equal(new URL(page.url()).search, '?region=640000');

  await page.selectOption('select[name="city"]', '640300');
  await settled(page, expected('640300').length);
  assert.deepEqual(await visible(page), expected('640300'));
  assert.deepEqual((await choices(page, 'county')).sort(), ['640302', '640303']);

  await page.selectOption('select[name="county"]', '640302');
  await settled(page, 1);
  assert.deepEqual(await visible(page), ['640302-sifaju']);
  assert.equal(new URL(page.url()).search, '?region=640302');
  // The province's section heading stays; 中卫市's group is gone.
  assert.equal(await page.locator('#p-640000').isVisible(), true);
  assert.equal(await page.locator('.agency-group[data-chain="640000 640500"]').isVisible(), false);

  // Another province: its cities replace the last one's, and the county choice is cleared.
  await page.selectOption('select[name="province"]', '320000');
  await settled(page, expected('320000').length);
  assert.deepEqual(await visible(page), expected('320000'));
  assert.deepEqual((await choices(page, 'city')).sort(), ['320800', '321300']);
  assert.equal(await page.locator('select[name="county"]').inputValue(), '');
  assert.equal(await page.locator('#p-640000').isVisible(), false);
  await page.close();
});

test('the kind of agency narrows the list alone and with a region', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}agencies/`);
  await page.waitForSelector('#agency-filters:not([hidden])');
  await page.selectOption('select[name="kind"]', '人民政府');
  const governments = expected('', '人民政府');
  assert.ok(governments.length >= 2);
  await settled(page, governments.length);
  assert.deepEqual(await visible(page), governments);
  await page.selectOption('select[name="province"]', '320000');
  await settled(page, expected('320000', '人民政府').length);
  assert.deepEqual(await visible(page), expected('320000', '人民政府'));
  assert.equal(new URL(page.url()).searchParams.get('kind'), '人民政府');
  await page.selectOption('select[name="province"]', '410000');
  await settled(page, 0);
  assert.deepEqual(await visible(page), []);
  await page.close();
});

test('the URL restores a choice on load: a county sets its province and city, a municipality’s district none', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}agencies/?region=321322&kind=${encodeURIComponent('发展和改革局')}`);
  await settled(page, 1);
  assert.deepEqual(await visible(page), expected('321322', '发展和改革局'));
  const values = await page.$$eval('#agency-filters select', (ss) =>
    ss.map((s) => (s as HTMLSelectElement).value),
  );
  assert.deepEqual(values, ['320000', '321300', '321322', '发展和改革局']);
  // A region page's link to the index, a province: just the province chosen.
  await page.goto(`${served.site.url}agencies/?region=310000`);
  await settled(page, expected('310000').length);
  assert.deepEqual(await visible(page), expected('310000'));
  // An unknown code shows everything rather than nothing.
  await page.goto(`${served.site.url}agencies/?region=999999`);
  await page.waitForFunction(() => document.getElementById('agency-count')?.textContent?.includes('全部'));
  assert.deepEqual(await visible(page), expected(''));
  await page.close();
});

test('on a phone the filtered list has no axe violations, no sideways scroll, and controls a finger’s height', async () => {
  const context = await served.browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${served.site.url}agencies/?region=640300`);
  await settled(page, expected('640300').length);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  const heights = await page.$$eval('#agency-filters select', (ss) =>
    ss.map((s) => s.getBoundingClientRect().height),
  );
  for (const h of heights) assert.ok(h >= 44, `a select ${h} px high`);
  await context.close();
});
