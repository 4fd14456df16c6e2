/**
 * Where each number of a report came from (出处): how it was read (读取方式) and the line of the
 * source view it stands on. Pure: the loader (src/loaders/sourceView.ts) supplies the view and where the
 * importer's readers find each number when they read the original again.
 */
import { cellPaths, type ReportFormat, tableNames } from '../catalogue/index.ts';
import { cellRef } from '../checks/cells.ts';
import type { TableKey } from '../checks/types.ts';
import type { Cell } from '../schemas/cell.ts';
import {
  type Reading,
  type ReadingMethod,
  type Readings,
  readingMethodLabels,
  readingOf,
} from '../schemas/reading.ts';
import { displayCell } from './cells.ts';
import { placeAnchor, type SourceView, type ViewLine } from './sourceView.ts';

/** Where one cell's number came from. */
export interface CellSource {
  how: ReadingMethod;
  /** As the content records it (`read:`): the original's line (text; HTML source) or PDF page. */
  line?: number;
  page?: number;
  /** The anchor in the source view: the number's own line, or (for a PDF whose line is not known) its page. */
  anchor?: string;
  /** The source-view line the number stands on, when known: its number, text and page. */
  at?: ViewLine;
}

/** A cell as the importer's readers find it when they read the original again, placed in the view. */
export interface ReadAgain {
  value: number | null;
  how: Exclude<ReadingMethod, 'hand'>;
  /** Where it stands in the original's terms (as `read:` would record it): a line, or a PDF page. */
  place: { line?: number; page?: number };
  /** The source-view line it stands on. */
  line?: ViewLine;
}

/**
 * How far below its row's recorded line a cell may stand: `read:` records a row at its first number,
 * and a row's last numbers may wrap onto the lines after it.
 */
const wrapLines = 5;

/** Whether a reading again agrees with the record: same method, and on the recorded page, or at or just below the recorded line. */
function agrees(reading: Reading, again: ReadAgain): boolean {
  if (again.how !== reading.how) return false;
  if (reading.page !== undefined) return again.place.page === reading.page;
  const { line } = again.place;
  return (
    reading.line !== undefined &&
    line !== undefined &&
    line >= reading.line &&
    line <= reading.line + wrapLines
  );
}

/**
 * One cell's source: a cell typed by hand has none; otherwise the line the importer's readers find
 * its number on again — trusted only when they find the published number where the record says —
 * else the recorded line, or a PDF's recorded page.
 */
export function cellSource(
  reading: Reading,
  value: number | null,
  view: SourceView | undefined,
  again?: ReadAgain,
): CellSource {
  if (reading.how === 'hand') return { how: 'hand' };
  const recorded: CellSource = {
    how: reading.how,
    ...(reading.line !== undefined ? { line: reading.line } : {}),
    ...(reading.page !== undefined ? { page: reading.page } : {}),
  };
  if (!view) return recorded;
  if (again?.line && again.value === value && agrees(reading, again))
    return { ...recorded, anchor: again.line.id, at: again.line };
  const anchor = placeAnchor(view, reading);
  const at = reading.line !== undefined ? view.lines.find((l) => l.id === anchor) : undefined;
  return { ...recorded, ...(anchor ? { anchor } : {}), ...(at ? { at } : {}) };
}

/** Every cell of a report's form with its source, in printed order (flat keys, `table3.newReceived.natural`). */
export function cellSources(
  data: { format: ReportFormat; read?: Readings; table2: object; table3: object; table4: object },
  view: SourceView | undefined,
  again: (key: string) => ReadAgain | undefined = () => undefined,
): Map<string, CellSource> {
  const out = new Map<string, CellSource>();
  for (const c of cellPaths(data.format)) {
    const cell = cellOf(data, c.table, c.row, c.column);
    if (!cell || cell.unread) continue;
    out.set(c.key, cellSource(readingOf(data.read, c.key), cell.value, view, again(c.key)));
  }
  return out;
}

function cellOf(data: object, table: TableKey, row: string, column: string): Cell | undefined {
  const t = (data as Record<string, Record<string, Record<string, Cell> | undefined> | undefined>)[table];
  return t?.[row]?.[column];
}

/** A source-view line in words: 第3页第17行 (a PDF), 第52行. */
export const lineWhere = (at: ViewLine) =>
  at.page !== undefined ? `第${at.page}页第${at.n}行` : `第${at.n}行`;

/** Where a source stands, in words: 第3页第17行, 第3页, 第52行; undefined when it was typed by hand. */
export function whereText(source: CellSource): string | undefined {
  if (source.at) return lineWhere(source.at);
  if (source.page !== undefined) return `第${source.page}页`;
  if (source.line !== undefined) return `第${source.line}行`;
  return undefined;
}

/** A link to a place in a report's source view: its address, and where it leads in words (第3页第17行). */
export interface SourceLink {
  href: string;
  where: string;
}

/** The link of every cell that has a place in the source view (`view` is the view's address). */
export function sourceLinks(sources: ReadonlyMap<string, CellSource>, view: string): Map<string, SourceLink> {
  const out = new Map<string, SourceLink>();
  for (const [key, s] of sources) {
    const where = whereText(s);
    if (s.anchor && where) out.set(key, { href: `${view}#${s.anchor}`, where });
  }
  return out;
}

/** A cell's link's accessible name: its number as shown, then where in the original it was read. */
export const cellLinkName = (shown: string, link: SourceLink) => `${shown}，原文${link.where}`;

/** The cells read from one line (or page) of the source view, by row, for the note beside that line. */
export interface LineNote {
  table: string;
  row: string;
  how: ReadingMethod;
  cells: { key: string; column: string; text: string }[];
}

/** For each anchor of the source view, what was read there: one entry per row and reading method. */
export function lineNotes(
  data: { format: ReportFormat; table2: object; table3: object; table4: object },
  sources: ReadonlyMap<string, CellSource>,
): Map<string, LineNote[]> {
  const out = new Map<string, LineNote[]>();
  for (const c of cellPaths(data.format)) {
    const source = sources.get(c.key);
    const cell = cellOf(data, c.table, c.row, c.column);
    if (!source?.anchor || !cell) continue;
    const notes = out.get(source.anchor) ?? [];
    const ref = cellRef(c.table, c.row, c.column);
    const last = notes.at(-1);
    const entry = { key: c.key, column: ref.columnLabel, text: displayCell(cell).text };
    if (last && last.table === tableNames[c.table] && last.row === ref.rowLabel && last.how === source.how)
      last.cells.push(entry);
    else notes.push({ table: tableNames[c.table], row: ref.rowLabel, how: source.how, cells: [entry] });
    out.set(source.anchor, notes);
  }
  return out;
}

/** A line's note in words: 表三「一、本年新收…」自然人 21、商业企业 0（按标签读取）；… */
export function noteText(notes: readonly LineNote[]): string {
  return notes
    .map(
      (n) =>
        `${n.table}「${n.row}」${n.cells.map((c) => `${c.column} ${c.text}`).join('、')}（${readingMethodLabels[n.how]}）`,
    )
    .join('；');
}
