/**
 * Every number traceable to its place in the original (issue 17), on the built site: each report's
 * numbers link to a line of its source view (原文对照) that holds that number — text, web page and PDF
 * originals alike — the findings link to the same lines, the figures read from the prose to their
 * paragraph and line, and each report's JSON says the same. The source view is inert text, numbered
 * as `read:` records, and not in the search index.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { contentDir, loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { readingOf } from '../../src/schemas/reading.ts';
import { isIndexedPage } from '../../src/utils/searchHtml.ts';
import { publishedSource } from '../../src/utils/sources.ts';
import { attr, byTag, distDir, type Element, elements, loadPage, text } from '../lib/html.ts';

let reports: ReportEntry[];
before(async () => {
  const content = await loadContent(contentDir);
  assert.deepEqual(content.errors, []);
  reports = content.reports;
});

const viewPath = (id: string) => `agencies/${id}/source/`;

/** A source view's anchors: each line's own text (its note left out), and each PDF page's lines. */
async function sourceView(id: string) {
  const page = await loadPage(viewPath(id));
  const lines = new Map<string, string>();
  const notes = new Map<string, string>();
  const pages = new Map<string, string>();
  for (const li of byTag(page, 'li').filter((l) => /^(p\d+-)?L\d+(-\d+)?$/.test(attr(l, 'id') ?? ''))) {
    const own = li.childNodes.filter((n) => !('tagName' in n && attr(n as Element, 'class') === 'read-note'));
    lines.set(attr(li, 'id') as string, own.map((n) => text(n)).join(''));
    const note = byTag(li, 'span').find((s) => attr(s, 'class') === 'read-note');
    if (note) notes.set(attr(li, 'id') as string, text(note));
  }
  for (const [id, t] of lines) {
    const p = /^(p\d+)-/.exec(id)?.[1];
    if (p) pages.set(p, `${pages.get(p) ?? ''}\n${t}`);
  }
  return { page, lines, notes, pages };
}

/** The digit runs of a line, thousands separators and full-width digits folded. */
const digitRuns = (line: string) =>
  (line
    .normalize('NFKC')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .match(/\d+(?:\.\d+)?/g) ?? []) as string[];

/** Whether a line holds a number: as one of its numbers, or (split) inside a run of digits. */
function holds(line: string, value: number, split: boolean): boolean {
  const runs = digitRuns(line);
  const digits = String(Math.abs(value));
  return split ? runs.some((r) => r.includes(digits)) : runs.some((r) => Number(r) === Math.abs(value));
}

/** The report page's linked cells: key, link, and the number it shows. */
async function linkedCells(id: string) {
  const page = await loadPage(`agencies/${id}/`);
  return byTag(page, 'td').flatMap((td) => {
    const a = byTag(td, 'a')[0];
    const key = attr(td, 'data-cell');
    return a && key
      ? [{ key, href: attr(a, 'href') ?? '', name: attr(a, 'aria-label') ?? '', shown: text(a) }]
      : [];
  });
}

const cellOf = (r: ReportEntry, key: string) => {
  const [table, row, column] = key.split('.') as [string, string, string];
  return (r.data as unknown as Record<string, Record<string, Record<string, { value: number | null }>>>)[
    table
  ]?.[row]?.[column];
};

