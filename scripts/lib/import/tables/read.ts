/**
 * Reading one table, whatever the source: observations (label text, then numbers) are placed on
 * the form's rows by their labels or, where a label is missing, by the form's order; values that
 * were run together are split; the identities decide what is ambiguous. Every cell of the form ends
 * up read (and how), or unread with the reason; numbers never move to a row they were not read for.
 */
import { type ColumnDef, evaluateIdentity, printedLabel } from '../../../../src/catalogue/index.ts';
import { isValueToken } from '../cells.ts';
import { findLabelIn, type LabelMatch } from '../labels.ts';
import { canon, isEmptyCellLine } from '../normalize.ts';
import { describeValues, labelQualityProblem, lineOfLabel, problem } from '../problems.ts';
import type { CellRead, LineText, Problem, RawValue, Segment, TableRead } from '../types.ts';
import { markBroken } from './broken.ts';
import { type Observation, type Observed, observe } from './observe.ts';
import { bondOf, type LabelPairing, type Placed, place } from './place.ts';
import { distinctWays, permutations, type Readings, readingsOf, type Slot } from './readings.ts';
import { type Decision, solve, type Unit } from './solve.ts';
import type { SpecHeading, SpecRow, TableSpec } from './spec.ts';

export interface ReadHooks {
  /**
   * Given what was observed and placed, a row's columns in the order the source prints them (table 二
   * reads its blocks' headers); by default the form's order.
   */
  columns?(observed: Observed, placed: Placed): (row: SpecRow) => readonly ColumnDef[] | undefined;
}

export interface TableReading extends TableRead {
  observed: Observed;
  placed: Placed;
}

/** Orders of more rows than this are not tried: n! grows too fast, and real gaps are small. */
const maxGapRows = 5;
const maxCombinations = 5000;

/**
 * Reads a table. Where labels and numbers do not pair up (labels without numbers, numbers without
 * labels) in a table with identities, the reading with every row's numbers one line off — printed
 * below or above their labels, as converters do — is tried too, and taken only when it places more
 * rows and the identities hold throughout it.
 *
 * Labels printed on lines of their own between runs of numbers (each label, then its numbers, one
 * to a line, as `pdftotext` prints a table cell by cell) are first left to the form's order; when
 * that leaves cells unread, both pairings (every such label above its numbers, or every one below)
 * are tried as readings of the whole table. One is taken when it places every row, its labelled rows
 * in the form's order, breaks no identity and the other pairing cannot be read so; when both can and
 * they differ, neither is. The identities alone cannot choose: moving a run of rows' numbers one row
 * along keeps every column's sum.
 */
export function readTable(
  given: readonly Segment[],
  lineText: LineText,
  spec: TableSpec,
  hooks: ReadHooks = {},
): TableReading {
  const segments = markBroken(given);
  const plain = attempt(segments, lineText, spec, hooks);
  if (!spec.identities.length) return plain;
  const paired =
    plain.placed.betweenRuns > 0 && plain.unread.size > 0
      ? pairings(segments, lineText, spec, hooks)
      : undefined;
  if (paired) return paired;
  if (flawsOf(plain) === 0) return plain;
  let best: { reading: TableReading; by: number } | undefined;
  let doubt: TableReading | undefined;
  for (const by of [1, -1] as const) {
    const shifted = attempt(shiftNumbers(segments, by), lineText, spec, hooks);
    const score = identityScore(shifted, spec);
    if (flawsOf(shifted) > 0 || score.fails > 0) continue;
    // Re-pairing every row is a reading of the whole table: taken only when it places every row and
    // every identity of the table can be checked and holds. One that places every row but leaves
    // identities unchecked (blanks) casts doubt on the plain pairing instead.
    if (score.holds === spec.identities.length) best = { reading: shifted, by };
    else doubt = shifted;
  }
  if (!best) return doubt ? withDoubt(plain, doubt, spec) : plain;
  const { reading, by } = best;
  for (const r of reading.cells.values()) r.how = 'order';
  reading.problems.unshift(
    problem(
      'warning',
      'numbers-shifted',
      `the numbers stand one row ${by > 0 ? 'below' : 'above'} their labels: each row's numbers read with the label ${by > 0 ? 'above' : 'below'} them, the only pairing under which every row is placed and the identities hold`,
      { table: spec.name },
    ),
  );
  return reading;
}

