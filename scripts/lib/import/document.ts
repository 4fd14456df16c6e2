/**
 * What every front end (extracted text, HTML page, PDF) hands the import core: the report's lines,
 * in which the title and the six part headings are found, and — where the source has them — its own
 * table rows and paragraphs, so the core never has to guess them from a flattened string.
 */
import type { Block } from './prose.ts';
import type { Problem, Segment } from './types.ts';

export type SourceKind = 'text' | 'html' | 'pdf';

export interface SourceDoc {
  kind: SourceKind;
  /**
   * The report's lines (line n is `lines[n - 1]`): text as read; for HTML and PDF the title first,
   * then one line per paragraph and per table row (cells separated by tabs), shell and footers left out.
   */
  lines: readonly string[];
  /** The table rows of lines [start, end) (0-based) as segments; absent for text, whose lines are tokenized. */
  tableSegments?(start: number, end: number): Segment[];
  /** The paragraphs and sub-headings of lines [start, end); absent for text, whose wrapped lines are re-joined. */
  proseBlocks?(start: number, end: number): Block[];
  /** Where a line stands in the original, for messages: its line in the HTML source, or its PDF page. */
  locate?(line: number): { line?: number; page?: number };
  /** The address the page was published at, when the source says. */
  url?: string;
  /** When the page says it was published (a meta tag or a labelled line outside the report), ISO. */
  published?: { date: string; from: string };
  /** What the front end doubted (e.g. a table it could not lay out) or could not do. */
  problems: Problem[];
}
