import { z } from 'astro/zod';

/**
 * How a number came into a content file: read under its printed label; split by the accounting
 * identities from digits the extraction ran together; placed on its row by the form's order, the
 * placement confirmed by the identities; or typed by hand.
 */
export const readingMethods = ['label', 'split', 'order', 'hand'] as const;
export type ReadingMethod = (typeof readingMethods)[number];

/** Where one row (or cell) of a table was read, and how. */
export const readingSchema = z.strictObject({
  /** How the numbers were read. */
  how: z.enum(readingMethods),
  /** The 1-based line of the original (text, or the page's HTML source) the numbers stand on. */
  line: z.number().int().positive().optional(),
  /** The page of a PDF the numbers stand on. */
  page: z.number().int().positive().optional(),
});

export type Reading = z.output<typeof readingSchema>;

/**
 * Per row (`table3.newReceived`) or per cell (`table3.newReceived.natural`, which wins over its row):
 * how its numbers were read. Written by the importer; a cell it does not cover was typed by hand.
 */
export const readingsSchema = z.record(
  z.string().regex(/^table[234]\.[A-Za-z0-9]+(\.[A-Za-z0-9]+)?$/, 'a key such as table3.newReceived'),
  readingSchema,
);

export type Readings = z.output<typeof readingsSchema>;

/** How the cell with flat key `table.row.column` was read: its own entry, its row's, else by hand. */
export function readingOf(readings: Readings | undefined, cellKey: string): Reading {
  const row = cellKey.slice(0, cellKey.lastIndexOf('.'));
  return readings?.[cellKey] ?? readings?.[row] ?? { how: 'hand' };
}
