/**
 * For the tests of the 与上年对比 pages: the changed cells a page must list, worked out from two
 * reports' YAML frontmatter (js-yaml) independently of the site's code, and the cells a built page lists.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { repoRoot } from './build.ts';
import { attr, byTag, distDir, type Element, loadPage, text } from './html.ts';

export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

type Tables = Record<string, Record<string, Record<string, unknown>>>;

/** A report's three tables as its content file writes them. */
async function frontmatter(contentDir: string, id: string): Promise<Tables> {
  const file = await readFile(join(contentDir, `reports/${id}.md`), 'utf8');
  return load(file.split(/^---$/m)[1] ?? '') as Tables;
}

type Value = number | 'blank' | 'unread';

/** A cell as the content file writes it: a number, blank (null, "/", "-", "无"…), or not read. */
function cellValue(cell: unknown): Value {
  if (typeof cell === 'number') return cell;
  if (cell && typeof cell === 'object') {
    const c = cell as { value?: unknown; unread?: unknown };
    if (typeof c.value === 'number') return c.value;
    return c.unread === undefined ? 'blank' : 'unread';
  }
  return 'blank';
}

const numberText = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(n);
const shown = (v: Value) => (v === 'blank' ? '未填报' : v === 'unread' ? '未读取' : numberText(v));

/**
 * The cells both reports have (same table, row and column key) whose numbers differ, or that went
 * from a number to a blank or back, as [key, last year, this year, change] the way the page prints
 * them; a cell not read in either year is never a change. In this year's file order, which is the
 * printed order. `unread`: the cells not read in either year, [key, last year, this year].
 */
export async function expectedChanges(before: string, after: string, contentDir = join(repoRoot, 'content')) {
  const [a, b] = [await frontmatter(contentDir, before), await frontmatter(contentDir, after)];
  const changes: string[][] = [];
  const unread: string[][] = [];
  for (const table of ['table2', 'table3', 'table4'])
    for (const [row, cells] of Object.entries(b[table] ?? {}))
      for (const [column, cell] of Object.entries(cells)) {
        const previous = a[table]?.[row];
        if (!previous || !(column in previous)) continue;
        const key = `${table}.${row}.${column}`;
        const [was, now] = [cellValue(previous[column]), cellValue(cell)];
        if (was === 'unread' || now === 'unread') unread.push([key, shown(was), shown(now)]);
        if (was === 'unread' || now === 'unread' || was === now) continue;
        let change: string;
        if (typeof was === 'number' && typeof now === 'number') {
          const d = Math.round((now - was) * 1e6) / 1e6;
          change = `${d > 0 ? '+' : '−'}${numberText(Math.abs(d))}`;
        } else change = now === 'blank' ? '本年未填报' : '上年未填报';
        changes.push([key, shown(was), shown(now), change]);
      }
  return { changes, unread };
}

/** The changed cells a built page lists, [key, last year, this year, change], and each one's label. */
export async function listedChanges(path: string, root = distDir) {
  const page = await loadPage(path, root);
  const rows = byTag(page, 'tr').filter((tr) => attr(tr, 'data-cell'));
  return {
    page,
    cells: rows.map((tr) => [attr(tr, 'data-cell') ?? '', ...byTag(tr, 'td').map((td) => clean(text(td)))]),
    labels: new Map(
      rows.map((tr) => [attr(tr, 'data-cell') ?? '', clean(text(byTag(tr, 'th')[0] as Element))]),
    ),
  };
}
