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
  /** The ways were narrowed by the row's own totals (every total could be checked): see split.ts. */
  checked?: boolean;
  /** Why there is no way, when there is none. */
  why?: string;
  /** Cells that cannot be read: (slot, the problem's message, the cell's `unread` reason). */
  bad: { slot: Slot; value: RawValue; message: string; reason: string }[];
  /** Cells read with a remark, e.g. an amount converted from 元: (slot, message). */
  notes: { slot: Slot; value: RawValue; message: string }[];
}

const isDigits = (v: RawValue) => !v.bound && !v.brokenBy && /^\d+$/.test(v.raw);

type Said = Pick<Readings, 'bad' | 'notes'>;

/** A value read whole into a cell of its kind. */
function whole(v: RawValue, slot: Slot, how: CellRead['how'], said: Said): CellRead | undefined {
  if (v.brokenBy) {
    const message = `"${v.raw}" is followed by "${v.brokenBy}", as if one number had been cut in two there; neither half is read`;
    said.bad.push({ slot, value: v, message, reason: message });
    return undefined;
  }
  const parsed = parseCell(v.raw, slot.kind);
  if (!parsed.ok) {
    said.bad.push({
      slot,
      value: v,
      message: `${parsed.message}, expected a number or a not-reported mark`,
      reason: `“${v.raw}” is not a number`,
    });
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
  if (obs.extra?.length) {
    // The row alone, or the row with the next line's numbers: every way of either.
    const { extra: _, ...single } = obs;
    const alone = readingsOf(single, slots, groups, how);
    const wrapped = readingsOf({ ...single, values: [...obs.values, ...obs.extra] }, slots, groups, how);
    const ways = distinctWays([...alone.ways, ...wrapped.ways]);
    return {
      ways,
      split: true,
      truncated: alone.truncated || wrapped.truncated,
      checked: alone.checked !== false && wrapped.checked !== false,
      bad: [...alone.bad, ...wrapped.bad],
      notes: [...alone.notes, ...wrapped.notes],
      ...(ways.length ? {} : { why: alone.why ?? wrapped.why ?? 'no reading' }),
    };
  }
  const values = obs.values;
  const exactly = (vs: readonly RawValue[]) => {
    const way = new Map<string, CellRead>();
    slots.forEach((slot, i) => {
      const r = whole(vs[i] as RawValue, slot, how, said);
      if (r) way.set(slot.key, r);
    });
    return way;
  };
  // Blanks before the first number that may be label cells (a ragged markdown table): the row is read
  // with and without each, its last cells then blank; the identities decide, or nothing does.
  const spacers = values.findIndex((v) => !v.spacer);
  const starts = Array.from({ length: spacers <= 0 ? 1 : spacers + 1 }, (_, j) => j);
  const candidates = starts.map((j) => {
    const rest = values.slice(j);
    if (j === 0 || rest.length >= slots.length) return rest;
    const last = values.at(-1);
    const blank = {
      raw: '',
      line: last?.line ?? obs.line,
      start: last?.end ?? 0,
      end: last?.end ?? 0,
      bound: true,
    };
    return [...rest, ...Array.from({ length: slots.length - rest.length }, () => blank)];
  });
  // More cells than the form has: blank cells pad the row — after its last column to a wider table
  // (table 二 under a 3-column header), before its first number in a label column, inside it under a
  // merged header cell. Which blanks are padding matters when blanks also stand among the numbers:
  // each way is kept, for the identities to decide.
  const fitted = candidates.flatMap((vs) =>
    vs.length === slots.length ? [vs] : vs.length > slots.length ? paddingTrims(vs, slots.length) : [],
  );
  if (fitted.length)
    return { ways: distinctWays(fitted.map(exactly)), split: false, truncated: false, ...said };
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
  const { ways, truncated, checked } = splitCells(tokens, groups);
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
  return { ways: out, split: true, truncated, checked, ...said, ...(why ? { why } : {}) };
}

const isBlank = (v: RawValue) => v.bound === true && v.raw === '';

/**
 * The rows left when `values` loses blank cells down to `count` cells, each way it can: blanks at the
 * ends pad the row, blanks inside stand under a header cell spanning two columns (a converter writes
 * a merged cell as one cell and an empty one). Numbers are never dropped.
 */
function paddingTrims(values: readonly RawValue[], count: number): RawValue[][] {
  const excess = values.length - count;
  // Padding at the ends first: only a row with no way to lose its extra cells there loses blanks inside.
  const atEnds: RawValue[][] = [];
  for (let lead = 0; lead <= excess; lead++) {
    const trail = excess - lead;
    const cut = [...values.slice(0, lead), ...values.slice(values.length - trail)];
    if (cut.every(isBlank)) atEnds.push(values.slice(lead, values.length - trail));
  }
  if (atEnds.length) return atEnds;
  const blanks = values.flatMap((v, i) => (isBlank(v) ? [i] : []));
  if (blanks.length < excess) return duplicateTrims(values, excess);
  return dropEach(values, blanks, excess);
}

/** Every way (up to 32) of dropping `excess` of the cells at `droppable` from `values`. */
function dropEach(values: readonly RawValue[], droppable: readonly number[], excess: number): RawValue[][] {
  const out: RawValue[][] = [];
  const pick = (from: number, left: number, dropped: number[]) => {
    if (out.length >= 32) return;
    if (left === 0) {
      out.push(values.filter((_, i) => !dropped.includes(i)));
      return;
    }
    for (let k = from; k <= droppable.length - left; k++)
      pick(k + 1, left - 1, [...dropped, droppable[k] as number]);
  };
  pick(0, excess, []);
  return out;
}

/**
 * A cell spanning columns, its number repeated in each column it covers (a converter's grid: docling,
 * or a table whose header and rows span differently, 893 893 -183 …): with `excess` cells too many and
 * no blanks to lose, each way of dropping a table cell that repeats the one before it. Ways that read
 * the same numbers are one; ways that differ are left to the identities, or not read.
 */
function duplicateTrims(values: readonly RawValue[], excess: number): RawValue[][] {
  if (!values.every((v) => v.bound)) return [];
  const repeats = values.flatMap((v, i) => (i > 0 && !isBlank(v) && v.raw === values[i - 1]?.raw ? [i] : []));
  return repeats.length < excess ? [] : dropEach(values, repeats, excess);
}

/** Readings that give every cell the same value are one reading. */
export function distinctWays(ways: readonly Map<string, CellRead>[]): Map<string, CellRead>[] {
  const seen = new Map<string, Map<string, CellRead>>();
  for (const w of ways) {
    const key = [...w]
      .map(([k, r]) => `${k}=${r.cell.value}`)
      .sort()
      .join('|');
    if (!seen.has(key)) seen.set(key, w);
  }
  return [...seen.values()];
}

/** Every ordering of `n` items (n! of them; callers keep n small). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}
