/**
 * Reads what the 数据质量 and 统计 pages publish by following their links, as a reader would: the
 * main page links one page per province, and those pages together must hold every finding and
 * every agency × year coverage cell.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attr, byTag, type Element, elements, loadPage, text } from './html.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const hasClass = (e: Element, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);

/** The links of a main page's table whose caption starts so: the province pages, under the base. */
export async function provincePages(root: string, main: string, caption: string, base = '/') {
  const page = await loadPage(main, root);
  const table = byTag(page, 'table').find((t) =>
    clean(text(byTag(t, 'caption')[0] as Element)).startsWith(caption),
  );
  if (!table) throw new Error(`${main}: no table “${caption}”`);
  return byTag(byTag(table, 'tbody')[0] as Element, 'a').map((a) =>
    (attr(a, 'href') ?? '').slice(base.length),
  );
}

/** Each report's finding messages as listed on the province pages, in page order; a report listed twice shows twice. */
export async function findingsOnPages(root: string, pages: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const path of pages) {
    for (const group of elements(await loadPage(path, root)).filter((e) => hasClass(e, 'finding-group'))) {
      const id = `${attr(group, 'data-agency')}/${attr(group, 'data-year')}`;
      const items = byTag(group, 'li').filter((li) => hasClass(li, 'finding'));
      const messages = items.map((li) => {
        const first = byTag(li, 'p')[0] as Element;
        const badge = byTag(first, 'span')[0] as Element;
        return clean(text(first))
          .slice(clean(text(badge)).length)
          .trim();
      });
      out.set(id, [...(out.get(id) ?? []), ...messages]);
    }
  }
  return out;
}

/** Every coverage cell on the province pages: `<agency id> <year>` → 已收录 (with its report link) or 未收录. */
export async function coverageOnPages(root: string, pages: string[], base = '/') {
  const cells = new Map<string, { text: string; href?: string }[]>();
  for (const path of pages) {
    const page = await loadPage(path, root);
    const table = byTag(page, 'table').find((t) => (attr(t, 'class') ?? '').includes('coverage-table'));
    if (!table) throw new Error(`${path}: no coverage table`);
    const years = byTag(byTag(table, 'thead')[0] as Element, 'th')
      .slice(1)
      .map((th) => clean(text(th)).replace('年', ''));
    for (const tr of byTag(byTag(table, 'tbody')[0] as Element, 'tr')) {
      const [head, ...tds] = elements(tr).filter((e) => e.parentNode === tr);
      const agency = (attr(byTag(head as Element, 'a')[0] as Element, 'href') ?? '')
        .slice(base.length)
        .replace(/^agencies\//, '')
        .replace(/\/$/, '');
      tds.forEach((td, i) => {
        const key = `${agency} ${years[i]}`;
        const href = byTag(td, 'a')[0];
        const cell = { text: clean(text(td)), ...(href ? { href: attr(href, 'href') } : {}) };
        cells.set(key, [...(cells.get(key) ?? []), cell]);
      });
    }
  }
  return cells;
}

/**
 * Checks that every finding of the build's findings.json is listed, once, on the province pages
 * the 数据质量 page links; returns how many reports have findings.
 */
export async function assertFindingsOnProvincePages(root: string, base = '/'): Promise<number> {
  const json = JSON.parse(await readFile(join(root, 'data/findings.json'), 'utf8')) as {
    findings: Record<string, { message: string }[]>;
  };
  const expected = Object.entries(json.findings).filter(([, list]) => list.length > 0);
  const pages = await provincePages(root, 'quality/', '各省级地区的核验发现', base);
  const listed = await findingsOnPages(root, pages);
  assert.deepEqual([...listed.keys()].sort(), expected.map(([id]) => id).sort());
  for (const [id, list] of expected)
    assert.deepEqual(listed.get(id)?.sort(), list.map((f) => clean(f.message)).sort(), id);
  return expected.length;
}
