/**
 * Deliberate mistakes, of the kinds real reports make, applied to a controlled share of reports so
 * the checks have something to find. Each names the rule that must catch it.
 */
import { table3ApplicantColumns, table3OutcomeRows, table4Groups } from '../../../src/catalogue/index.ts';
import type { Random } from './random.ts';
import type { Tables } from './tables.ts';

export type BreakKind =
  | 'table3-balance'
  | 'table3-outcome-total'
  | 'table3-row-total'
  | 'table4-group-total'
  | 'carry-over'
  | 'prose';

/** The rule (src/checks/rules) each break must trip. */
export const ruleFor: Record<BreakKind, string> = {
  'table3-balance': 'table3-balance',
  'table3-outcome-total': 'table3-outcome-total',
  'table3-row-total': 'table3-row-total',
  'table4-group-total': 'table4-group-total',
  'carry-over': 'carry-over-matches-last-year',
  prose: 'prose-matches-tables',
};

export interface Break {
  kind: BreakKind;
  /** How far the wrong figure is off. */
  by: number;
}

const add = (tables: Tables, table: 'table3' | 'table4', row: string, column: string, by: number) => {
  const c = tables[table][row]?.[column];
  if (!c || c.value === null) throw new Error(`no number at ${table}.${row}.${column}`);
  c.value += by;
};

/** Picks a break for a report; carry-over breaks need the year before to be in the corpus. */
export function chooseBreak(rng: Random, hasPrevious: boolean): Break {
  const kinds: BreakKind[] = [
    'table3-balance',
    'table3-outcome-total',
    'table3-row-total',
    'table4-group-total',
    'prose',
  ];
  if (hasPrevious) kinds.push('carry-over');
  return { kind: rng.pick(kinds), by: rng.int(1, 3) };
}

/** Applies a table break in place (a prose break is applied when the prose is written). */
export function applyBreak(rng: Random, tables: Tables, b: Break): void {
  const column = rng.pick(table3ApplicantColumns).key;
  const both = (row: string) => {
    add(tables, 'table3', row, column, b.by);
    add(tables, 'table3', row, 'total', b.by);
  };
  // table3-balance: more new applications than were handled or carried forward.
  if (b.kind === 'table3-balance') both('newReceived');
  else if (b.kind === 'table3-outcome-total') both(rng.pick(table3OutcomeRows).key);
  else if (b.kind === 'table3-row-total') add(tables, 'table3', 'granted', column, b.by);
  else if (b.kind === 'table4-group-total') add(tables, 'table4', rng.pick(table4Groups).key, 'total', b.by);
  // The carried-over count disagrees with last year's report, but this year still balances.
  else if (b.kind === 'carry-over') for (const row of ['carriedOver', 'granted', 'outcomeTotal']) both(row);
}