/**
 * The table read with every label between runs of numbers above its numbers, or below them: the
 * one pairing under which every row is placed, in the form's order, with nothing left over and no
 * identity broken (at least one checked); undefined when neither or both (with different numbers)
 * can be read so.
 */
function pairings(
  segments: readonly Segment[],
  lineText: LineText,
  spec: TableSpec,
  hooks: ReadHooks,
): TableReading | undefined {
  const readings = (['above', 'below'] as const).map((pairing) => {
    const reading = attempt(segments, lineText, spec, hooks, pairing);
    const score = identityScore(reading, spec);
    const fits =
      flawsOf(reading) === 0 &&
      score.fails === 0 &&
      score.holds > 0 &&
      placesEveryRow(reading, spec) &&
      inFormOrder(reading, spec);
    return { pairing, reading, fits };
  });
  const fitting = readings.filter((r) => r.fits);
  const [one, other] = fitting;
  if (!one || (other && !sameCells(one.reading, other.reading))) return undefined;
  one.reading.problems.unshift(
    problem(
      'warning',
      'labels-paired',
      `labels printed on a line of their own between runs of numbers read with the numbers ${one.pairing === 'above' ? 'after' : 'before'} them: the only pairing under which every row is placed and no identity breaks`,
      { table: spec.name },
    ),
  );
  return one.reading;
}

/**
 * Whether every row of the form has numbers placed on it, by its label or by order. A pairing that
 * moves every label of a run one row along leaves a row at one end of the run without numbers,
 * unless a lost label or a heading's numbers there absorb the shift: so a pairing that leaves any
 * row without numbers is not taken, whatever the identities say (they add the run's rows up
 * together, so a shift within it keeps them).
 */
function placesEveryRow(reading: TableReading, spec: TableSpec): boolean {
  const placed = new Set([
    ...reading.placed.placements.flatMap((p) => p.rows),
    ...reading.placed.gaps.flatMap((g) => g.rows),
  ]);
  return spec.rows.every((r) => placed.has(r.key));
}

/**
 * Whether the rows placed by their labels follow one another as the form orders them. A label
 * printed away from its row (after the numbers of a later one) is never right under either pairing:
 * given numbers, it puts a row out of order.
 */
function inFormOrder(reading: TableReading, spec: TableSpec): boolean {
  let last = -1;
  for (const p of reading.placed.placements) {
    const at = Math.min(...p.rows.map((r) => spec.index.get(r) ?? -1));
    if (at < last) return false;
    last = at;
  }
  return true;
}

/** Whether two readings put the same numbers in the same cells. */
function sameCells(a: TableReading, b: TableReading): boolean {
  if (a.cells.size !== b.cells.size) return false;
  for (const [key, r] of a.cells) if (b.cells.get(key)?.cell.value !== r.cell.value) return false;
  return true;
}

/**
 * The plain reading, with every cell that a reading one row off would read differently left unread:
 * when both pairings place what they can and no identity tells them apart, neither is trusted.
 */
function withDoubt(plain: TableReading, other: TableReading, spec: TableSpec): TableReading {
  const why =
    'the numbers may stand one row off their labels (a label without numbers above, numbers without a label below, or the reverse), and the identities cannot tell which pairing is right';
  const cells = new Map(plain.cells);
  const unread = new Map(plain.unread);
  for (const [key, read] of plain.cells)
    if (other.cells.get(key)?.cell.value !== read.cell.value) {
      cells.delete(key);
      unread.set(key, why);
    }
  for (const key of other.cells.keys()) if (!cells.has(key) && !unread.has(key)) unread.set(key, why);
  const problems = [...plain.problems, problem('error', 'unread', why, { table: spec.name })];
  return { ...plain, cells, unread, problems };
}

/** Labels left without numbers and numbers left without a label. */
const flawsOf = (r: TableReading) =>
  r.placed.unplaced.length + r.problems.filter((p) => p.code === 'row-without-numbers').length;

/** How many identity instances the reading's cells satisfy and break. */
function identityScore(r: TableReading, spec: TableSpec): { holds: number; fails: number } {
  let holds = 0;
  let fails = 0;
  for (const inst of spec.identities) {
    const v = evaluateIdentity(inst, (a) => r.cells.get(`${a.row}.${a.column}`)?.cell.value);
    if (v === 'holds') holds++;
    else if (v === 'fails') fails++;
  }
  return { holds, fails };
}

