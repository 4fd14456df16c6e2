/**
 * The table catalogue: every row and column of the report forms (2021 and 2019), defined once.
 * Schemas, rendered tables, the importer and CSV headers all read from here.
 */

export { allCellPaths, type CellPath, cellKeys, cellPaths } from './cells.ts';
export * from './formats.ts';
export * from './identities.ts';
export * from './parts.ts';
export * from './table2.ts';
export * from './table2-2019.ts';
export * from './table3.ts';
export * from './table3-2019.ts';
export * from './table4.ts';
export type * from './types.ts';
export * from './vocabulary.ts';
