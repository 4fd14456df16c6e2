/**
 * The table catalogue: every row and column of the report form, defined once.
 * Schemas, rendered tables, the importer and CSV headers all read from here.
 */

export { type CellPath, cellPaths } from './cells.ts';
export * from './parts.ts';
export * from './table2.ts';
export * from './table3.ts';
export * from './table4.ts';
export type * from './types.ts';