/** The segments with each line's numbers moved `by` lines (1: to the line above; -1: to the line below). */
function shiftNumbers(segments: readonly Segment[], by: 1 | -1): Segment[] {
  const lines: { texts: Segment[]; values: Segment[] }[] = [];
  const index = new Map<number, number>();
  for (const s of segments) {
    let i = index.get(s.line);
    if (i === undefined) {
      i = lines.length;
      index.set(s.line, i);
      lines.push({ texts: [], values: [] });
    }
    lines[i]?.[s.kind === 'text' ? 'texts' : 'values'].push(s);
  }
  return lines.flatMap((l, i) => [...l.texts, ...(lines[i + by]?.values ?? [])]);
}

function attempt(
  segments: readonly Segment[],
  lineText: LineText,
  spec: TableSpec,
  hooks: ReadHooks,
  pairing: LabelPairing = 'open',
): TableReading {
  const table = spec.name;
  const problems: Problem[] = [];
  const rowOf = new Map(spec.rows.map((r) => [r.key, r]));
  const widest = Math.max(...spec.rows.map((r) => r.columns.length));
  const expected = (text: string) => {
    const b = bondOf(text, spec);
    if (b?.kind === 'row') return rowOf.get(b.key)?.columns.length ?? widest;
    if (spec.key === 'table4') return spec.rows.reduce((n, r) => n + r.columns.length, 0);
    return widest;
  };
  const observed = observe(segments, expected, (text) => bondOf(text, spec) !== undefined);
  const placed = place(observed.rows, spec, pairing);

  const printedOrder = hooks.columns?.(observed, placed);
  const columnsOf = (row: SpecRow) => printedOrder?.(row) ?? row.columns;
  const slotsOf = (rows: readonly string[]): Slot[] =>
    rows.flatMap((key) => {
      const row = rowOf.get(key) as SpecRow;
      return columnsOf(row).map((column) => ({
        key: `${spec.key}.${key}.${column.key}`,
        row: key,
        column,
        kind: column.kind ?? row.kind,
        rowDisplay: row.display,
      }));
    });
  const groupsOf = (rows: readonly string[]) => rows.flatMap((key) => rowOf.get(key)?.groups ?? []);
  const displayOf = (rows: readonly string[]) => rows.map((k) => rowOf.get(k)?.display ?? k).join('、');
  const describe = (obs: Observation, rows: readonly string[]) =>
    `the numbers “${obs.values.map((v) => v.raw || '(blank)').join(' ')}” (line ${obs.line}) for ${displayOf(rows)}`;

  const fixed = new Map<string, CellRead>();
  const units: Unit[] = [];
  const unitInfo = new Map<
    Unit,
    { obs: Observation[]; rows: readonly string[]; how: 'label' | 'split' | 'order' }
  >();
  const unread = new Map<string, string>();
  const badCell = (b: Readings['bad'][number]) => {
    problems.push(
      problem(
        'error',
        'bad-cell',
        b.message,
        { table, row: b.slot.rowDisplay, column: b.slot.column.label, line: b.value.line },
        lineText,
      ),
    );
    unread.set(b.slot.key, b.reason);
  };

  // A cell found but not to be trusted (see RawValue.doubt): its row is refused with the reason.
  const doubtOf = (obs: readonly Observation[]) => obs.flatMap((o) => o.values).find((v) => v.doubt)?.doubt;
  for (const p of placed.placements) {
    const slots = slotsOf(p.rows);
    const doubt = doubtOf([p.obs]);
    if (doubt) {
      problems.push(
        problem(
          'error',
          'unread',
          `${displayOf(p.rows)}: ${doubt}`,
          { table, row: displayOf(p.rows), line: p.obs.line },
          lineText,
        ),
      );
      for (const s of slots) unread.set(s.key, doubt);
      continue;
    }
    const r = readingsOf(p.obs, slots, groupsOf(p.rows), p.how);
    for (const b of r.bad) badCell(b);
    for (const n of r.notes)
      problems.push(
        problem(
          'warning',
          'cell-unit',
          n.message,
          { table, row: n.slot.rowDisplay, column: n.slot.column.label, line: n.value.line },
          lineText,
        ),
      );
    // Numbers gathered from several lines are a reconstruction of the row: the identities must not contradict it.
    // Not so a row printed one cell to a line, each line its cell (bound), exactly the row's cells, and
    // no number after them: a row whose last cell was left empty must not take the next row's first.
    const oneLine = p.obs.values.every((v) => v.line === p.obs.values[0]?.line);
    const cellPerLine =
      p.obs.values.length === slots.length &&
      p.obs.values.every((v, i) => v.bound && (i === 0 || v.line > (p.obs.values[i - 1]?.line ?? 0))) &&
      !numberAfter(lineText, p.obs.values.at(-1)?.line ?? 0);
    if (p.how === 'label' && !r.split && r.ways.length === 1 && (oneLine || cellPerLine)) {
      for (const [k, v] of r.ways[0] as Map<string, CellRead>) fixed.set(k, v);
      continue;
    }
    if (!r.ways.length) {
      problems.push(
        problem(
          'error',
          'cell-count',
          `expected ${slots.length} numbers (${slots.map((s) => s.column.label).join('、')}), ${describeValues(p.obs.values)}${r.why ? `: ${r.why}` : ''}`,
          { table, row: displayOf(p.rows), line: p.obs.line },
          lineText,
        ),
      );
      for (const s of slots)
        unread.set(s.key, `${describeValues(p.obs.values)} where ${slots.length} numbers belong`);
      continue;
    }
    const unit: Unit = {
      describe: describe(p.obs, p.rows),
      cells: slots.map((s) => s.key),
      alternatives: r.ways,
      confirm: p.how === 'order',
      ...(r.truncated ? { truncated: true } : {}),
      ...(r.checked ? { constrained: true } : {}),
    };
    units.push(unit);
    unitInfo.set(unit, {
      obs: [p.obs],
      rows: p.rows,
      how: p.how === 'order' ? 'order' : r.split ? 'split' : 'label',
    });
  }

  for (const gap of placed.gaps) {
    const slots = slotsOf(gap.rows);
    const unit: Unit = {
      describe: `${gap.obs.length} row${gap.obs.length > 1 ? 's' : ''} of numbers without a label (line ${gap.obs.map((o) => o.line).join(', ')}) where ${displayOf(gap.rows)} ${gap.rows.length > 1 ? 'have' : 'has'} none`,
      cells: slots.map((s) => s.key),
      alternatives: [],
      confirm: true,
    };
    if (gap.obs.length > maxGapRows) unit.truncated = true;
    else if (doubtOf(gap.obs)) unit.describe += ` (${doubtOf(gap.obs)})`;
    else {
      const alternatives: Map<string, CellRead>[] = [];
      for (const order of permutations(gap.obs.length)) {
        let partial: Map<string, CellRead>[] = [new Map()];
        gap.obs.forEach((obs, j) => {
          const row = gap.rows[order[j] as number] as string;
          const r = readingsOf(obs, slotsOf([row]), groupsOf([row]), 'order');
          partial = partial.flatMap((m) => r.ways.map((w) => new Map([...m, ...w])));
        });
        alternatives.push(...partial);
        if (alternatives.length > maxCombinations) {
          unit.truncated = true;
          break;
        }
      }
      // Orders that put the same numbers in the same cells (rows of zeros) are one reading.
      unit.alternatives = distinctWays(alternatives);
    }
    units.push(unit);
    unitInfo.set(unit, { obs: [...gap.obs], rows: gap.rows, how: 'order' });
  }

  const subtotalCells = readSubtotals(
    placed,
    spec,
    slotsOf,
    groupsOf,
    fixed,
    units,
    unread,
    problems,
    lineText,
  );

  const decisions = solve(units, fixed, spec.identities);
  const cells = new Map(fixed);
  for (const d of decisions)
    applyDecision(d, unitInfo.get(d.unit), cells, unread, problems, table, displayOf, lineText);

  for (const p of placed.placements) {
    const quality =
      p.match && labelQualityProblem(p.match, { table, row: displayOf(p.rows), line: p.obs.line }, lineText);
    if (quality) problems.push(quality);
  }
  for (const u of placed.unplaced)
    problems.push(
      problem(
        'error',
        'unknown-row',
        `cannot tell which row “${u.obs.text.trim() || '(no label)'}” is (${describeValues(u.obs.values)}): ${u.why}`,
        { table, line: u.obs.line },
        lineText,
      ),
    );
  for (const d of placed.duplicates) {
    const row = rowOf.get(d.key) as SpecRow;
    problems.push(
      problem(
        'error',
        'duplicate-row',
        `the row appears twice (lines ${d.obs.map((o) => o.line).join(' and ')}); cannot tell which is right`,
        { table, row: row.display, line: d.obs[1]?.line },
        lineText,
      ),
    );
    for (const s of slotsOf([d.key])) unread.set(s.key, 'the row is printed twice with different numbers');
  }
  readBlankRows(spec, observed, placed, cells, slotsOf);
  reportMissing(spec, observed, placed, cells, unread, subtotalCells, problems, lineText);
  // Keys inside a table are `row.column`, as the content files nest them.
  const strip = (k: string) => k.slice(spec.key.length + 1);
  return {
    cells: new Map([...cells].map(([k, v]) => [strip(k), v])),
    unread: new Map([...unread].filter(([k]) => !cells.has(k)).map(([k, v]) => [strip(k), v])),
    problems,
    observed,
    placed,
  };
}

