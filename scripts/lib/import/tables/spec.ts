/**
 * A table of the form as the readers see it, made from the catalogue once per form: its rows in
 * printed order with their label forms and columns, the headings that carry no numbers of their own
 * (a heading printed with numbers holds the subtotal of the rows under it), and its identities.
 */
import {
  type CellKind,
  type ColumnDef,
  formatCatalogue,
  type IdentityInstance,
  identitiesOf,
  printedLabel,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
  tableNames,
} from '../../../../src/catalogue/index.ts';
import { formsOf, type LabelForm } from '../labels.ts';
import { canon } from '../normalize.ts';
import type { CellGroup } from '../split.ts';
import type { TableName } from '../types.ts';

export type TableKey = 'table2' | 'table3' | 'table4';

export interface SpecRow {
  key: string;
  /** The catalogue's label, its printed ordinal and its known variants (for matching). */
  label: string;
  marker: string;
  aliases?: readonly string[];
  /** The label as the form prints it, marker included, for messages. */
  display: string;
  columns: readonly ColumnDef[];
  /** What the cells hold, unless a column says otherwise. */
  kind: CellKind;
  /** The cells in runs for splitting run-together digits (a run ending in a total, or not). */
  groups: readonly CellGroup[];
  /** The heading (table 二 block, table 三 group) the row is printed under. */
  parent?: string;
}

export interface SpecHeading {
  key: string;
  display: string;
  /** The rows under it, in order (nested headings' rows included). */
  rows: readonly string[];
  /** Its numbers, if a report prints any, are the sum of its rows' (table 三's groups). */
  subtotal: boolean;
}

export interface TableSpec {
  name: TableName;
  key: TableKey;
  format: ReportFormat;
  rows: readonly SpecRow[];
  rowForms: readonly LabelForm[];
  headings: readonly SpecHeading[];
  headingForms: readonly LabelForm[];
  /** Header words (column labels and the like), canonical, longest first: text that names no row. */
  headerWords: readonly string[];
  identities: readonly IdentityInstance[];
  /** Index of each row in printed order. */
  index: ReadonlyMap<string, number>;
}

const finish = (spec: Omit<TableSpec, 'index' | 'rowForms' | 'headingForms'>, headingForms: LabelForm[]) => ({
  ...spec,
  rowForms: formsOf(spec.rows),
  headingForms,
  index: new Map(spec.rows.map((r, i) => [r.key, i])),
});

function row(
  def: { key: string; label: string; marker: string; aliases?: readonly string[]; parent?: string },
  columns: readonly ColumnDef[],
  kind: CellKind,
  groups: readonly CellGroup[],
  parent?: string,
): SpecRow {
  const under = parent ?? def.parent;
  return {
    key: def.key,
    label: def.label,
    marker: def.marker,
    ...(def.aliases ? { aliases: def.aliases } : {}),
    display: printedLabel(def),
    columns,
    kind,
    groups,
    ...(under ? { parent: under } : {}),
  };
}

const words = (list: readonly string[]) => [...new Set(list.map(canon))].sort((a, b) => b.length - a.length);

function table2(format: ReportFormat): TableSpec {
  const { table2Blocks } = formatCatalogue(format);
  const rows = table2Blocks.flatMap((b) =>
    b.rows.map((r) => row(r, b.columns, b.kind, [{ size: b.columns.length, total: false }], b.key)),
  );
  const headings = table2Blocks.map((b) => ({
    key: b.key,
    display: b.label,
    rows: b.rows.map((r) => r.key),
    subtotal: false,
  }));
  return finish(
    {
      name: tableNames.table2,
      key: 'table2',
      format,
      rows,
      headings,
      headerWords: words([
        ...table2Blocks.flatMap((b) => b.columns.flatMap((c) => [c.label, ...(c.aliases ?? [])])),
        '信息内容',
      ]),
      identities: [],
    },
    formsOf(table2Blocks.map((b) => ({ key: b.key, label: b.label }))),
  );
}

function table3(format: ReportFormat): TableSpec {
  const { table3Rows, table3Groups } = formatCatalogue(format);
  const rows = table3Rows.map((r) => row(r, table3Columns, 'count', [{ size: 7, total: true }]));
  // A heading's rows: those under it, and under the headings nested in it.
  const under = (key: string): string[] => [
    ...table3Rows.filter((r) => 'parent' in r && r.parent === key).map((r) => r.key),
    ...table3Groups.filter((g) => 'parent' in g && g.parent === key).flatMap((g) => under(g.key)),
  ];
  // 三、本年度办理结果 printed with numbers repeats （七）总计; its rows are the outcomes without the total.
  const headings = table3Groups.map((g) => ({
    key: g.key,
    display: printedLabel(g),
    rows: under(g.key).filter((k) => k !== 'outcomeTotal'),
    subtotal: true,
  }));
  return finish(
    {
      name: tableNames.table3,
      key: 'table3',
      format,
      rows,
      headings,
      headerWords: words([
        ...table3Columns.map((c) => c.label),
        '申请人情况',
        ...new Set(table3Columns.flatMap((c) => ('group' in c ? [c.group] : []))),
        '本列数据的勾稽关系为',
        '第一项加第二项之和',
        '等于第三项加第四项之和',
      ]),
      identities: identitiesOf(format).filter((i) => i.left[0]?.table === 'table3'),
    },
    formsOf(table3Groups.map((g) => ({ key: g.key, label: g.label, marker: g.marker }))),
  );
}

function table4(format: ReportFormat): TableSpec {
  const rows = table4Groups.map((g) =>
    row(
      { key: g.key, label: g.label, marker: '' },
      table4Columns,
      'count',
      [{ size: table4Columns.length, total: true }],
      'group' in g ? g.group : undefined,
    ),
  );
  const litigation = [...new Set(table4Groups.flatMap((g) => ('group' in g ? [g.group] : [])))];
  return finish(
    {
      name: tableNames.table4,
      key: 'table4',
      format,
      rows,
      headings: litigation.map((l) => ({
        key: l,
        display: l,
        rows: table4Groups.filter((g) => 'group' in g && g.group === l).map((g) => g.key),
        subtotal: false,
      })),
      headerWords: words(table4Columns.map((c) => c.label)),
      identities: identitiesOf(format).filter((i) => i.left[0]?.table === 'table4'),
    },
    formsOf(litigation.map((l) => ({ key: l, label: l }))),
  );
}

const cache = new Map<string, TableSpec>();
const makers: Record<TableKey, (f: ReportFormat) => TableSpec> = { table2, table3, table4 };

/** The spec of one table of one form (made once). */
export function tableSpec(key: TableKey, format: ReportFormat): TableSpec {
  const id = `${key}:${format}`;
  let spec = cache.get(id);
  if (!spec) {
    spec = makers[key](format);
    cache.set(id, spec);
  }
  return spec;
}
