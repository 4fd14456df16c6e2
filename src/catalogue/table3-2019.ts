import { type Table3RowKey, table3Groups, table3Rows } from './table3.ts';
import type { GroupDef, RowDef } from './types.ts';

/** Heading rows of table 三 in the 2019 format: as in 2021, but （六）其他处理 is a data row, not a heading. */
export const table3Groups2019: readonly GroupDef[] = table3Groups.filter((g) => g.key !== 'otherHandling');

type SubRowOfOther = 'otherNoCorrection' | 'otherUnpaidFee' | 'otherOther';
export type Table3RowKey2019 = Exclude<Table3RowKey, SubRowOfOther> | 'otherHandling';

/** （六）其他处理 of the 2019 form: one row of numbers where the 2021 form has three sub-rows. */
const otherHandling: RowDef<'otherHandling'> = {
  key: 'otherHandling',
  marker: '（六）',
  label: '其他处理',
  parent: 'outcomes',
};

/** The 23 data rows of table 三 in the 2019 format (国办公开办函〔2019〕60号), in printed order. */
export const table3Rows2019: readonly RowDef<Table3RowKey2019>[] = table3Rows.flatMap(
  (r): RowDef<Table3RowKey2019>[] => {
    if (!('parent' in r) || r.parent !== 'otherHandling') return [r as RowDef<Table3RowKey2019>];
    return r.key === 'otherNoCorrection' ? [otherHandling] : [];
  },
);

/** The outcome rows whose sum （七）总计 must equal, in the 2019 format. */
export const table3OutcomeRows2019 = table3Rows2019.filter(
  (r) => r.parent !== undefined && r.key !== 'outcomeTotal',
);