function applyDecision(
  d: Decision,
  info: { obs: Observation[]; rows: readonly string[]; how: 'label' | 'split' | 'order' } | undefined,
  cells: Map<string, CellRead>,
  unread: Map<string, string>,
  problems: Problem[],
  table: TableRead['problems'][number]['table'],
  displayOf: (rows: readonly string[]) => string,
  lineText: LineText,
) {
  const line = info?.obs[0]?.line;
  const row = info ? displayOf(info.rows) : undefined;
  for (const [k, v] of d.decided) cells.set(k, v);
  for (const c of d.unit.cells)
    if (!d.decided.has(c)) unread.set(c, d.refused ?? `${d.unit.describe}: not a number`);
  if (d.refused) problems.push(problem('error', 'unread', d.refused, { table, row, line }, lineText));
  // A row gathered from several lines under its label: read as labelled, nothing more to say.
  if (!d.decided.size || info?.how === 'label') return;
  const shown = [...d.decided.values()].map((r) => r.cell.value ?? '·').join(' ');
  const some = d.decided.size < d.unit.cells.length ? ' (those cells it determines)' : '';
  const message =
    info?.how === 'order'
      ? `${d.unit.describe}: placed by the form’s order as ${shown}${some}, confirmed by the table’s identities`
      : `${d.unit.describe}: split as ${shown}${some}, the only way that satisfies the table’s identities`;
  problems.push(
    problem(
      'warning',
      info?.how === 'order' ? 'placed-by-order' : 'split',
      message,
      { table, row, line },
      lineText,
    ),
  );
}

