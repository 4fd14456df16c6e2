/**
 * Which row each observation's numbers belong to. Numbers go to the row whose label is printed
 * right before them (on their line, or wrapped above them); numbers after a heading of the form
 * are that heading's subtotal. Numbers with no label (the label lost, mangled, or printed apart)
 * are placed by the form's order only into a gap between labelled rows that has exactly as many
 * rows without numbers as there are such observations; the identities must then confirm it.
 */
import { endsWithMarker, type LabelMatch, matchLabel } from '../labels.ts';
import { canon } from '../normalize.ts';
import type { Observation } from './observe.ts';
import type { SpecHeading, TableSpec } from './spec.ts';

export type Bond =
  | { kind: 'row'; key: string; match: LabelMatch }
  | { kind: 'heading'; heading: SpecHeading; match: LabelMatch };

/** Numbers placed on rows: `rows` in order take the values in order (one row, or several for a wide row). */
export interface Placement {
  obs: Observation;
  rows: readonly string[];
  how: 'label' | 'order';
  match?: LabelMatch;
}

/** Observations without a label that fill, in some order, the rows of a gap between labelled rows. */
export interface OrderGap {
  obs: readonly Observation[];
  rows: readonly string[];
}

export interface Placed {
  placements: Placement[];
  gaps: OrderGap[];
  /** A heading printed with numbers: the sum of its rows, which stand for them when they are not printed. */
  subtotals: { obs: Observation; heading: SpecHeading; match: LabelMatch }[];
  /** Observations that cannot be placed, with why. */
  unplaced: { obs: Observation; why: string }[];
  /** Rows printed twice: neither copy is used. */
  duplicates: { key: string; obs: Observation[] }[];
  /** Labels on a line of their own between two runs of numbers (see `LabelPairing`). */
  betweenRuns: number;
}

/** Table 四's header (or a group name followed by it) ends in column labels: they name no group. */
function stripTrailingHeader(text: string, spec: TableSpec): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of spec.headerWords) {
      if (t.endsWith(w) && t.length > w.length) {
        t = t.slice(0, t.length - w.length);
        changed = true;
      }
    }
  }
  return t;
}

/** The row (or heading) whose label numbers printed after `labelText` follow, if any. */
export function bondOf(labelText: string, spec: TableSpec): Bond | undefined {
  const printed = canon(labelText);
  // A row's ordinal with no label after it: that row's label was lost; an earlier label is not its.
  if (/(?:[一二三四五六七八九十]{1,3}[、,.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、,])$/.test(printed))
    return undefined;
  let text = printed.replace(/[:：。.,;]+$/, '');
  if (spec.key === 'table4') {
    // A header naming several groups over one row of numbers is the one-row layout: no single group.
    const named = spec.rows.filter((r) => text.includes(canon(r.label)));
    if (named.length > 1) return undefined;
    text = stripTrailingHeader(text, spec);
  }
  if (!text) return undefined;
  const match = matchLabel(text, [...spec.rowForms, ...spec.headingForms]);
  if (!match) return undefined;
  const heading = spec.headings.find((h) => h.key === match.key);
  if (heading) return heading.subtotal ? { kind: 'heading', heading, match } : undefined;
  // A short label (其他, 总计) is also a column's name in the header: only with its ordinal is it the row.
  const row = spec.rows.find((r) => r.key === match.key);
  if (row?.marker && [...row.label].length < 4 && !endsWithMarker(match.prefix, row.marker)) return undefined;
  return { kind: 'row', key: match.key, match };
}

/**
 * How labels printed on a line of their own between two runs of numbers are paired:
 * - `open`: with neither run; the form's order and the identities place the numbers;
 * - `above`: each with the numbers after it (the label printed above its numbers);
 * - `below`: each with the numbers before it (the label printed below its numbers).
 * A reading of the table tries `above` and `below` only as whole-table alternatives, which the
 * identities must then confirm (`readTable`).
 */
export type LabelPairing = 'open' | 'above' | 'below';

