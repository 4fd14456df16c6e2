import type { z } from 'astro/zod';
import { table3Columns, table3Rows, table3Rows2019 } from '../catalogue/index.ts';
import { countCellSchema } from './cell.ts';
import { keyedObject, rowSchema } from './keyed.ts';

/** Table 三 — 收到和处理政府信息公开申请情况: 25 rows × 7 columns, every cell required. */
export const table3Schema = keyedObject(table3Rows, (row) => rowSchema(table3Columns, countCellSchema, row));
export type Table3 = z.output<typeof table3Schema>;

/** Table 三 in the 2019 format: 23 rows × 7 columns (（六）其他处理 is one row of numbers). */
export const table3Schema2019 = keyedObject(table3Rows2019, (row) =>
  rowSchema(table3Columns, countCellSchema, row),
);
export type Table3Of2019 = z.output<typeof table3Schema2019>;
