/**
 * Where the three tables are, found by their own anchors — their header words and the form's row
 * labels — not by the part headings, which reports reword, renumber or lose. A table is the densest
 * run of lines carrying its anchors; prose sentences never count, whatever words they use. Tables
 * come in the form's order: 二, then 三, then 四.
 */
import {
  formatCatalogue,
  printedLabel,
  reportFormats,
  table3Columns,
  table4Columns,
  table4Groups,
  tableNames,
} from '../../../src/catalogue/index.ts';
import { isValueToken } from './cells.ts';
import { canon, isEmptyCellLine } from './normalize.ts';
import { matchPartTitle } from './partTitles.ts';
import type { TableName } from './types.ts';

export type Regions = Partial<Record<TableName, [number, number]>>;

const unique = (xs: readonly string[]) => [...new Set(xs.map(canon))].filter((x) => x.length >= 4);

/** Words that only a table's header or rows print (canonical), for each table. */
const anchors: Record<TableName, string[]> = {
  [tableNames.table2]: unique([
    '第二十条第',
    '信息内容',
    ...reportFormats.flatMap((f) =>
      formatCatalogue(f).table2Blocks.flatMap((b) =>
        b.columns.flatMap((c) => [c.label, ...(c.aliases ?? [])]),
      ),
    ),
    // The rows of the blocks whose columns are not the documents' (收费, 采购): words only table 二 uses.
    ...reportFormats.flatMap((f) =>
      formatCatalogue(f).table2Blocks.flatMap((b) =>
        b.key === 'item8' || b.key === 'item9' ? b.rows.map((r) => r.label) : [],
      ),
    ),
  ]),
  [tableNames.table3]: unique([
    '申请人情况',
    '本列数据的勾稽关系',
    ...table3Columns.filter((c) => 'group' in c).map((c) => c.label),
    ...reportFormats.flatMap((f) => formatCatalogue(f).table3Rows.map((r) => r.label)),
  ]).filter((w) => w.length >= 5),
  [tableNames.table4]: unique([
    ...table4Groups.map((g) => g.label),
    ...table4Columns.filter((c) => c.key !== 'total').map((c) => c.label),
  ]),
};

/**
 * A row of table 三 starts with its ordinal and its label's first words even when the label wraps
 * over lines or the extraction breaks it: "5.要求行政机关…", "（二）部分公开…" (canonical).
 */
const table3Starts = [
  ...new Set(
    reportFormats.flatMap((f) => {
      const c = formatCatalogue(f);
      return [...c.table3Rows, ...c.table3Groups].map((r) =>
        canon(printedLabel({ marker: r.marker, label: r.label.slice(0, 4) })),
      );
    }),
  ),
];

/** Table 二's rows are also common words: they count as anchors only on a short line that ends in numbers. */
const table2Rows = unique(
  reportFormats.flatMap((f) => formatCatalogue(f).table2Blocks.flatMap((b) => b.rows.map((r) => r.label))),
);

/** A sentence of prose: it ends a clause, or is too long to be a table line. */
export function isProseLine(line: string): boolean {
  const t = line.trim();
  if (/[。；;！？]/.test(t)) return true;
  // A long line is prose unless it carries a row of numbers (a flattened header and its numbers).
  return t.length > 120 && valueWords(t).length < 5;
}

/** The words of a line that are cell values: numbers (with a unit, separators), not-reported marks. */
const valueWords = (t: string) => t.split(/[\s|]+/).filter((w) => w !== '' && isValueToken(w));

/** A line of values only, as a table's rows print them: `12 0 3`, `| 12件 | / | 3 |`. */
const isValuesLine = (t: string) => {
  const words = t.split(/[\s|]+/).filter((w) => w !== '');
  return words.length > 0 && words.every(isValueToken);
};

/** What the locator needs of a line, worked out once for all three tables. */
interface LineInfo {
  prose: boolean;
  separates: boolean;
  /** Canonical text; empty for prose, which carries no anchor. */
  c: string;
}

function infoOf(line: string): LineInfo {
  const prose = isProseLine(line);
  return {
    prose,
    separates: prose || (line.trim().length > 12 && /[，,]/.test(line)),
    c: prose ? '' : canon(line),
  };
}

