/**
 * From a table's segments to observations: the label text gathered until numbers come, then the
 * numbers (possibly wrapped over several lines) until the row's count is reached or text resumes.
 * Which row an observation is, is decided later, by its label or by the form's order.
 */
import type { RawValue, Segment } from '../types.ts';

export interface Observation {
  /** All label text since the previous numbers (group headings, wrapped label lines), joined. */
  text: string;
  /** Lines the label text came from. */
  textLines: number[];
  values: RawValue[];
  /** The line the first number is on (or the last text line, for text without numbers). */
  line: number;
  /**
   * Numbers on the next line that may end this row or start another: when this row's digits ran
   * together, it may be complete without them or wrapped onto them. Both readings are kept.
   */
  extra?: RawValue[];
}

export interface Observed {
  rows: Observation[];
  /**
   * Labels printed with empty cells and no number: a row the report left blank, or a label whose
   * numbers are printed on a row of their own. Read as blank only if no numbers are placed on it.
   */
  blankRows: { text: string; values: RawValue[] }[];
  /** Text after the last numbers. */
  trailing: { text: string; lines: number[] };
}

/** How many cells the values could fill at most: a run of digits printed without separators may hold several. */
function capacity(values: readonly RawValue[]): number {
  let n = 0;
  for (const v of values) n += !v.bound && /^\d+$/.test(v.raw) ? v.raw.length : 1;
  return n;
}

/**
 * Whether the lines of numbers from segment `from` on (up to the next text) hold exactly `count`
 * values before running over: a row printed one number a line, not rows without labels.
 */
function completesAhead(segments: readonly Segment[], from: number, count: number): boolean {
  let n = 0;
  for (let i = from; i < segments.length && n < count; i++) {
    const s = segments[i];
    if (!s || s.kind === 'text') break;
    n += s.values.length;
  }
  return n === count;
}

/**
 * Observes rows. `expected(text)` is how many numbers the row labelled `text` has. A line of
 * numbers alone continues the row before it only when the row cannot be complete without it: a
 * last number wrapped onto its own line, not the next row printed without its label.
 */
export function observe(
  segments: readonly Segment[],
  expected: (text: string) => number,
  labelled: (text: string) => boolean = () => true,
): Observed {
  const rows: Observation[] = [];
  const blankRows: Observed['blankRows'] = [];
  let text: string[] = [];
  let textLines: number[] = [];
  let values: RawValue[] = [];
  let want = 0;
  const current = (): Observation => ({
    text: text.join(''),
    textLines,
    values,
    line: values[0]?.line ?? textLines.at(-1) ?? 0,
  });
  const reset = () => {
    text = [];
    textLines = [];
    values = [];
  };
  const emit = () => {
    rows.push(current());
    reset();
  };
  segments.forEach((seg, i) => {
    if (seg.kind === 'text') {
      if (values.length) emit();
      text.push(seg.text);
      textLines.push(seg.line);
      return;
    }
    // Blank cells after text are set aside: under a header they are no row's numbers; under a label
    // they are its numbers only if none turn up for it (see blankRows).
    if (!values.length && seg.values.every((v) => v.raw === '')) {
      if (labelled(text.join(''))) blankRows.push({ text: text.join(''), values: seg.values });
      return;
    }
    if (values.length) {
      const joined = values.length + seg.values.length;
      const fits =
        joined <= want && (capacity(values) < want || completesAhead(segments, i, want - values.length));
      if (!fits && joined <= want) {
        // Run-together digits that could fill the row alone, or wrap onto this line: keep both readings.
        rows.push({ ...current(), extra: seg.values });
        reset();
        return;
      }
      if (!fits) emit();
    }
    if (!values.length) want = expected(text.join(''));
    values.push(...seg.values);
    if (values.length >= want) emit();
  });
  if (values.length) emit();
  return { rows, blankRows, trailing: { text: text.join(''), lines: textLines } };
}