/**
 * Headings printed with numbers. Over rows printed with their own numbers they are a subtotal (a
 * warning when it does not add up). Over rows not printed (（六）其他处理 as one row), they stand for
 * those rows: a 0 means every row under it is 0 (counts are never negative); any other number cannot
 * be divided among them and is left unread.
 */
function readSubtotals(
  placed: Placed,
  spec: TableSpec,
  slotsOf: (rows: readonly string[]) => Slot[],
  groupsOf: (rows: readonly string[]) => TableSpec['rows'][number]['groups'],
  fixed: Map<string, CellRead>,
  units: readonly Unit[],
  unread: Map<string, string>,
  problems: Problem[],
  lineText: LineText,
): Set<string> {
  const table = spec.name;
  const standIn = new Set<string>();
  const printed = new Set([
    ...placed.placements.flatMap((p) => p.rows),
    ...placed.gaps.flatMap((g) => g.rows),
  ]);
  for (const s of placed.subtotals) {
    const heading: SpecHeading = s.heading;
    const first = heading.rows[0] as string;
    const columnSlots = slotsOf([first]);
    const r = readingsOf(s.obs, columnSlots, groupsOf([first]), 'label');
    const where = { table, row: heading.display, line: s.obs.line };
    if (heading.rows.some((k) => printed.has(k))) continue;
    for (const k of heading.rows) for (const slot of slotsOf([k])) standIn.add(slot.key);
    if (r.ways.length !== 1) {
      const why = `${heading.display} is printed as one row (${describeValues(s.obs.values)}) without the ${heading.rows.length} rows under it, and its numbers cannot be read`;
      for (const k of standIn) unread.set(k, why);
      problems.push(problem('error', 'unread', why, where, lineText));
      continue;
    }
    const way = r.ways[0] as Map<string, CellRead>;
    const shown: string[] = [];
    columnSlots.forEach((slot) => {
      const read = way.get(slot.key);
      shown.push(read ? String(read.cell.value ?? '·') : '?');
      for (const k of heading.rows) {
        const key = `${spec.key}.${k}.${slot.column.key}`;
        const value = read?.cell.value;
        if (!read || value === undefined)
          unread.set(key, `${heading.display}: “${slot.column.label}” is not a number`);
        else if (value === 0 || value === null || heading.rows.length === 1)
          fixed.set(key, { ...read, cell: { value }, how: 'split' });
        else
          unread.set(
            key,
            `${heading.display} is printed as one row without the ${heading.rows.length} rows under it; its ${value} in “${slot.column.label}” cannot be divided among them`,
          );
      }
    });
    problems.push(
      problem(
        'warning',
        'subtotal-row',
        `printed as one row (${shown.join(' ')}) without the ${heading.rows.length} rows under it (${heading.rows.map((k) => spec.rows.find((x) => x.key === k)?.display).join('、')}); a 0 is read as 0 in each of them, any other number is left unread`,
        where,
        lineText,
      ),
    );
  }
  void units;
  return standIn;
}

