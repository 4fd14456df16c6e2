/**
 * The two official forms side by side: which blocks and rows each prints. Code that lays out, reads
 * or checks a report's tables takes them from here by the report's `format`.
 */
import { type Table2Block, table2Blocks } from './table2.ts';
import { table2Blocks2019 } from './table2-2019.ts';
import { table3Groups, table3OutcomeRows, table3Rows } from './table3.ts';
import { table3Groups2019, table3OutcomeRows2019, table3Rows2019 } from './table3-2019.ts';
import type { GroupDef, ReportFormat, RowDef } from './types.ts';

export const reportFormats = ['2021', '2019'] as const satisfies readonly ReportFormat[];

export interface FormatCatalogue {
  format: ReportFormat;
  /** The document that fixed the form, e.g. 国办公开办函〔2021〕30号. */
  basis: string;
  /** Which reports use it. */
  years: string;
  table2Blocks: readonly Table2Block[];
  table3Rows: readonly RowDef[];
  table3Groups: readonly GroupDef[];
  /** The rows whose sum （七）总计 must equal. */
  table3OutcomeRows: readonly RowDef[];
}

const catalogues: Record<ReportFormat, FormatCatalogue> = {
  '2021': {
    format: '2021',
    basis: '国办公开办函〔2021〕30号',
    years: '2021 年度起',
    table2Blocks,
    table3Rows,
    table3Groups,
    table3OutcomeRows,
  },
  '2019': {
    format: '2019',
    basis: '国办公开办函〔2019〕60号',
    years: '2019、2020 年度',
    table2Blocks: table2Blocks2019,
    table3Rows: table3Rows2019,
    table3Groups: table3Groups2019,
    table3OutcomeRows: table3OutcomeRows2019,
  },
};

/** The tables of one form. */
export function formatCatalogue(format: ReportFormat): FormatCatalogue {
  return catalogues[format];
}
