/**
 * The verdict on every cell of one report: what the importer read against what the document prints.
 * Pure, so the rules are tested on hand-made inputs: a cell is exact only when the importer gives the
 * printed value; giving nothing (or saying why not) is refused; anything else, including a blank for
 * a number, a number for a blank and a number the document does not contain, is wrong.
 */
import { type CellPath, cellPaths, type ReportFormat } from '../../../src/catalogue/index.ts';
import type { TruthValue } from './truth.ts';

/** A cell as the importer gives it; `unread` is why it could not be read (then value is null). */
export interface ReadCell {
  value: number | null;
  unit?: string;
  unread?: string;
}

export type ReadTable = Record<string, Record<string, ReadCell>>;

export interface ReadTables {
  format: ReportFormat;
  table2: ReadTable;
  table3: ReadTable;
  table4: ReadTable;
}

/** What the importer made of a document: its tables (and how it read each cell), or why it gave none. */
export type Reading =
  | { tables: ReadTables; methodOf?: (cell: CellPath) => string | undefined }
  | { refused: string };

export type Verdict =
  | { key: string; verdict: 'exact'; truth: TruthValue; got: ReadCell; method?: string }
  | { key: string; verdict: 'refused'; truth: TruthValue; reason: string }
  /** `truth` undefined: a number where the document determines nothing. `got` undefined: no cell. */
  | { key: string; verdict: 'wrong'; truth?: TruthValue; got?: ReadCell; method?: string };

export interface Counts {
  /** Cells the document determines. */
  cells: number;
  exact: number;
  refused: number;
  /** Wrong determined cells plus numbers where the document determines nothing. */
  wrong: number;
}

export interface Comparison {
  /** The importer read the tables as the other form: every determined cell is wrong unless unread. */
  formatMismatch?: { truth: ReportFormat; read: ReportFormat };
  /** The importer gave no tables, and the first reason it gave. */
  refused?: string;
  /** The truth says the sample must be refused whole: why, and whether the importer did. */
  expectedRefusal?: { reason: string; met: boolean };
  verdicts: Verdict[];
  counts: Counts;
}

/** What the comparison needs of a truth file. */
export interface TruthCells {
  format?: ReportFormat;
  cells: ReadonlyMap<string, TruthValue>;
  refuse?: string;
}

export function compareReport(truth: TruthCells, reading: Reading): Comparison {
  const determined = (truth.format ? cellPaths(truth.format) : []).flatMap((c) => {
    const value = truth.cells.get(c.key);
    return value === undefined ? [] : [{ key: c.key, truth: value }];
  });
  const expectedRefusal =
    truth.refuse === undefined ? undefined : { reason: truth.refuse, met: 'refused' in reading };
  if ('refused' in reading) {
    const verdicts = determined.map(
      (c): Verdict => ({ key: c.key, verdict: 'refused', truth: c.truth, reason: reading.refused }),
    );
    return { refused: reading.refused, expectedRefusal, verdicts, counts: count(verdicts) };
  }
  const { tables, methodOf } = reading;
  const mismatch = truth.format !== undefined && truth.format !== tables.format;
  // The truth's form first; a mismatched reading's own cells after it, where any number is wrong.
  const seen = new Set<string>();
  const paths = [...(truth.format ? cellPaths(truth.format) : []), ...cellPaths(tables.format)].filter(
    (c) => !seen.has(c.key) && seen.add(c.key),
  );
  const verdicts: Verdict[] = [];
  for (const path of paths) {
    const v = cellVerdict(
      path,
      truth.cells.get(path.key),
      tables[path.table][path.row]?.[path.column],
      mismatch,
    );
    if (!v) continue;
    const method = v.verdict === 'refused' || !v.got ? undefined : methodOf?.(path);
    verdicts.push(v.verdict === 'refused' || method === undefined ? v : { ...v, method });
  }
  return {
    ...(mismatch && truth.format ? { formatMismatch: { truth: truth.format, read: tables.format } } : {}),
    expectedRefusal,
    verdicts,
    counts: count(verdicts),
  };
}

/** One cell's verdict; undefined for an undetermined cell the importer left without a number. */
function cellVerdict(
  path: CellPath,
  truth: TruthValue | undefined,
  got: ReadCell | undefined,
  mismatch: boolean,
): Verdict | undefined {
  const key = path.key;
  if (truth === undefined) return typeof got?.value === 'number' ? { key, verdict: 'wrong', got } : undefined;
  if (got?.unread !== undefined) return { key, verdict: 'refused', truth, reason: got.unread };
  if (mismatch) return got ? { key, verdict: 'wrong', truth, got } : { key, verdict: 'wrong', truth };
  if (!got) return { key, verdict: 'refused', truth, reason: 'the importer gave no cell' };
  return same(truth, got) ? { key, verdict: 'exact', truth, got } : { key, verdict: 'wrong', truth, got };
}

/** The printed value exactly (the importer keeps numbers as printed, so === is exact), and its unit when given. */
function same(truth: TruthValue, got: ReadCell): boolean {
  return truth.value === got.value && (truth.unit === undefined || truth.unit === got.unit);
}

function count(verdicts: readonly Verdict[]): Counts {
  const c: Counts = { cells: 0, exact: 0, refused: 0, wrong: 0 };
  for (const v of verdicts) {
    if (v.truth !== undefined) c.cells++;
    c[v.verdict]++;
  }
  return c;
}