function anchorsIn(info: LineInfo, table: TableName): number {
  if (info.prose || !info.c) return 0;
  const c = info.c;
  let n = anchors[table].filter((a) => c.includes(a)).length;
  if (table === tableNames.table2 && c.length <= 40 && /\d$/.test(c) && table2Rows.some((r) => c.includes(r)))
    n++;
  if (table === tableNames.table3 && !n && table3Starts.some((w) => c.startsWith(w))) n++;
  return n;
}

/** A line that separates tables: a sentence, or a clause of prose wrapped at a fixed width. */
const separates = (line: string) => isProseLine(line) || (line.trim().length > 12 && /[，,]/.test(line));

interface Cluster {
  first: number;
  last: number;
  weight: number;
}

/**
 * Runs of anchor lines with at most `gap` lines of prose between them, heaviest first. Header words
 * broken a character a line, wrapped labels and lines of numbers do not break a run; prose does.
 */
function clusters(lines: readonly LineInfo[], table: TableName, gap = 2): Cluster[] {
  const out: Cluster[] = [];
  let current: Cluster | undefined;
  let prose = 0;
  lines.forEach((line, i) => {
    const n = anchorsIn(line, table);
    if (!n) {
      if (line.separates) prose++;
      return;
    }
    if (current && prose <= gap) {
      current.last = i;
      current.weight += n;
    } else {
      current = { first: i, last: i, weight: n };
      out.push(current);
    }
    prose = 0;
  });
  return out.sort((a, b) => b.weight - a.weight || a.first - b.first);
}

/** Header words broken up by the extraction: short pieces, no clause of prose, no part heading. */
function isHeaderFragment(t: string): boolean {
  if (separates(t) || matchPartTitle(t)) return false;
  return canon(t).length <= 12 || t.split(/\s+/).every((w) => canon(w).length <= 6);
}

/** A row whose label the form does not know (misprinted, garbled): a few words, then its numbers. */
const isUnknownRow = (t: string) => !separates(t) && /^[^\d]{1,20}?(?:[\s|]*\d+){3,}[\s|]*$/u.test(t);

/**
 * Lines of numbers right after a table's last label still belong to it, even past the header
 * words broken a character a line that stand between (table 四's header, then its one row). Up to
 * the next table (`bounded`), so do rows whose labels are unknown: the table's last rows with their
 * labels garbled are still its rows, to be placed or refused, not a row above read as standing for them.
 */
function extend(lines: readonly string[], last: number, limit: number, bounded = false): number {
  let end = last + 1;
  for (let i = last + 1; i < limit; i++) {
    const t = lines[i]?.trim() ?? '';
    // A line of a no-break space right after the numbers is an empty cell of their row (one cell a line).
    if (end === i && isEmptyCellLine(lines[i] ?? '')) end = i + 1;
    if (t === '') continue;
    if (/^[\d\s|.,/\\\-—–－无\t]+$/.test(t) || isValuesLine(t) || (bounded && isUnknownRow(t))) end = i + 1;
    else if (!isHeaderFragment(t)) break;
  }
  return end;
}

/**
 * The tables' line ranges (0-based [start, end)). Table 三 is found first (its anchors are the most
 * distinctive), then table 二 before it and table 四 after it. A table without anchors is absent.
 */
export function locateTables(lines: readonly string[]): Regions {
  const regions: Regions = {};
  const infos = lines.map(infoOf);
  const t3 = clusters(infos, tableNames.table3).find((c) => c.weight >= 2);
  const before = t3 ? t3.first : lines.length;
  const after = t3 ? t3.last + 1 : 0;
  const t2 = clusters(infos.slice(0, before), tableNames.table2).find((c) => c.weight >= 2);
  const t4all = clusters(infos, tableNames.table4).filter((c) => c.first >= after && c.weight >= 2);
  const t4 = t4all[0];
  if (t2) regions.表二 = [t2.first, t3 ? t3.first : extend(lines, t2.last, lines.length)];
  if (t3) regions.表三 = [t3.first, extend(lines, t3.last, t4 ? t4.first : lines.length, t4 !== undefined)];
  if (t4) regions.表四 = [t4.first, extend(lines, t4.last, lines.length)];
  return regions;
}
