/**
 * Shared shapes of the importer. The table readers take `Segment`s (runs of label text and of
 * cell values, each tied to a source line), so a later HTML or PDF front end can feed them rows
 * of cells without going through the text tokenizer.
 */
import type { Cell } from '../../../src/schemas/cell.ts';
import type { ReadingMethod } from '../../../src/schemas/reading.ts';

export type { TableName } from '../../../src/catalogue/index.ts';

import type { TableName } from '../../../src/catalogue/index.ts';

/** Something the importer could not do (error) or doubted (warning). */
export interface Problem {
  severity: 'error' | 'warning';
  /** Machine-readable kind, e.g. `missing-row`, `loose-label`. */
  code: string;
  message: string;
  table?: TableName;
  /** The row as the catalogue prints it, e.g. （二）部分公开…, or a table 四 group. */
  row?: string;
  /** The column as the catalogue prints it, e.g. 自然人. */
  column?: string;
  /** 1-based line in the source (for HTML, in the page's source). */
  line?: number;
  /** The page of a PDF, where there are no lines to point at. */
  page?: number;
  /** The source line itself, for the reader of the error. */
  source?: string;
}

/** One cell's text as found in the source, with where it stands. */
export interface RawValue {
  /** The cell's literal text, '' for an empty tab-separated cell. */
  raw: string;
  line: number;
  /** UTF-16 offsets of the cell text within its line. */
  start: number;
  end: number;
  /**
   * True when the source delimits the cell itself (a tab, a markdown or HTML cell, a PDF column):
   * such a cell is one number. Space-separated or run-together text may hold several.
   */
  bound?: boolean;
  /**
   * An empty cell that may be an empty label cell rather than a blank number: in a markdown table a
   * converter left ragged (rows of different widths), where the numbers' columns cannot be trusted.
   */
  spacer?: boolean;
  /**
   * An empty line among numbers printed one cell to a line: an empty cell when its row needs it to be
   * whole, else spacing (a line after a row, before the next row whose label is lost).
   */
  soft?: boolean;
  /**
   * Why this cell cannot be trusted, though it was found: a number of a run printed one cell a line
   * that runs on into a row whose label is lost, or an empty PDF cell beside which a number stands a
   * line off its row. The row it is read into is refused with this reason.
   */
  doubt?: string;
  /**
   * What follows the value as if it were the rest of the same number (".5" after "1", on the next
   * line or in the next cell): the number was cut in two, and this half alone must not be read.
   */
  brokenBy?: string;
}

/** A run of label text, or a run of cell values, on one source line. */
export type Segment =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'values'; values: RawValue[]; line: number };

/** A cell as read, with its provenance (for error messages, the content's `read` record and tests). */
export interface CellRead {
  cell: Cell;
  line: number;
  start: number;
  end: number;
  /** How it was read: under its label, split by the identities, or placed by the form's order. */
  how: Exclude<ReadingMethod, 'hand'>;
}

/** What a table reader returns: the cells it read, keyed `row.column`, those it could not, and what went wrong. */
export interface TableRead {
  cells: Map<string, CellRead>;
  /** Cells of the form that were not read, keyed `row.column`, with why (for the content's `unread`). */
  unread: Map<string, string>;
  problems: Problem[];
}

/** Looks up a source line's text for messages. */
export type LineText = (line: number) => string;
