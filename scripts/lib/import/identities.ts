/**
 * The identities (勾稽关系) over what was read: one warning per identity instance that fails, so
 * that a reading that does not add up is never written without a word. The instances are the
 * catalogue's (src/catalogue/identities.ts), the same the site's checks and the table readers use.
 */
import {
  type CellAddress,
  evaluateIdentity,
  formatCatalogue,
  type IdentityInstance,
  identitiesOf,
  printedLabel,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
  tableNames,
} from '../../../src/catalogue/index.ts';
import { cellKey } from './keys.ts';
import { problem } from './problems.ts';
import type { CellRead, Problem } from './types.ts';

type Where = Pick<Problem, 'table' | 'row' | 'column'>;

/** Where each identity is about, and what it says when it fails. */
function describe(instance: IdentityInstance, format: ReportFormat, left: number, right: number) {
  const column = table3Columns.find((c) => c.key === instance.scope)?.label;
  const row = formatCatalogue(format).table3Rows.find((r) => r.key === instance.scope);
  const group = table4Groups.find((g) => g.key === instance.scope);
  const rows = formatCatalogue(format).table3Rows;
  const outcomeTotal = printedLabel(rows.find((r) => r.key === 'outcomeTotal') ?? { label: '' });
  const table4Total = table4Columns.find((c) => c.key === 'total')?.label;
  const table4Results = table4Columns
    .filter((c) => c.key !== 'total')
    .map((c) => c.label)
    .join(' + ');
  const total = table3Columns.find((c) => c.key === 'total')?.label;
  const said: Record<IdentityInstance['id'], [Where, string]> = {
    'table3-balance': [
      { table: tableNames.table3, column },
      `一 + 二 is ${left} but ${outcomeTotal} + 四 is ${right}`,
    ],
    'table3-outcome-total': [
      { table: tableNames.table3, row: outcomeTotal, column },
      `${outcomeTotal} is ${left} but the outcome rows （一）…（六） add up to ${right}`,
    ],
    'table3-row-total': [
      { table: tableNames.table3, row: row ? printedLabel(row) : instance.scope, column: total },
      `总计 is ${left} but the six applicant columns add up to ${right}`,
    ],
    'table4-group-total': [
      { table: tableNames.table4, row: group?.label ?? instance.scope, column: table4Total },
      `${table4Total} is ${left} but ${table4Results} is ${right}`,
    ],
  };
  return said[instance.id];
}

/** A warning for each identity the read cells break (cells keyed `row.column` per table). */
export function identityWarnings(
  cells: { table3: ReadonlyMap<string, CellRead>; table4: ReadonlyMap<string, CellRead> },
  format: ReportFormat,
): Problem[] {
  const value = (a: CellAddress) =>
    cells[a.table as 'table3' | 'table4']?.get(cellKey(a.row, a.column))?.cell.value;
  return identitiesOf(format).flatMap((instance) => {
    if (evaluateIdentity(instance, value) !== 'fails') return [];
    const sum = (side: IdentityInstance['left']) => side.reduce((s, a) => s + (value(a) ?? 0), 0);
    const [where, message] = describe(instance, format, sum(instance.left), sum(instance.right));
    return [problem('warning', instance.id, `${message}, as printed`, where)];
  });
}
