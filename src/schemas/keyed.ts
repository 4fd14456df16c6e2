import { z } from 'astro/zod';
import { type ColumnDef, printedLabel, type RowDef } from '../catalogue/index.ts';
import type { countCellSchema } from './cell.ts';

/** The schema of one cell (count, amount, signed count or amount with unit): all give a `Cell`. */
export type CellSchema = typeof countCellSchema;

/** A strict object with exactly the given items' keys (typed), each from `make`; unknown keys are rejected. */
export function keyedObject<T extends { readonly key: string }, S extends z.ZodType>(
  items: readonly T[],
  make: (item: T) => S,
) {
  const shape = Object.fromEntries(items.map((item) => [item.key, make(item)])) as Record<T['key'], S>;
  return z.strictObject(shape);
}

/**
 * A row of cells keyed by the catalogue's column keys, described by the row's printed label; `cell`
 * is one schema for every column, or a function giving each column its own (2019 本年增/减 is signed).
 */
export function rowSchema<K extends string>(
  columns: readonly ColumnDef<K>[],
  cell: CellSchema | ((column: ColumnDef<K>) => CellSchema),
  row?: RowDef,
) {
  const schema = keyedObject(columns, (c) => (typeof cell === 'function' ? cell(c) : cell).describe(c.label));
  return row ? schema.describe(printedLabel(row)) : schema;
}