/** A labelled row printed with empty cells, on which no numbers were placed: a row left blank. */
function readBlankRows(
  spec: TableSpec,
  observed: Observed,
  placed: Placed,
  cells: Map<string, CellRead>,
  slotsOf: (rows: readonly string[]) => Slot[],
) {
  const placedRows = new Set([
    ...placed.placements.flatMap((p) => p.rows),
    ...placed.gaps.flatMap((g) => g.rows),
  ]);
  for (const blank of observed.blankRows) {
    const bond = bondOf(blank.text, spec);
    if (bond?.kind !== 'row' || placedRows.has(bond.key)) continue;
    const slots = slotsOf([bond.key]);
    if (slots.some((s) => cells.has(s.key))) continue;
    const values = blank.values.slice(-slots.length);
    if (values.length !== slots.length) continue;
    slots.forEach((slot, i) => {
      const v = values[i] as RawValue;
      cells.set(slot.key, { cell: { value: null }, line: v.line, start: v.start, end: v.end, how: 'label' });
    });
    placedRows.add(bond.key);
  }
}

/** Rows of the form with no numbers: missing from the source, or printed without numbers. */
function reportMissing(
  spec: TableSpec,
  observed: Observed,
  placed: Placed,
  cells: ReadonlyMap<string, CellRead>,
  unread: Map<string, string>,
  standIn: ReadonlySet<string>,
  problems: Problem[],
  lineText: LineText,
) {
  const table = spec.name;
  const handled = new Set([
    ...placed.placements.flatMap((p) => p.rows),
    ...placed.gaps.flatMap((g) => g.rows),
    ...placed.duplicates.map((d) => d.key),
  ]);
  const texts = [
    ...observed.rows.map((o) => ({ text: canon(o.text), lines: o.textLines })),
    {
      text: canon(observed.trailing.text),
      lines: observed.trailing.lines,
    },
  ];
  for (const row of spec.rows) {
    const keys = row.columns.map((c) => `${spec.key}.${row.key}.${c.key}`);
    if (handled.has(row.key) || keys.every((k) => standIn.has(k) || cells.has(k))) continue;
    // A short label (其他, 总计) is also a column's name: only with its ordinal is it this row's.
    const form =
      row.label.length >= 4
        ? spec.rowForms.filter((f) => f.key === row.key)
        : [{ key: row.key, text: canon(printedLabel(row)), display: row.display, alias: false }];
    const seen = texts.find((t) => findLabelIn(t.text, form, 2));
    const why = seen ? 'its label is printed but no numbers could be placed on it' : 'the row was not found';
    if (seen)
      problems.push(
        problem(
          'error',
          'row-without-numbers',
          `found the row’s label but no numbers that belong to it (expected ${row.columns.length})`,
          { table, row: row.display, line: lineOfLabel(seen.lines, canon(row.label), lineText) },
          lineText,
        ),
      );
    else
      problems.push(
        problem('error', 'missing-row', 'row not found in the table', { table, row: row.display }),
      );
    for (const k of keys) if (!unread.has(k)) unread.set(k, why);
  }
}

export type { LabelMatch };

/** Whether the next cell or text after `line` (1-based; within 50 lines) is a number or an empty cell. */
function numberAfter(lineText: LineText, line: number): boolean {
  for (let n = line + 1; n <= line + 50; n++) {
    const t = lineText(n);
    if (isEmptyCellLine(t)) return true;
    if (t.trim() !== '') return isValueToken(t.trim());
  }
  return false;
}