describe('from a cell to its source', () => {
  test('every bundled report: its numbers, a sample of at least 20 across tables 二, 三 and 四, each link to a line holding that number', async () => {
    const kinds = new Set<string>();
    for (const r of reports) {
      const view = await sourceView(r.id);
      const cells = await linkedCells(r.id);
      const numbers = cells.filter((c) => cellOf(r, c.key)?.value != null);
      const sample = numbers.filter(
        (c, i) => c.key.startsWith('table4') || c.key.startsWith('table2') || i % 3 === 0,
      );
      for (const table of ['table2', 'table3', 'table4'])
        assert.ok(
          sample.some((c) => c.key.startsWith(table)),
          `${r.id}: the sample has cells of ${table}`,
        );
      assert.ok(sample.length >= 20, `${r.id}: ${sample.length} cells`);
      for (const c of sample) {
        const url = new URL(c.href, `http://site/agencies/${r.id}/`);
        assert.equal(url.pathname, `/${viewPath(r.id)}`, `${r.id} ${c.key}`);
        const anchor = url.hash.slice(1);
        const line = view.lines.get(anchor);
        assert.ok(line !== undefined, `${r.id} ${c.key}: #${anchor} is a line of the source view`);
        const value = cellOf(r, c.key)?.value as number;
        const split = readingOf(r.data.read, c.key).how === 'split';
        assert.ok(holds(line, value, split), `${r.id} ${c.key} = ${value}: #${anchor} “${line}”`);
        // Its accessible name says the number and where it leads; the line's note names the cell.
        assert.ok(c.name.startsWith(`${c.shown}，原文第`), c.name);
        assert.match(view.notes.get(anchor) ?? '', /（按标签读取|按勾稽关系拆分|按表格顺序放置）/);
      }
      kinds.add(r.data.source.kind);
    }
    assert.deepEqual([...kinds].sort(), ['html', 'pdf', 'text'], 'text, web page and PDF originals');
  });

  test('every link from a report page into its source view (cells, findings, prose) lands on an anchor there', async () => {
    for (const r of reports) {
      const page = await loadPage(`agencies/${r.id}/`);
      const view = await loadPage(viewPath(r.id));
      const ids = new Set(elements(view).flatMap((e) => (attr(e, 'id') ? [attr(e, 'id') as string] : [])));
      const own = new Set(elements(page).flatMap((e) => (attr(e, 'id') ? [attr(e, 'id') as string] : [])));
      for (const a of byTag(page, 'a')) {
        const href = attr(a, 'href') ?? '';
        if (href.startsWith('#')) assert.ok(own.has(href.slice(1)) || href === '#main', `${r.id}: ${href}`);
        const m = /\/agencies\/([^/]+\/\d{4})\/source\/#(.+)$/.exec(href);
        if (!m) continue;
        const other =
          m[1] === r.id
            ? ids
            : new Set(elements(await loadPage(viewPath(m[1] as string))).map((e) => attr(e, 'id')));
        assert.ok(other.has(m[2] as string), `${r.id}: ${href}`);
      }
    }
  });

  test('read: of the two 淮安 PDFs names the page each number stands on, and each cell links to a line of that page', async () => {
    for (const id of ['320813-renminzhengfu/2023', '320800-renminzhengfu/2024']) {
      const r = reports.find((x) => x.id === id) as ReportEntry;
      const view = await sourceView(id);
      let checked = 0;
      for (const c of await linkedCells(id)) {
        const reading = readingOf(r.data.read, c.key);
        const value = cellOf(r, c.key)?.value;
        assert.ok(reading.page, `${id} ${c.key} has a page`);
        assert.ok(
          c.href.endsWith(`#p${reading.page}-L${c.href.split('-L').at(-1)}`),
          `${id} ${c.key}: ${c.href}`,
        );
        if (value == null) continue;
        assert.ok(
          holds(view.pages.get(`p${reading.page}`) ?? '', value, reading.how === 'split'),
          `${id} ${c.key}`,
        );
        checked++;
      }
      assert.ok(checked >= 190, `${id}: ${checked} numbers`);
    }
  });
});

describe('the source view', () => {
  test('a PDF’s pages link to the published PDF at that page; a web page’s is text, never its markup', async () => {
    const pdf = reports.find((r) => r.data.source.kind === 'pdf') as ReportEntry;
    const view = await loadPage(viewPath(pdf.id));
    const file = `/${publishedSource(pdf.data.source.file)}`;
    const pageLinks = byTag(view, 'a').filter((a) => (attr(a, 'href') ?? '').startsWith(`${file}#page=`));
    assert.ok(pageLinks.length >= 4, `${pageLinks.length} page links`);
    await readFile(join(distDir, file));

    for (const r of reports.filter((x) => x.data.source.kind === 'html')) {
      const page = await loadPage(viewPath(r.id));
      const list = elements(page).filter((e) => attr(e, 'class') === 'source-lines');
      assert.ok(list.length === 1, r.id);
      const inside = elements(list[0] as Element).map((e) => e.tagName);
      assert.deepEqual([...new Set(inside)].sort(), ['li', 'ol', 'span'], `${r.id}: only lines and notes`);
      const original = await readFile(join(contentDir, r.data.source.file), 'utf8');
      assert.match(original, /<(p|table|div)[\s>]/i, 'the original is markup');
    }
  });

  test('is not in the search index, and its page names the reading methods once', async () => {
    for (const r of reports) {
      const html = await readFile(join(distDir, viewPath(r.id), 'index.html'), 'utf8');
      assert.equal(isIndexedPage(html), false, r.id);
      for (const m of ['按标签读取', '按勾稽关系拆分', '按表格顺序放置', '手工录入'])
        assert.ok(html.includes(`<dt>${m}</dt>`), m);
    }
  });
});

