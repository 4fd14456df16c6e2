import type { z } from 'astro/zod';
import { table4Columns, table4Groups } from '../catalogue/index.ts';
import { countCellSchema } from './cell.ts';
import { keyedObject, rowSchema } from './keyed.ts';

/** Table 四 — 政府信息公开行政复议、行政诉讼情况: three groups of five counts. */
export const table4Schema = keyedObject(table4Groups, (g) =>
  rowSchema(table4Columns, countCellSchema).describe(g.label),
);

export type Table4 = z.output<typeof table4Schema>;
