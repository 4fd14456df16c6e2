/**
 * Table assembly, independent of the source format: gathers label text until numbers come, then
 * the numbers (possibly wrapped over several lines) until the row's count is reached or text
 * resumes. Rows are then identified by their labels, never by their position in the table.
 */
import type { RawValue, Segment } from './types.ts';

export interface LogicalRow {
  /** All label text since the previous row (group headings, wrapped label lines), joined. */
  text: string;
  /** Lines the label text came from. */
  textLines: number[];
  values: RawValue[];
  /** The line the row's first number is on (or its last text line, for a row without numbers). */
  line: number;
}

export interface Assembled {
  rows: LogicalRow[];
  /** Text after the last row that was not followed by numbers. */
  trailing: { text: string; lines: number[] };
}

/**
 * Assembles rows. `expected(text)` gives how many numbers the row labelled `text` has (undefined
 * when the label is not recognised: its numbers are then gathered until text resumes).
 */
export function assembleRows(
  segments: readonly Segment[],
  expected: (text: string) => number | undefined,
): Assembled {
  const rows: LogicalRow[] = [];
  let text: string[] = [];
  let textLines: number[] = [];
  let values: RawValue[] = [];
  let want: number | undefined;
  const emit = () => {
    rows.push({ text: text.join(''), textLines, values, line: values[0]?.line ?? textLines.at(-1) ?? 0 });
    text = [];
    textLines = [];
    values = [];
    want = undefined;
  };
  for (const seg of segments) {
    if (seg.kind === 'text') {
      if (values.length) emit();
      text.push(seg.text);
      textLines.push(seg.line);
      continue;
    }
    if (!values.length) want = expected(text.join(''));
    values.push(...seg.values);
    if (want !== undefined && values.length >= want) emit();
  }
  if (values.length) emit();
  return { rows, trailing: { text: text.join(''), lines: textLines } };
}
