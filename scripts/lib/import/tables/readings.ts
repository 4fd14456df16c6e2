/**
 * The ways one observation's values can be read as the cells of given rows: one way when there is a
 * value for every cell; when there are fewer, every way to split digits that were run together (see
 * split.ts); none when there are too many, or too few digits to go round.
 */
import type { CellKind, ColumnDef } from '../../../../src/catalogue/index.ts';
import { parseCell } from '../cells.ts';
import { type CellGroup, type SplitToken, splitCells } from '../split.ts';
import type { CellRead, RawValue } from '../types.ts';
import type { Observation } from './observe.ts';

/** One cell of the rows an observation is read into. */
export interface Slot {
  /** Flat key, e.g. table3.newReceived.natural. */
  key: string;
  row: string;
  column: ColumnDef;
  kind: CellKind;
  /** The row as printed, for messages. */
  rowDisplay: string;
}

export interface Readings {
  ways: Map<string, CellRead>[];
  /** The values had to be split (fewer values than cells). */
  split: boolean;
  /** More ways than were listed. */
  truncated: boolean;
  /** Why there is no way, when there is none. */
  why?: string;
  /** Cells whose text is not a number of their kind: (slot, message). */
  bad: { slot: Slot; value: RawValue; message: string }[];
  /** Cells read with a remark, e.g. an amount converted from 元: (slot, message). */
  notes: { slot: Slot; value: RawValue; message: string }[];
}

const isDigits = (v: RawValue) => !v.bound && /^\d+$/.test(v.raw);

type Said = Pick<Readings, 'bad' | 'notes'>;

/** A value read whole into a cell of its kind. */
function whole(v: RawValue, slot: Slot, how: CellRead['how'], said: Said): CellRead | undefined {
  const parsed = parseCell(v.raw, slot.kind);
  if (!parsed.ok) {
    said.bad.push({ slot, value: v, message: parsed.message });
    return undefined;
  }
  if (parsed.warning) said.notes.push({ slot, value: v, message: parsed.warning });
  return { cell: parsed.cell, line: v.line, start: v.start, end: v.end, how };
}

/** Reads `obs` into `slots` (in printed order), grouped for totals as `groups` says. */
export function readingsOf(
  obs: Observation,
  slots: readonly Slot[],
  groups: readonly CellGroup[],
  how: 'label' | 'order',
): Readings {
  const said: Said = { bad: [], notes: [] };
  // A row with more cells than the form: blank cells after its last column pad it to a wider table
  // (table 二 under a 3-column header), blank cells before its first number stand in a label column.
  let values = obs.values;
  const blank = (v: RawValue | undefined) => v?.bound && v.raw === '';
  while (values.length > slots.length && blank(values.at(-1))) values = values.slice(0, -1);
  while (values.length > slots.length && blank(values[0])) values = values.slice(1);
  if (values.length === slots.length) {
    const way = new Map<string, CellRead>();
    slots.forEach((slot, i) => {
      const r = whole(values[i] as RawValue, slot, how, said);
      if (r) way.set(slot.key, r);
    });
    return { ways: [way], split: false, truncated: false, ...said };
  }
  if (values.length > slots.length)
    return {
      ways: [],
      split: false,
      truncated: false,
      ...said,
      why: `${values.length} numbers where the form has ${slots.length} cells`,
    };
  const tokens: SplitToken[] = values.map((v) => {
    if (isDigits(v)) return { digits: v.raw };
    const parsed = parseCell(v.raw, 'count');
    return { atom: parsed.ok ? parsed.cell.value : null };
  });
  const { ways, truncated } = splitCells(tokens, groups);
  const splitHow = how === 'order' ? 'order' : 'split';
  const out = ways.map((way) => {
    const cells = new Map<string, CellRead>();
    way.forEach((c, i) => {
      const slot = slots[i] as Slot;
      const v = values[c.token] as RawValue;
      if (!isDigits(v)) {
        const r = whole(v, slot, splitHow, said);
        if (r) cells.set(slot.key, r);
        return;
      }
      cells.set(slot.key, {
        cell: { value: c.value },
        line: v.line,
        start: v.start + c.from,
        end: v.start + c.to,
        how: splitHow,
      });
    });
    return cells;
  });
  const digits = values.filter(isDigits).reduce((n, v) => n + v.raw.length, 0);
  const why = out.length
    ? undefined
    : values.length + digits - values.filter(isDigits).length < slots.length
      ? `${values.length} numbers where the form has ${slots.length} cells, and too few digits to split into them`
      : 'no way to split its digits into the cells adds up (each total must be the sum of its row)';
  return { ways: out, split: true, truncated, ...said, ...(why ? { why } : {}) };
}

/** Every ordering of `n` items (n! of them; callers keep n small). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}
