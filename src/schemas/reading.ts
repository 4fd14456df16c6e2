import { z } from 'astro/zod';
import { table3Printed } from '../catalogue/index.ts';

/**
 * How a number came into a content file: read under its printed label; split by the accounting
 * identities from digits the extraction ran together; placed on its row by the form's order, the
 * placement confirmed by the identities; or typed by hand.
 */
export const readingMethods = ['label', 'split', 'order', 'hand'] as const;
export type ReadingMethod = (typeof readingMethods)[number];

/** 读取方式: each method in the words the site shows readers (report pages, source views, open data). */
export const readingMethodLabels: Record<ReadingMethod, string> = {
  label: '按标签读取',
  split: '按勾稽关系拆分',
  order: '按表格顺序放置',
  hand: '手工录入',
};

/** What each method means, in a sentence, for the source view's key and the data dictionary. */
export const readingMethodMeanings: Record<ReadingMethod, string> = {
  label: '数字在原文中印在它的行名之后，按行名读取。',
  split: `原文提取出的文字把几个数字连在了一起（如“310040035”），或只印了分组的一行而没有其下各行（如“${table3Printed('otherHandling')}”全为 0），按表格的勾稽关系拆分到各个单元格。`,
  order: '行名在原文中缺失或印错，按表格固定的行序放到这一行，并经勾稽关系确认。',
  hand: '由人对照原文手工录入，未记录数字在原文中的位置。',
};

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
