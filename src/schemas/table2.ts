import { z } from 'astro/zod';
import { type CellKind, table2Blocks } from '../catalogue/index.ts';
import { amountCellSchema, countCellSchema, signedCountCellSchema } from './cell.ts';
import { rowSchema } from './keyed.ts';

const cellFor: Record<CellKind, typeof countCellSchema> = {
  count: countCellSchema,
  amount: amountCellSchema,
  signedCount: signedCountCellSchema,
};

type Table2RowKey = (typeof table2Blocks)[number]['rows'][number]['key'];

/** Table 二 — 主动公开政府信息情况 (2021 format): one entry per catalogue row, e.g. `normativeDocuments: { issued, repealed, inForce }`. */
export const table2Schema = z.strictObject(
  Object.fromEntries(
    table2Blocks.flatMap((block) =>
      block.rows.map((row) => [row.key, rowSchema(block.columns, cellFor[block.kind], row)]),
    ),
  ) as unknown as Record<Table2RowKey, ReturnType<typeof rowSchema<string>>>,
);

export type Table2 = z.output<typeof table2Schema>;
