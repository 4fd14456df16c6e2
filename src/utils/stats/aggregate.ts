/**
 * Sums and rates over report data. Two rules from issue #7 shape everything here:
 * a cell left blank ("not reported") is never read as 0 — it is left out of a sum and the
 * coverage says so — and rates are never added up: a rate over many reports is the ratio of
 * the summed counts, taken over the reports that reported both of them.
 */
import { allCellPaths, cellKeys } from '../../catalogue/index.ts';
import type { Cell } from '../../schemas/cell.ts';
import type { ReportData } from '../../schemas/report.ts';

const knownKeys = new Set(allCellPaths().map((c) => c.key));
// Looked up millions of times in a large site's statistics: each key is split once, not per call.
const keyParts = new Map(allCellPaths().map((c) => [c.key, c.key.split('.') as [string, string, string]]));

/**
 * The cell at a flat catalogue key such as `table3.newReceived.natural`, or undefined when the
 * report's form has no such cell (a 2019-format report has no 现行有效件数). A key neither form has is a bug.
 */
export function findCell(report: ReportData, key: string): Cell | undefined {
  if (!cellKeys(report.format).has(key)) {
    if (!knownKeys.has(key)) throw new Error(`no cell ${key} in either form`);
    return undefined;
  }
  const [table, row, column] = keyParts.get(key) ?? [];
  const cells = (report as unknown as Record<string, Record<string, Record<string, Cell>>>)[table ?? '']?.[
    row ?? ''
  ];
  const cell = cells?.[column ?? ''];
  if (!cell) throw new Error(`no cell ${key} in a report`);
  return cell;
}

/** The cell at a flat catalogue key that the report's form has; a miss is a bug. */
export function cellByKey(report: ReportData, key: string): Cell {
  const cell = findCell(report, key);
  if (!cell) throw new Error(`no cell ${key} in a ${report.format}-format report`);
  return cell;
}

/** A sum over reports, with how many of them contributed. */
export interface Sum {
  /** Sum of every reported cell; null when no report reported any of the cells. */
  value: number | null;
  /** Reports that reported every cell summed. */
  reported: number;
  /** Reports that reported some but not all of the cells (their reported cells are in `value`). */
  partial: number;
  /** Reports looked at whose form has at least one of the cells (others cannot report them). */
  of: number;
}

// Fee amounts are decimals in 万元: round away binary noise such as 0.1 + 0.2.
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * What one report says for the given cells: the sum of those it reported, and how many it left blank.
 * Keys its form lacks are not its to report: a measure lists the cells of both forms (其他处理 is three
 * rows in 2021 and one in 2019), and each report adds up those it has. `applies` is false when it has none.
 */
function reportTotal(report: ReportData, keys: readonly string[]) {
  let value = 0;
  let blank = 0;
  let has = 0;
  for (const key of keys) {
    const cell = findCell(report, key);
    if (!cell) continue;
    has++;
    if (cell.value === null) blank++;
    else value += cell.value;
  }
  return { value, blank, applies: has > 0, complete: has > 0 && blank === 0, any: blank < has };
}

/** Adds up the given cells over reports, leaving out cells a report did not fill in. */
export function sumCells(reports: readonly ReportData[], keys: readonly string[]): Sum {
  let value = 0;
  let reported = 0;
  let partial = 0;
  let of = 0;
  for (const r of reports) {
    const t = reportTotal(r, keys);
    if (!t.applies) continue;
    of++;
    if (t.complete) reported++;
    else if (t.any) partial++;
    if (t.any) value += t.value;
  }
  return { value: reported + partial > 0 ? tidy(value) : null, reported, partial, of };
}

/** A ratio of two summed counts, shown with its base N. */
export interface Rate {
  /** numerator / base, in [0, 1] for the rates used here; null when the base is 0 or nothing was reported. */
  value: number | null;
  numerator: number;
  /** N: the summed denominator. */
  base: number;
  /** Reports that reported every cell of both numerator and base (the only ones counted). */
  reports: number;
  of: number;
}

/**
 * numerator / base over reports. A report counts only if it reported every cell of both,
 * so the two sums always come from the same reports.
 */
export function rateOf(
  reports: readonly ReportData[],
  numeratorKeys: readonly string[],
  baseKeys: readonly string[],
): Rate {
  let numerator = 0;
  let base = 0;
  let counted = 0;
  let of = 0;
  for (const r of reports) {
    const n = reportTotal(r, numeratorKeys);
    const b = reportTotal(r, baseKeys);
    if (!n.applies || !b.applies) continue;
    of++;
    if (!n.complete || !b.complete) continue;
    numerator += n.value;
    base += b.value;
    counted++;
  }
  return { value: base > 0 ? numerator / base : null, numerator, base, reports: counted, of };
}
