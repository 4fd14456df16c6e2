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
  printed: readonly Segment[],
  expected: (text: string) => number,
  labelled: (text: string) => boolean = () => true,
): Observed {
  const segments = settleSoftBlanks(printed, expected);
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
  // Blank cells after text are set aside: under a header they are no row's numbers; under a label
  // they are its numbers only if none turn up for it (see blankRows). Printed one cell to a line, they
  // are the row's first cells when its numbers follow on the next lines.
  let aside: { values: RawValue[]; line: number }[] = [];
  const setAside = () => {
    const blanks = aside.flatMap((s) => s.values);
    if (blanks.length && labelled(text.join(''))) blankRows.push({ text: text.join(''), values: blanks });
    aside = [];
  };
  segments.forEach((seg, i) => {
    if (seg.kind === 'text') {
      setAside();
      if (values.length) emit();
      text.push(seg.text);
      textLines.push(seg.line);
      return;
    }
    if (!values.length && seg.values.every((v) => v.raw === '')) {
      aside.push(seg);
      return;
    }
    if (aside.length) {
      const lineByLine = aside.every(
        (s, k) => s.values.length === 1 && s.line < (aside[k + 1]?.line ?? seg.line),
      );
      if (lineByLine && seg.values.length === 1) {
        want = expected(text.join(''));
        values.push(...aside.flatMap((s) => s.values));
      } else setAside();
      aside = [];
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
  setAside();
  if (values.length) emit();
  return { rows, blankRows, trailing: { text: text.join(''), lines: textLines } };
}

/**
 * Empty lines that may be empty cells (`soft`, one cell to a line) are kept as blanks where the label's
 * numbers and they make its row exactly (2 numbers and 5 empty lines under a row of 7). Any other count
 * means a row whose label is lost runs on after the label's, and the empty lines could be cells of
 * either (or its numbers whole and the empty lines a blank row's): the run's numbers are in `doubt`.
 */
export function settleSoftBlanks(
  segments: readonly Segment[],
  expected: (text: string) => number,
): Segment[] {
  if (!segments.some((s) => s.kind === 'values' && s.values.some((v) => v.soft))) return [...segments];
  const out: Segment[] = [];
  let text: string[] = [];
  let run: Segment[] = [];
  const settle = () => {
    const values = run.flatMap((s) => (s.kind === 'values' ? s.values : []));
    const keep = values.length === expected(text.join(''));
    const doubt = !keep && values.some((v) => v.soft) ? runOnWhy : undefined;
    for (const s of run) {
      if (s.kind !== 'values') continue;
      const kept = s.values
        .filter((v) => !v.soft || keep)
        .map(({ soft: _, ...v }) => (doubt ? { ...v, doubt } : v));
      if (kept.length) out.push({ ...s, values: kept });
    }
    run = [];
  };
  for (const s of segments) {
    if (s.kind === 'text') {
      if (run.length) {
        settle();
        text = [];
      }
      text.push(s.text);
      out.push(s);
    } else run.push(s);
  }
  settle();
  return out;
}

const runOnWhy =
  'its numbers run on into the next row’s, whose label is lost, with empty lines that could be cells of either: where one row ends cannot be told';
