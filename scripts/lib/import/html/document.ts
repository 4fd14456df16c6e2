/**
 * The HTML front end: a saved government web page → the report's lines, table rows and paragraphs.
 * The report is found inside the page shell as the smallest element holding all six part headings
 * (navigation, footers and related links outside it are left out); its title is the line ending in
 * 报告 just before the report (or in it), else the page's <title>.
 */

import { isValueToken } from '../cells.ts';
import type { SourceDoc } from '../document.ts';
import { matchPartTitle } from '../partTitles.ts';
import { problem } from '../problems.ts';
import { type Block, isSubheading } from '../prose.ts';
import { isoDate, labelledDate } from '../published.ts';
import { lacksAgency } from '../title.ts';
import type { Segment } from '../types.ts';
import { type Element, flattenHtml, type HtmlBlock } from './dom.ts';
import type { GridCell } from './grid.ts';
import { rowLine, rowSegments } from './rows.ts';

/** Whether bytes of unknown kind are an HTML page (a doctype or <html> first). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(!doctype\s+html|html[\s>]|head[\s>])/i.test(head);
}

/** The part headings among the text blocks (by their titles), each after the one before; some may be missing. */
function headingBlocks(blocks: readonly HtmlBlock[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (let part = 1; part <= 6; part++) {
    for (let i = from; i < blocks.length; i++) {
      const b = blocks[i];
      if (b?.kind === 'text' && matchPartTitle(b.text)?.number === part) {
        found.push(i);
        from = i + 1;
        break;
      }
    }
  }
  return found;
}

/** The deepest element every given block lies in. */
function commonAncestor(paths: readonly (readonly Element[])[]): Element | undefined {
  const [first, ...rest] = paths;
  if (!first) return undefined;
  let depth = 0;
  while (depth < first.length && rest.every((p) => p[depth] === first[depth])) depth++;
  return first[depth - 1];
}

const endsTitle = (text: string) => /报告$/.test(text.replace(/[\s*]/g, ''));
const sourceLine = /^(?:来源|原文链接|原文地址|原文网址|网址|链接)[:：]\s*(https?:\/\/\S+)$/;

type Line = { text: string; line: number } & (
  | { kind: 'text' }
  | { kind: 'row'; cells: string[]; inLabels: boolean[]; doubt?: string }
);

/**
 * Rows of numbers with more cells where the numbers stand (from `firstNumber` on) than the rows of
 * numbers around them: a cell written twice or one too many (26 26, five blanks, 26 under a
 * seven-column header). Which of its cells is the extra one cannot be told, a blank's no more than a
 * number's (read as padding, an extra blank moved every number after it one column along), so its
 * numbers are not read; the reason, by row. A wider label or cell (a colspan one too many) adds no
 * cell and is no reason. A table's first or last row of numbers is held to the next two on its side,
 * and only one or two cells over count: a table that holds two of the form's tables runs from seven
 * cells to fifteen.
 */
function overlongRows(rows: readonly GridCell[][], firstNumber: number): Map<number, string> {
  // Numbers and blanks, not text: a label pushed into the numbers' columns by a broken rowspan is no cell.
  const cells = (row: readonly GridCell[]) =>
    row.filter((c) => c.col >= firstNumber && (c.text.trim() === '' || isValueToken(c.text))).length;
  const numbered = rows.flatMap((row, r) => (row.some((c) => isValueToken(c.text)) ? [r] : []));
  const out = new Map<number, string>();
  numbered.forEach((r, k) => {
    // The rows of numbers before and after it; at a table's first or last, the next two on its side.
    const sides = [numbered[k - 1], numbered[k + 1]].filter((n) => n !== undefined);
    const near = sides.length === 2 ? sides : k === 0 ? numbered.slice(1, 3) : numbered.slice(-3, -1);
    const around = near.map((n) => cells(rows[n] ?? []));
    const count = cells(rows[r] ?? []);
    const most = Math.max(0, ...around);
    const over =
      around.length === 2 && (sides.length === 2 ? count > most : count - most >= 1 && count - most <= 2);
    if (over)
      out.set(
        r,
        `the row has ${count - most} cell more than the rows around it: which of its cells is the extra one cannot be told`,
      );
  });
  return out;
}

/**
 * The report's title in a page's <title>, which sites print with their own name and section before
 * or after it (浙江省人民政府门户网站_杭州市…报告, 【年度报告】…报告, …报告 - 杭州市人民政府): the part
 * that holds 报告, up to 报告, without a bracketed section name before it.
 */
export function reportTitleOf(pageTitle: string): string {
  const parts = pageTitle.split(/\s*[_|｜]\s*|\s+[-—–－]\s+|(?<=\D)[-—–－](?=\D)/);
  const at = parts.findIndex((p) => /报告/.test(p));
  // A part that starts with the year and the words every title has is the rest of the one before it.
  const part =
    at > 0 && lacksAgency(parts[at] ?? '')
      ? `${parts[at - 1]?.trim()}${parts[at]?.trim()}`
      : (parts[at] ?? pageTitle);
  return part
    .replace(/(报告)[^报]*$/, '$1')
    .replace(/^\s*[【[][^【】[\]]{1,12}[】\]]\s*/, '')
    .replace(/[-—–－]+(?=(?:19|20)\d{2})/, '')
    .trim();
}

/** A row's segments with `doubt` on its values, when there is one. */
const withDoubt = (segments: Segment[], doubt: string | undefined): Segment[] =>
  doubt
    ? segments.map((s) =>
        s.kind === 'values' ? { ...s, values: s.values.map((v) => ({ ...v, doubt })) } : s,
      )
    : segments;

/** The report of an HTML page as a document for the import core. */
export function htmlDocument(html: string): SourceDoc {
  const page = flattenHtml(html);
  const { blocks } = page;
  const headings = headingBlocks(blocks);
  const container =
    headings.length > 1 ? commonAncestor(headings.map((i) => blocks[i]?.path ?? [])) : undefined;
  const inside = (b: HtmlBlock) => !container || b.path.includes(container);
  const first = headings.length ? blocks.findIndex((b) => inside(b)) : 0;
  const heading1 = headings[0] ?? blocks.length;
  const isTitle = (b: HtmlBlock | undefined) => b?.kind === 'text' && endsTitle(b.text);
  let title = -1;
  for (let i = first; i < heading1; i++) if (title < 0 && isTitle(blocks[i])) title = i;
  for (let i = first - 1; title < 0 && i >= Math.max(0, first - 80); i--) if (isTitle(blocks[i])) title = i;
  const lines: Line[] = [];
  const problems = [];
  if (title >= 0 && title < first) {
    const b = blocks[title] as Extract<HtmlBlock, { kind: 'text' }>;
    lines.push({ kind: 'text', text: b.text, line: b.line });
  } else if (title < 0 && page.title && /报告/.test(page.title)) {
    // Only the <title> names the report, often with the site's name after it: keep up to 报告.
    lines.push({ kind: 'text', text: reportTitleOf(page.title), line: 0 });
    problems.push(
      problem('warning', 'title-from-head', `took the title from the page's <title> “${page.title}”`),
    );
  }
  // The report starts at its title when the title is inside the report's element, else at that element.
  const start = Math.max(title, first);
  let url = page.url;
  const fromMeta = page.published === undefined ? undefined : isoDate(page.published);
  let published = fromMeta ? { date: fromMeta, from: 'the page’s publication meta tag' } : undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (!url && b.kind === 'text' && i < start) url = sourceLine.exec(b.text)?.[1];
    if (!published && b.kind === 'text' && i < start) {
      const date = labelledDate(b.text);
      if (date) published = { date, from: `the page’s line “${b.text.slice(0, 40)}” (HTML line ${b.line})` };
    }
    if (i < start || !inside(b)) continue;
    if (b.kind === 'text') {
      lines.push({ kind: 'text', text: b.text, line: b.line });
      continue;
    }
    // The first column any number of the table stands in: empty cells left of it are label cells.
    const firstNumber = Math.min(...b.grid.cells.filter((c) => isValueToken(c.text)).map((c) => c.col));
    const over = overlongRows(b.grid.rows, firstNumber);
    b.grid.rows.forEach((row, r) => {
      const cells = row.map((c) => c.text);
      const inLabels = row.map((c) => c.col + c.colspan <= firstNumber);
      const extra = over.get(r);
      if (cells.length)
        lines.push({
          kind: 'row',
          cells,
          inLabels,
          text: rowLine(cells).text,
          line: b.grid.lines[r] ?? b.line,
          ...(extra ? { doubt: extra } : {}),
        });
    });
  }
  const at = (start: number, end: number) => lines.slice(start, end).map((l, i) => ({ l, n: start + i + 1 }));
  return {
    kind: 'html',
    lines: lines.map((l) => l.text),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    problems,
    // Prose lines inside a table part are label text, never cells: a sentence's numbers are not a row.
    tableSegments: (start, end): Segment[] =>
      at(start, end).flatMap(({ l, n }) =>
        l.kind === 'row'
          ? withDoubt(rowSegments(l.cells, n, l.inLabels), l.doubt)
          : [{ kind: 'text' as const, text: l.text, line: n }],
      ),
    proseBlocks: (start, end): Block[] =>
      at(start, end).flatMap(({ l }): Block[] =>
        l.kind === 'row'
          ? []
          : [{ kind: isSubheading(l.text, undefined) ? 'subheading' : 'paragraph', text: l.text }],
      ),
    locate: (n) => ({ line: lines[n - 1]?.line || undefined }),
  };
}
