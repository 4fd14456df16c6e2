/** The one list of rules that apply to every report, in the order findings are reported. */
import { carryOverMatchesLastYear } from './rules/carryOverMatchesLastYear.ts';
import { documentsInForceFollowLastYear } from './rules/documentsInForceFollowLastYear.ts';
import { partsPresentInOrder } from './rules/partsPresentInOrder.ts';
import { proseMatchesTables } from './rules/proseMatchesTables.ts';
import { table3Balance } from './rules/table3Balance.ts';
import { table3OutcomeTotal } from './rules/table3OutcomeTotal.ts';
import { table3RowTotal } from './rules/table3RowTotal.ts';
import { table4GroupTotal } from './rules/table4GroupTotal.ts';
import { titleYearMatchesPeriod } from './rules/titleYearMatchesPeriod.ts';
import type { Rule } from './types.ts';

export const rules: readonly Rule[] = [
  partsPresentInOrder,
  titleYearMatchesPeriod,
  table3Balance,
  table3OutcomeTotal,
  table3RowTotal,
  table4GroupTotal,
  carryOverMatchesLastYear,
  documentsInForceFollowLastYear,
  proseMatchesTables,
];
