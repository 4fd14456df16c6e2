/**
 * A table row of cells as the table readers take it: the label cells as text, then every cell after
 * the label as a value — a blank cell too, since the grid says where it stands (never dropped, never 0).
 */
import { isValueToken } from '../cells.ts';
import type { RawValue, Segment } from '../types.ts';

export interface RowLine {
  /** The row as one line, cells separated by tabs (shown in messages). */
  text: string;
  /** Each cell's offsets in `text`. */
  spans: { start: number; end: number }[];
}

export function rowLine(cells: readonly string[]): RowLine {
  const spans: RowLine['spans'] = [];
  let at = 0;
  for (const c of cells) {
    spans.push({ start: at, end: at + c.length });
    at += c.length + 1;
  }
  return { text: cells.join('\t'), spans };
}

/**
 * The segments of one row (1-based `line`). A row without any number is all label text (a header, a
 * block heading, or a row left entirely blank, which the readers then report as a row without numbers).
 * `inLabels[i]` says the cell lies left of every number of its table: blank there is an empty label
 * cell, not a blank number.
 */
export function rowSegments(
  cells: readonly string[],
  line: number,
  inLabels: readonly boolean[] = [],
): Segment[] {
  const kinds = cells.map((c, i) =>
    c === '' ? (inLabels[i] ? 'spacer' : 'blank') : isValueToken(c) ? 'value' : 'text',
  );
  const labels = (upTo: number) =>
    cells
      .slice(0, upTo)
      .filter((c) => c !== '')
      .join(' ');
  const lastText = Math.max(kinds.lastIndexOf('text'), kinds.lastIndexOf('spacer'));
  // A row with no number at all: label text, and the blank cells after it if they stand where numbers
  // do (a row the report left blank; the table reader drops them when the text names no row).
  if (!kinds.includes('value') && !kinds.slice(lastText + 1).includes('blank')) {
    const text = labels(cells.length);
    return text ? [{ kind: 'text', text, line }] : [];
  }
  const { spans } = rowLine(cells);
  const values: RawValue[] = [];
  for (let i = lastText + 1; i < cells.length; i++) {
    const span = spans[i] ?? { start: 0, end: 0 };
    values.push({ raw: cells[i] ?? '', line, start: span.start, end: span.end, bound: true });
  }
  const text = labels(lastText + 1);
  return [...(text ? [{ kind: 'text' as const, text, line }] : []), { kind: 'values', values, line }];
}