/** Places a table's observations (in document order) on its rows. */
export function place(
  observations: readonly Observation[],
  spec: TableSpec,
  pairing: LabelPairing = 'open',
): Placed {
  const placed: Placed = {
    placements: [],
    gaps: [],
    subtotals: [],
    unplaced: [],
    duplicates: [],
    betweenRuns: 0,
  };
  const bonds = observations.map((o) => (o.values.length ? bondOf(o.text, spec) : undefined));
  observations.forEach((o, i) => {
    const before = observations[i - 1];
    const b = bonds[i];
    if (b?.kind !== 'row' || !before?.values.length || bonds[i - 1]?.kind === 'row') return;
    // A label on a line of its own between two runs of numbers without labels may be printed below
    // the first run or above the second: which it belongs to is left to the form's order and the
    // identities, not to the side it happens to be read from. Once one such label is open, the
    // next label's run before it has no label either: a chain of them is open as a whole, since
    // a converter prints a run of rows one way throughout.
    const ownLine = !o.textLines.includes(o.line);
    const beforeEnds = Math.max(...before.values.map((v) => v.line));
    if (!ownLine || beforeEnds >= (o.textLines[0] ?? o.line)) return;
    placed.betweenRuns++;
    if (pairing === 'above') return;
    if (pairing === 'below') bonds[i - 1] = b;
    bonds[i] = undefined;
  });
  // A heading printed with numbers, then rows without labels: its numbers may be its first row's
  // (whose label was lost), not a subtotal standing for rows that are not printed.
  // So may a heading whose numbers end what was read of the table while rows of the form come after
  // its own (the table's last rows cut off or unrecognised).
  const lastRow = spec.rows[spec.rows.length - 1]?.key;
  observations.forEach((_, i) => {
    const b = bonds[i];
    if (b?.kind !== 'heading') return;
    const after = observations.slice(i + 1).find((o) => o.values.length);
    if (after ? !bonds[observations.indexOf(after)] : !b.heading.rows.includes(lastRow ?? ''))
      bonds[i] = undefined;
  });
  // A row bonded twice: which copy is right cannot be told, so neither is used.
  const byRow = new Map<string, Observation[]>();
  observations.forEach((o, i) => {
    const b = bonds[i];
    if (b?.kind === 'row') byRow.set(b.key, [...(byRow.get(b.key) ?? []), o]);
  });
  for (const [key, obs] of byRow) if (obs.length > 1) placed.duplicates.push({ key, obs });
  const duplicate = new Set(placed.duplicates.map((d) => d.key));
  // Rows that have numbers of their own, or are stood for by a subtotal.
  const covered = new Set<string>(byRow.keys());
  for (const b of bonds)
    if (b?.kind === 'heading' && !b.heading.rows.some((r) => byRow.has(r)))
      for (const r of b.heading.rows) covered.add(r);

  let gapObs: Observation[] = [];
  let from = -1;
  const closeGap = (to: number) => {
    if (!gapObs.length) return;
    const rows = spec.rows.slice(from + 1, Math.max(from + 1, to)).filter((r) => !covered.has(r.key));
    const wideCells = rows.reduce((n, r) => n + r.columns.length, 0);
    const only = gapObs.length === 1 ? gapObs[0] : undefined;
    if (to <= from) {
      for (const obs of gapObs)
        placed.unplaced.push({
          obs,
          why: 'no label, and the labelled rows around it are out of the form’s order',
        });
    } else if (spec.key === 'table4' && only && rows.length > 1 && only.values.length <= wideCells) {
      // Table 四's official layout: one row of fifteen numbers under a three-level header.
      const alone = covered.size === 0 && rows.length === spec.rows.length;
      placed.placements.push({ obs: only, rows: rows.map((r) => r.key), how: alone ? 'label' : 'order' });
    } else if (rows.length === gapObs.length) {
      placed.gaps.push({ obs: gapObs, rows: rows.map((r) => r.key) });
    } else {
      const why =
        rows.length === 0
          ? 'no label, and every row of the form around it already has its numbers'
          : `no label, and ${gapObs.length} rows of numbers without a label stand where ${rows.length} rows of the form (${rows.map((r) => r.display).join('、')}) have none: cannot tell which is which`;
      for (const obs of gapObs) placed.unplaced.push({ obs, why });
    }
    gapObs = [];
  };
  observations.forEach((obs, i) => {
    if (!obs.values.length) return;
    const b = bonds[i];
    if (!b) {
      gapObs.push(obs);
      return;
    }
    const rows = b.kind === 'row' ? [b.key] : b.heading.rows;
    const at = Math.min(...rows.map((r) => spec.index.get(r) ?? -1));
    closeGap(at);
    if (b.kind === 'heading') {
      placed.subtotals.push({ obs, heading: b.heading, match: b.match });
      // A subtotal over rows printed with their own numbers takes no place in the order.
      if (b.heading.rows.some((r) => byRow.has(r))) return;
    } else if (!duplicate.has(b.key)) placed.placements.push({ obs, rows, how: 'label', match: b.match });
    from = Math.max(from, ...rows.map((r) => spec.index.get(r) ?? -1));
  });
  closeGap(spec.rows.length);
  return placed;
}
