/**
 * Text items into lines and runs. Items whose baselines lie within half a character of each other
 * make a line; on a line, items closer than about half a character make a run (a word, a sentence,
 * a table cell's text), a wider gap separates runs (the next cell). Running headers, footers and
 * page numbers (in the page margins, a page number or the same text on several pages) are dropped.
 */
import { isPageNumberLine } from '../normalize.ts';
import type { Rule } from './rules.ts';
import type { PdfItem, PdfPage } from './text.ts';

export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  page: number;
  /** Offsets of the run in its line's text. */
  start: number;
  end: number;
}

export interface PdfLine {
  page: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  runs: Run[];
  /** The runs joined by tabs. */
  text: string;
}

const ascii = /[A-Za-z0-9]/;

/** Joins a run's items: no space in Chinese text, one between Latin words that the PDF set apart. */
function joinItems(items: readonly PdfItem[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    const gap = it.x - end;
    if (out && gap > 0.25 * it.size && ascii.test(out.at(-1) ?? '') && ascii.test(it.str[0] ?? ''))
      out += ' ';
    out += it.str;
    end = it.x + it.w;
  }
  return out.trim();
}

/**
 * A line's items in runs. A table border between two items parts them however close they stand
 * (a heading and a label in neighbouring cells, 不予公 and 5.属于三类…); only a border longer than
 * a few lines counts, since some writers box single words in prose.
 */
function lineOf(items: PdfItem[], page: number, rules: readonly Rule[] = []): PdfLine {
  items.sort((a, b) => a.x - b.x);
  const groups: PdfItem[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  const walled = (it: PdfItem) => {
    const y = it.y + 0.35 * it.size;
    return rules.some(
      (r) => r.x >= end - 1 && r.x <= it.x + 1 && r.y0 <= y && y <= r.y1 && r.y1 - r.y0 >= 2.5 * it.size,
    );
  };
  // Two numbers set apart are two cells, however close: a table without padding prints one cell's
  // number within half a character of the next (13612 and 252 in neighbouring columns).
  const apart = (it: PdfItem, last: PdfItem | undefined) =>
    it.x - end > 0.25 * it.size && /\d$/.test(last?.str ?? '') && /^\d/.test(it.str);
  for (const it of items) {
    const last = groups.at(-1);
    if (last && it.x - end <= 0.6 * it.size && !walled(it) && !apart(it, last.at(-1))) last.push(it);
    else groups.push([it]);
    end = Math.max(end, it.x + it.w);
  }
  const runs: Run[] = [];
  let at = 0;
  for (const g of groups) {
    const text = joinItems(g);
    if (!text) continue;
    const first = g[0] as PdfItem;
    const run = {
      text,
      x0: first.x,
      x1: Math.max(...g.map((i) => i.x + i.w)),
      y: first.y,
      size: Math.max(...g.map((i) => i.size)),
      page,
      start: at,
      end: at + text.length,
    };
    runs.push(run);
    at = run.end + 1;
  }
  return {
    page,
    y: Math.max(...items.map((i) => i.y)),
    x0: runs[0]?.x0 ?? 0,
    x1: Math.max(...runs.map((r) => r.x1)),
    size: Math.max(...runs.map((r) => r.size)),
    runs,
    text: runs.map((r) => r.text).join('\t'),
  };
}

/** A page's lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  let current: PdfItem[] = [];
  let baseline = Number.POSITIVE_INFINITY;
  for (const it of items) {
    if (current.length && Math.abs(baseline - it.y) > 0.5 * it.size) {
      lines.push(current);
      current = [];
    }
    if (!current.length) baseline = it.y;
    current.push(it);
  }
  if (current.length) lines.push(current);
  return lines.map((l) => lineOf(l, page.number, page.borders?.vertical)).filter((l) => l.runs.length);
}

/** Lines in a page's top or bottom margin that are page numbers or recur on other pages. */
function isRunning(line: PdfLine, page: PdfPage | undefined, recurring: ReadonlySet<string>): boolean {
  const height = page?.height ?? 842;
  const margin = height * 0.09;
  if (line.y < height - margin && line.y > margin) return false;
  // Inside a table's borders it is a cell's text, however near the edge (a number at the top of a page).
  if (insideBorders(line, page?.borders?.vertical ?? [])) return false;
  return isPageNumberLine(line.text.replace(/\t/g, ' '), true) || recurring.has(runningKey(line));
}

/**
 * Whether a line stands in the text's flow, a line's height or less from the next (a table's last row
 * at the foot of a page, a number's wrapped piece): a page number or a running header stands apart.
 */
function inFlow(line: PdfLine, lines: readonly PdfLine[]): boolean {
  return lines.some((o) => o !== line && Math.abs(o.y - line.y) <= 1.2 * Math.max(o.size, line.size));
}

/** Whether borders cross a line's text on both sides of it. */
function insideBorders(line: PdfLine, rules: readonly Rule[]): boolean {
  const y = line.y + 0.35 * line.size;
  const crossing = rules.filter((r) => r.y0 <= y && y <= r.y1);
  return crossing.some((r) => r.x <= line.x0) && crossing.some((r) => r.x >= line.x1);
}

/** A margin line's text with its numbers blanked, so "第 3 页" on page 3 and 4 count as the same. */
const runningKey = (line: PdfLine) =>
  `${line.y < 400 ? 'bottom' : 'top'}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;

/** Every page's lines in reading order, running headers, footers and page numbers dropped. */
export function documentLines(pages: readonly PdfPage[]): PdfLine[] {
  const perPage = pages.map(pageLines);
  const seen = new Map<string, Set<number>>();
  perPage.forEach((lines, i) => {
    const height = pages[i]?.height ?? 842;
    for (const l of lines)
      if (l.y > height * 0.91 || l.y < height * 0.09) {
        const key = runningKey(l);
        seen.set(key, (seen.get(key) ?? new Set()).add(i));
      }
  });
  const recurring = new Set([...seen].filter(([, p]) => p.size >= 2).map(([k]) => k));
  return perPage.flatMap((lines, i) =>
    lines.filter((l) => inFlow(l, lines) || !isRunning(l, pages[i], recurring)),
  );
}
