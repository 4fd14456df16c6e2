/**
 * The CSV for people who open it in Excel or WPS: the same rows and the same fields as
 * data/reports.csv, but each column headed by the cell's full Chinese label as the form prints it
 * (表三·三、本年度办理结果·（一）予以公开·自然人), built from the catalogue; UTF-8 with a BOM, blanks
 * left blank. Published whole, per year and per province, so a reader can open just what they need.
 */
import {
  type CellPath,
  cellPaths,
  formatCatalogue,
  headingChain,
  labelSeparator,
  printedLabel,
  type ReportFormat,
  reportFormats,
  table3Columns,
  table4Columns,
  table4Groups,
  tableNames,
} from '../../catalogue/index.ts';
import { provinceCode } from '../provinces.ts';
import { toCsv } from './csv.ts';
import { csvRow, metaColumns, type ReportRecord, sortRecords } from './records.ts';

const headerCache = new Map<ReportFormat, ReadonlyMap<string, string>>();

/**
 * The full Chinese label of every cell of a form, by cell key: the table, the block or the chain of
 * headings the row sits under, the row with its printed ordinal, and the column (with the merged
 * header it sits under, e.g. 法人或其他组织·商业企业).
 */
export function cellHeaders(format: ReportFormat): ReadonlyMap<string, string> {
  const hit = headerCache.get(format);
  if (hit) return hit;
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(labelSeparator);
  const { table2Blocks, table3Rows, table3Groups } = formatCatalogue(format);
  const out = new Map<string, string>();
  for (const block of table2Blocks)
    for (const row of block.rows)
      for (const col of block.columns)
        out.set(
          `table2.${row.key}.${col.key}`,
          join(tableNames.table2, block.label, printedLabel(row), col.label),
        );
  for (const row of table3Rows)
    for (const col of table3Columns)
      out.set(
        `table3.${row.key}.${col.key}`,
        join(
          tableNames.table3,
          ...headingChain(row.parent, table3Groups),
          printedLabel(row),
          'group' in col ? col.group : '',
          col.label,
        ),
      );
  for (const group of table4Groups)
    for (const col of table4Columns)
      out.set(
        `table4.${group.key}.${col.key}`,
        join(tableNames.table4, 'group' in group ? group.group : '', group.label, col.label),
      );
  headerCache.set(format, out);
  return out;
}

/** The header of the column beside an amount kept with its unit (2019 采购总金额). */
export const unitHeader = (header: string) => `${header}${labelSeparator}单位`;

/**
 * The header of every cell key of either form, one for each key in every file: a key both forms
 * have (2019's 处理决定数量 is 2021's 本年处理决定数量) is headed as the newer form prints it, so
 * files of different years line up column by column when put together.
 */
function headerOfKey(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const f of reportFormats)
    for (const [key, header] of cellHeaders(f)) if (!out.has(key)) out.set(key, header);
  return out;
}

/**
 * The cells of the forms the records use, each key once: one form's cells in printed order, both
 * forms' as in data/reports.csv (the 2021 form's, then those only the 2019 form has). A year of
 * 2019-form reports gets the 2019 form's columns, not 2021's empty ones.
 */
export function zhColumns(formats: readonly ReportFormat[]): { cells: CellPath[]; headers: string[] } {
  const label = headerOfKey();
  const seen = new Set<string>();
  const cells = reportFormats
    .filter((f) => formats.includes(f))
    .flatMap((f) => cellPaths(f))
    .filter((c) => !seen.has(c.key) && seen.add(c.key));
  const headers = [
    ...metaColumns.map((m) => m.label as string),
    ...cells.flatMap((c) => {
      const h = label.get(c.key) as string;
      return c.kind === 'amountWithUnit' ? [h, unitHeader(h)] : [h];
    }),
  ];
  return { cells, headers };
}

/** Records as the Chinese-headed CSV: one row per report, by report id, exactly the keyed CSV's fields. */
export function zhCsv(records: readonly ReportRecord[]): string {
  const { cells, headers } = zhColumns([...new Set(records.map((r) => r.report.format))]);
  return toCsv([headers, ...sortRecords(records).map((r) => csvRow(r, cells))]);
}

export interface ZhCsvFile {
  /** Path under the site base, e.g. data/csv/year/2023.csv. */
  path: string;
  kind: 'all' | 'year' | 'province';
  /** What a reader sees: 全部报告, 2023年度, 宁夏回族自治区. */
  title: string;
  /** The name a browser saves it under, e.g. 政府信息公开年报数据-2023年度.csv. */
  download: string;
  records: ReportRecord[];
}

export const zhCsvPaths = {
  all: () => 'data/csv/reports-zh.csv',
  year: (year: number) => `data/csv/year/${year}.csv`,
  /** By the province's six-digit code, e.g. 640000. */
  province: (code: string) => `data/csv/province/${code}.csv`,
};

const downloadName = (title: string) => `政府信息公开年报数据-${title}.csv`;

/**
 * The Chinese-headed CSV files: the whole site, one per year (newest first) and one per province
 * (in Chinese collation), each only for what has reports. Every record is in the whole file, in
 * exactly one year's file and in exactly one province's.
 */
export function zhCsvFiles(records: readonly ReportRecord[]): ZhCsvFile[] {
  const sorted = sortRecords(records);
  const byYear = new Map<number, ReportRecord[]>();
  const byProvince = new Map<string, { name: string; records: ReportRecord[] }>();
  for (const r of sorted) {
    const year = byYear.get(r.report.year) ?? [];
    year.push(r);
    byYear.set(r.report.year, year);
    const code = provinceCode(r.agency.region.code);
    const seen = byProvince.get(code) ?? { name: r.agency.region.province, records: [] };
    seen.records.push(r);
    byProvince.set(code, seen);
  }
  const collator = new Intl.Collator('zh-CN');
  const all = {
    path: zhCsvPaths.all(),
    kind: 'all' as const,
    title: '全部报告',
    download: downloadName('全部报告'),
  };
  return [
    { ...all, records: sorted },
    ...[...byYear]
      .sort(([a], [b]) => b - a)
      .map(([year, list]) => ({
        path: zhCsvPaths.year(year),
        kind: 'year' as const,
        title: `${year}年度`,
        download: downloadName(`${year}年度`),
        records: list,
      })),
    ...[...byProvince]
      .sort(([, a], [, b]) => collator.compare(a.name, b.name))
      .map(([code, p]) => ({
        path: zhCsvPaths.province(code),
        kind: 'province' as const,
        title: p.name,
        download: downloadName(p.name),
        records: p.records,
      })),
  ];
}
