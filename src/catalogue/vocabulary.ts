/**
 * The catalogue's vocabulary: every name and label a reader sees for a table, a row, a column or a
 * cell, built from the catalogue's data, so that pages, checks, CSV headers, the glossary and the
 * importer's messages say the same words and none of them types a label of the form again.
 */
import { formatCatalogue, reportFormats } from './formats.ts';
import { reportParts } from './parts.ts';
import { table3Groups } from './table3.ts';
import { table4Groups } from './table4.ts';
import type { GroupDef, ReportFormat, RowDef } from './types.ts';

/** The three tables of numbers, in printed order. */
export const tableKeys = ['table2', 'table3', 'table4'] as const;
export type TableKey = (typeof tableKeys)[number];

/** Each table is its part's, numbered alike: table 二 is part 二. */
const partOf = { table2: reportParts[1], table3: reportParts[2], table4: reportParts[3] } as const;

/** A table's name as reports print it: 表二. */
export type TableName<T extends TableKey = TableKey> = `表${(typeof partOf)[T]['numeral']}`;

/** A table's name as reports print it: 表二. */
export function tableName<T extends TableKey>(table: T): TableName<T> {
  return `表${partOf[table].numeral}` as TableName<T>;
}

/** Every table's name by key: { table2: '表二', … }. */
export const tableNames = {
  table2: tableName('table2'),
  table3: tableName('table3'),
  table4: tableName('table4'),
} as const satisfies Record<TableKey, TableName>;

/** A table's title, its part's official heading: 主动公开政府信息情况. */
export function tableTitle(table: TableKey): string {
  return partOf[table].title;
}

/**
 * A table's caption as the form prints it, name and title set apart by an ideographic space:
 * 表二　主动公开政府信息情况. `separator` gives another space where a plain one reads better (labels).
 */
export function tableCaption(table: TableKey, separator = '　'): string {
  return `${tableName(table)}${separator}${tableTitle(table)}`;
}

/** What joins a merged header to the label under it, and the parts of a cell's full label. */
export const labelSeparator = '·';

/** A row or heading as printed, ordinal first: （一）予以公开, 三、本年度办理结果, 规章. */
export function printedLabel(def: { readonly marker?: string; readonly label: string }): string {
  return `${def.marker ?? ''}${def.label}`;
}

/**
 * A column or row under a merged header, with that header: 法人或其他组织·商业企业,
 * 行政诉讼·复议后起诉; a label with no merged header above it is itself.
 */
export function qualifiedLabel(def: { readonly group?: string; readonly label: string }): string {
  return def.group ? `${def.group}${labelSeparator}${def.label}` : def.label;
}

/**
 * The headings a table 三 row sits under, outermost first, each as printed:
 * [三、本年度办理结果, （三）不予公开] for 1.属于国家秘密.
 */
export function headingChain(
  parent: string | undefined,
  groups: readonly GroupDef[] = table3Groups,
): string[] {
  const group = groups.find((g) => g.key === parent);
  return group ? [...headingChain(group.parent, groups), printedLabel(group)] : [];
}

/**
 * A table 三 row's label that says which row it is without the table around it: the row as printed,
 * after the sub-heading it is numbered under (（三）不予公开 1.属于国家秘密), since a bare 1. is
 * ambiguous; 三、本年度办理结果, above every outcome, adds nothing and is left out.
 */
export function table3RowLabel(row: RowDef, groups: readonly GroupDef[] = table3Groups): string {
  const heading = groups.find((g) => g.key === row.parent && g.parent !== undefined);
  return heading ? `${printedLabel(heading)} ${printedLabel(row)}` : printedLabel(row);
}

/** table3RowsOf's answers by set of forms, and table3Printed's labels by key: each made once. */
const rowsOfForms = new Map<string, readonly RowDef[]>();
let printedTable3: Map<string, string> | undefined;

/**
 * The rows of table 三 of the given forms, each key once, in printed order. A key means the same in
 * both forms; the 2019 form's one row of its own, （六）其他处理, goes where the 2021 form's sub-rows
 * of it end.
 */
export function table3RowsOf(formats: readonly ReportFormat[] = reportFormats): RowDef[] {
  // The statistics ask for a printed row of every report (table3Printed): the rows are sorted once.
  const known = rowsOfForms.get(formats.join());
  if (known) return [...known];
  const rows2021 = formatCatalogue('2021').table3Rows;
  const place = (key: string) => {
    const at = rows2021.findIndex((r) => r.key === key);
    return at >= 0 ? at : rows2021.findLastIndex((r) => r.parent === key) + 0.5;
  };
  const byKey = new Map(formats.flatMap((f) => formatCatalogue(f).table3Rows).map((r) => [r.key, r]));
  const rows = [...byKey.values()].sort((a, b) => place(a.key) - place(b.key));
  rowsOfForms.set(formats.join(), rows);
  return [...rows];
}

/** A table 三 row or heading of either form by its key, as printed: （七）总计, 三、本年度办理结果. */
export function table3Printed(key: string): string {
  // Reversed, so that where a row and a heading share a key the row, listed first, is the one kept.
  printedTable3 ??= new Map(
    [...table3RowsOf(), ...table3Groups].reverse().map((r) => [r.key, printedLabel(r)]),
  );
  const printed = printedTable3.get(key);
  if (printed === undefined) throw new Error(`no table 三 row or heading ${key} in the catalogue`);
  return printed;
}

/** Table 四's two procedures by name: 行政复议, and 行政诉讼 (the merged header over its two kinds). */
export const reviewProcedures = {
  reconsideration: table4Groups[0].label,
  litigation: table4Groups[1].group,
} as const;
