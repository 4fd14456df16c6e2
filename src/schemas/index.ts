export * from './agency.ts';
export * from './cell.ts';
export * from './reading.ts';
export * from './report.ts';
export * from './source.ts';
export * from './table2.ts';
export * from './table3.ts';
export * from './table4.ts';
