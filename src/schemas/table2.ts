import { z } from 'astro/zod';
import { type CellKind, type Table2Block, table2Blocks, table2Blocks2019 } from '../catalogue/index.ts';
import {
  amountCellSchema,
  amountWithUnitCellSchema,
  countCellSchema,
  signedCountCellSchema,
} from './cell.ts';
import { type CellSchema, rowSchema } from './keyed.ts';

const cellFor: Record<CellKind, CellSchema> = {
  count: countCellSchema,
  amount: amountCellSchema,
  signedCount: signedCountCellSchema,
  amountWithUnit: amountWithUnitCellSchema as unknown as CellSchema,
};

type RowKeyOf<B extends readonly Table2Block[]> = B[number]['rows'][number]['key'];

/** One entry per catalogue row of the blocks, each cell with its column's (or block's) kind. */
function table2SchemaOf<B extends readonly Table2Block[]>(blocks: B) {
  return z.strictObject(
    Object.fromEntries(
      blocks.flatMap((block) =>
        block.rows.map((row) => [
          row.key,
          rowSchema(block.columns, (c) => cellFor[c.kind ?? block.kind], row),
        ]),
      ),
    ) as unknown as Record<RowKeyOf<B>, ReturnType<typeof rowSchema<string>>>,
  );
}

/** Table 二 — 主动公开政府信息情况 (2021 format): one entry per catalogue row, e.g. `normativeDocuments: { issued, repealed, inForce }`. */
export const table2Schema = table2SchemaOf(table2Blocks);
export type Table2 = z.output<typeof table2Schema>;

/** Table 二 in the 2019 format, e.g. `licensing: { previousYear, change, decisions }`, `procurement: { projects, amount }`. */
export const table2Schema2019 = table2SchemaOf(table2Blocks2019);
export type Table2Of2019 = z.output<typeof table2Schema2019>;
