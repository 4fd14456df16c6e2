import { z } from 'astro/zod';
import { cellKeys } from '../catalogue/index.ts';
import { readingsSchema } from './reading.ts';
import { sourceSchema } from './source.ts';
import { table2Schema, table2Schema2019 } from './table2.ts';
import { table3Schema, table3Schema2019 } from './table3.ts';
import { table4Schema } from './table4.ts';

/** The fields every report has, whatever its form. */
/** The first year with annual reports: the 条例 took effect on 1 May 2008. */
export const firstReportYear = 2008;
/** A bound on years, so that a misread year is caught rather than published. */
export const lastReportYear = 2100;

const common = {
  /** Id of the publishing agency (a file name under content/agencies/). */
  agency: z.string().regex(/^[a-z0-9-]+$/, 'an agency id such as 640302-sifaju'),
  /** The calendar year the report covers (not the year it was published). */
  year: z.number().int().min(firstReportYear).max(lastReportYear),
  /** The title as printed, e.g. 利通区司法局2023年政府信息公开工作年度报告. */
  title: z.string().min(4),
  source: sourceSchema,
  /** How each row's numbers were read (see reading.ts); absent for a report typed by hand. */
  read: readingsSchema.optional(),
};

/** A report in the form of 国办公开办函〔2021〕30号 (reports for 2021 on). */
export const report2021Schema = z.strictObject({
  ...common,
  /** Which official form the tables follow. */
  format: z.literal('2021'),
  /** Table 二 主动公开政府信息情况. */
  table2: table2Schema,
  /** Table 三 收到和处理政府信息公开申请情况. */
  table3: table3Schema,
  /** Table 四 政府信息公开行政复议、行政诉讼情况. */
  table4: table4Schema,
});

/** A report in the form of 国办公开办函〔2019〕60号 (reports for 2019 and 2020): its own tables 二 and 三. */
export const report2019Schema = z.strictObject({
  ...common,
  format: z.literal('2019'),
  table2: table2Schema2019,
  table3: table3Schema2019,
  table4: table4Schema,
});

/**
 * A report's frontmatter. The six parts' prose is the Markdown body, one `## 一、…` heading per part;
 * the tables of parts 二, 三 and 四 are here, keyed by the catalogue of the report's `format`.
 */
export const reportShapeSchema = z.discriminatedUnion('format', [report2021Schema, report2019Schema]);

/** A report's frontmatter as the build validates it: its shape, and a `read` record that names its own form's cells. */
export const reportSchema = reportShapeSchema.superRefine((report, ctx) => {
  // A reading must name a row or cell of the report's own form, or it explains nothing.
  const cells = cellKeys(report.format);
  for (const key of Object.keys(report.read ?? {})) {
    const known = cells.has(key) || [...cells].some((c) => c.startsWith(`${key}.`));
    if (!known)
      ctx.addIssue({
        code: 'custom',
        path: ['read', key],
        message: `no row or cell ${key} in the ${report.format} form`,
      });
  }
});

export type ReportData = z.output<typeof reportSchema>;
export type Report2021 = z.output<typeof report2021Schema>;
export type Report2019 = z.output<typeof report2019Schema>;