describe('from a finding and from the prose to the evidence', () => {
  test('a finding lists each cell with a link to the line of the original it was read from', async () => {
    const page = await loadPage('agencies/320813-renminzhengfu/2023/');
    const finding = elements(page).find((e) => attr(e, 'data-rule') === 'table4-group-total') as Element;
    const links = byTag(finding, 'a').map((a) => attr(a, 'href') ?? '');
    assert.ok(links.includes('#cell-table4-reconsideration-total'));
    assert.ok(links.includes('/agencies/320813-renminzhengfu/2023/source/#p4-L21'), links.join(' '));
  });

  test('the figure a finding reads from the prose links to its paragraph and to its line in the original', async () => {
    const id = '320813-renminzhengfu/2024';
    const page = await loadPage(`agencies/${id}/`);
    const finding = elements(page).find((e) => attr(e, 'data-rule') === 'prose-matches-tables') as Element;
    const hrefs = byTag(finding, 'a').map((a) => attr(a, 'href') ?? '');
    const paragraph = hrefs.find((h) => h.startsWith('#stated-'));
    assert.ok(paragraph, hrefs.join(' '));
    const p = elements(page).find((e) => attr(e, 'id') === paragraph.slice(1)) as Element;
    assert.match(text(p).replace(/\s/g, ''), /受理政府信息公开申请17件/);
    const line = hrefs.find((h) => h.startsWith(`/${viewPath(id)}#`)) as string;
    const view = await sourceView(id);
    assert.ok(holds(view.lines.get(line.split('#')[1] as string) ?? '', 17, false), line);
  });
});

describe('open data', () => {
  test('each report’s JSON gives every read cell its place and method, as the source view shows it', async () => {
    for (const r of reports) {
      const json = JSON.parse(await readFile(join(distDir, `data/reports/${r.id}.json`), 'utf8'));
      const { view, lines, cells, methods } = json.cellSources;
      assert.ok(view.endsWith(`/${viewPath(r.id)}`), view);
      assert.equal(methods.label, '按标签读取');
      const shown = await sourceView(r.id);
      for (const [key, c] of Object.entries(
        cells as Record<string, { how: string; anchor: string; line: number; page?: number }>,
      )) {
        assert.equal(c.how, readingOf(r.data.read, key).how, `${r.id} ${key}`);
        assert.ok(shown.lines.has(c.anchor), `${r.id} ${key}: ${c.anchor}`);
        assert.equal(
          lines[c.anchor],
          (shown.lines.get(c.anchor) ?? '').trim().slice(0, 200),
          `${r.id} ${key}`,
        );
        if (r.data.source.kind === 'pdf') assert.equal(c.anchor, `p${c.page}-L${c.line}`);
      }
      assert.ok(Object.keys(cells).length >= 190, `${r.id}: ${Object.keys(cells).length} cells`);
    }
    const schema = JSON.parse(await readFile(join(distDir, 'data/schema.json'), 'utf8'));
    assert.ok(schema.$defs.cellSources.properties.cells);
    const dictionary = JSON.parse(await readFile(join(distDir, 'data/dictionary.json'), 'utf8')) as {
      key: string;
    }[];
    assert.ok(dictionary.some((d) => d.key === 'cellSources.cells.<单元格键>.how'));
  });
});
