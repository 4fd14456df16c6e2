/**
 * The three tables of one agency's reports, year after year. Every identity of the form holds
 * (each column balances, outcomes add up, each row's 总计 is its sum, table 四's totals, and each
 * year's 上年结转 is the year before's 结转下年度) until a break is applied on purpose.
 */
import {
  table3ApplicantColumns,
  table3OutcomeRows,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Cell } from '../../../src/schemas/cell.ts';
import type { TableCells } from '../import/emit.ts';
import type { Random } from './random.ts';

export interface Tables {
  table2: TableCells;
  table3: TableCells;
  table4: TableCells;
}

export interface Profile {
  level: 'province' | 'city' | 'county';
  /** Governments and land or housing bureaus get more applications than most. */
  busy: boolean;
  /** Only governments issue 规章. */
  issuesRules: boolean;
}

const applicants = table3ApplicantColumns.map((c) => c.key);
/** Typical share of new applications by applicant, per column. */
const applicantWeights = [1, 0.12, 0.005, 0.01, 0.06, 0.04];
/** Typical share of outcomes, in catalogue order: most are granted or not held. */
const outcomeWeights: Record<string, number> = { granted: 40, partiallyGranted: 8, unavailableNotHeld: 14 };
const outcomeKeys = table3OutcomeRows.map((r) => r.key);
const cell = (value: number | null): Cell => ({ value });

/** The state carried from one year to the next. */
interface Carry {
  forward: number[];
  documents: number;
  rules: number;
}

function table3For(
  rng: Random,
  profile: Profile,
  carried: number[],
): { table: TableCells; forward: number[] } {
  const scale = { province: 30, city: 8, county: 2.5 }[profile.level] * (profile.busy ? 3 : 1);
  const fresh = applicantWeights.map((w) => rng.count(scale * w));
  const forward = fresh.map((n, i) => {
    const available = n + (carried[i] ?? 0);
    return rng.chance(0.25) ? rng.int(0, Math.ceil(available * 0.15)) : 0;
  });
  const rows: Record<string, number[]> = {
    newReceived: fresh,
    carriedOver: [...carried],
    carriedForward: forward,
  };
  for (const key of outcomeKeys) rows[key] = applicants.map(() => 0);
  rows.outcomeTotal = fresh.map((n, i) => n + (carried[i] ?? 0) - (forward[i] ?? 0));
  const weights = outcomeKeys.map((k) => outcomeWeights[k] ?? 1);
  rows.outcomeTotal.forEach((total, col) => {
    rng.split(total, weights).forEach((n, r) => {
      (rows[outcomeKeys[r] as string] as number[])[col] = n;
    });
  });
  const table: TableCells = {};
  for (const [key, values] of Object.entries(rows)) {
    const cells: Record<string, Cell> = {};
    applicants.forEach((c, i) => {
      cells[c] = cell(values[i] ?? 0);
    });
    cells.total = cell(values.reduce((s, n) => s + n, 0));
    table[key] = cells;
  }
  return { table, forward };
}

function table4For(rng: Random, profile: Profile): TableCells {
  const scale = { province: 1.5, city: 0.5, county: 0.15 }[profile.level] * (profile.busy ? 3 : 1);
  const table: TableCells = {};
  for (const [g, group] of table4Groups.entries()) {
    const total = rng.count(scale / (g + 1), 5);
    const [upheld, corrected, other, pending] = rng.split(total, [6, 1, 2, 1]);
    const values = { upheld, corrected, other, pending, total };
    const cells: Record<string, Cell> = {};
    for (const c of table4Columns) cells[c.key] = cell(values[c.key] ?? 0);
    table[group.key] = cells;
  }
  return table;
}

function table2For(rng: Random, profile: Profile, carry: Carry): TableCells {
  const rules = profile.issuesRules ? rng.int(0, 3) : 0;
  const rulesRepealed = Math.min(carry.rules, profile.issuesRules ? rng.int(0, 1) : 0);
  const issued = rng.count(profile.level === 'county' ? 2 : 6);
  const repealed = Math.min(carry.documents, rng.int(0, 3));
  carry.rules += rules - rulesRepealed;
  carry.documents += issued - repealed;
  // A blank cell (written "/" in the source) now and then, as real reports have; never in the chained rows.
  const maybeBlank = (c: Cell): Cell => (rng.chance(0.02) ? { value: null, raw: '/' } : c);
  const fee = rng.chance(0.15) ? Math.round(rng.float() * 50000) / 100 : 0;
  return {
    rules: { issued: cell(rules), repealed: cell(rulesRepealed), inForce: cell(carry.rules) },
    normativeDocuments: {
      issued:
        rng.chance(0.02) && issued > 1
          ? { value: issued, note: `其中修订${rng.int(1, issued)}件` }
          : cell(issued),
      repealed: cell(repealed),
      inForce: cell(carry.documents),
    },
    licensing: { decisions: maybeBlank(cell(rng.count(profile.busy ? 400 : 60, 10))) },
    penalties: { decisions: maybeBlank(cell(rng.count(30, 10))) },
    coercion: { decisions: maybeBlank(cell(rng.count(3))) },
    fees: { amount: maybeBlank(cell(fee)) },
  };
}

/** One agency's tables for each of `years` (consecutive or not), carry-overs chained between consecutive years. */
export function tableChain(rng: Random, profile: Profile, years: readonly number[]): Tables[] {
  const carry: Carry = {
    forward: applicantWeights.map((w) => rng.count(w)),
    documents: rng.int(0, 40),
    rules: profile.issuesRules ? rng.int(0, 20) : 0,
  };
  return years.map((year, i) => {
    // After a year with no report the chain starts again: nothing to carry over from.
    if (i > 0 && years[i - 1] !== year - 1) carry.forward = applicantWeights.map((w) => rng.count(w));
    const { table, forward } = table3For(rng, profile, carry.forward);
    carry.forward = forward;
    return { table2: table2For(rng, profile, carry), table3: table, table4: table4For(rng, profile) };
  });
}
