/**
 * The open-data form of a report: the report exactly as validated (its `report` member follows
 * data/schema.json), with its agency beside it; and the one-row-per-report CSV.
 */
import { allCellPaths, type CellPath, formatCatalogue, reportFormats } from '../../catalogue/index.ts';
import type { Agency } from '../../schemas/agency.ts';
import type { ReportData } from '../../schemas/report.ts';
import { type AgencyLike, type ReportLike, regionLine } from '../collections.ts';
import { findCell } from '../stats/aggregate.ts';
import { toCsv } from './csv.ts';

export interface ReportRecord {
  /** `<agency id>/<year>`. */
  id: string;
  agency: { id: string } & Agency;
  /** The report's title, source and three tables, as in its content file (cells in long form). */
  report: ReportData;
}

export function reportRecord(report: ReportLike, agency: AgencyLike): ReportRecord {
  return { id: report.id, agency: { id: agency.id, ...agency.data }, report: report.data };
}

/** Records in a stable order: by report id. */
export function sortRecords(records: readonly ReportRecord[]): ReportRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The CSV's first columns, before one column per cell. */
export const metaColumns = [
  {
    key: 'id',
    label: '报告编号',
    meaning: '机关编号/年度，如 640302-sifaju/2023；与 data/reports/ 下的文件名一致',
  },
  { key: 'agency', label: '机关编号', meaning: '六位行政区划代码加机关类型拼音，如 640302-sifaju' },
  { key: 'agency_name', label: '机关名称', meaning: '机关全称' },
  { key: 'region', label: '地区', meaning: '省、市、区县，以空格分隔' },
  { key: 'region_code', label: '行政区划代码', meaning: '机关所在地的六位行政区划代码' },
  { key: 'year', label: '报告年度', meaning: '报告统计的公历年度（不是发布年份）' },
  {
    key: 'format',
    label: '报告格式',
    meaning: `表格所依格式：${reportFormats
      .map((f) => `${f} 即${formatCatalogue(f).basis}（${formatCatalogue(f).years}）`)
      .join('；')}`,
  },
] as const;

/** The column beside an amount kept with its unit (2019 采购总金额), e.g. `table2.procurement.amount.unit`. */
export const unitColumn = (c: CellPath) => `${c.key}.unit`;

/** One column per cell of either form (a report leaves the other form's columns empty), a unit column after amounts with units. */
export function csvHeader(cells: readonly CellPath[] = allCellPaths()): string[] {
  return [
    ...metaColumns.map((c) => c.key),
    ...cells.flatMap((c) => (c.kind === 'amountWithUnit' ? [c.key, unitColumn(c)] : [c.key])),
  ];
}

/**
 * One report as a CSV row: a number as written, an empty field where the report left the cell blank
 * or where its form has no such cell — never 0.
 */
export function csvRow(record: ReportRecord, cells: readonly CellPath[] = allCellPaths()): string[] {
  const { report, agency } = record;
  return [
    record.id,
    agency.id,
    agency.name,
    regionLine(agency),
    agency.region.code,
    String(report.year),
    report.format,
    ...cells.flatMap((c) => {
      const cell = findCell(report, c.key);
      const v = cell?.value ?? null;
      const field = v === null ? '' : String(v);
      return c.kind === 'amountWithUnit' ? [field, cell?.unit ?? ''] : [field];
    }),
  ];
}

/** All reports, one row each, one stable column per cell of either form, headers = catalogue keys. */
export function reportsCsv(records: readonly ReportRecord[]): string {
  const cells = allCellPaths();
  return toCsv([csvHeader(cells), ...sortRecords(records).map((r) => csvRow(r, cells))]);
}
