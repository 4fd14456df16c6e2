/** How the changes since last year read on the page. */
import { notReportedText, unreadText } from '../cells.ts';
import { withSeparators } from '../stats/format.ts';
import type { CellChange, CellState, IncomparableRow } from './cellChanges.ts';

/** A cell as the page shows it: the number with thousands grouped (and its unit), 未填报 or 未读取. */
export function stateText(state: CellState): string {
  if (state.kind === 'notReported') return notReportedText;
  if (state.kind === 'unread') return unreadText;
  return `${withSeparators(state.value)}${state.unit ?? ''}`;
}

/** A difference with its sign: +1,234, −185.28 (a true minus sign), never a bare 0. */
export function signed(difference: number): string {
  return `${difference > 0 ? '+' : '−'}${withSeparators(Math.abs(difference))}`;
}

/** The change column: the difference, or in words why there is none. */
export function changeText(change: CellChange): string {
  switch (change.kind) {
    case 'difference':
      return signed(change.difference ?? 0);
    case 'unitChanged':
      return '单位不同，不作差';
    case 'nowNotReported':
      return '本年未填报';
    case 'nowReported':
      return '上年未填报';
  }
}

/** A part's paragraphs in words, kinds with none left out: 2 段相同，1 段改动，3 段新增，2 段删去. */
export function partSummary(counts: Record<'same' | 'edited' | 'added' | 'removed', number>): string {
  const words = [
    [counts.same, '相同'],
    [counts.edited, '略有改动'],
    [counts.added, '新增'],
    [counts.removed, '删去'],
  ] as const;
  return words
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${n} 段${w}`)
    .join('，');
}

/** Why a row cannot be compared: 仅2020年的格式有此行, or the columns only one year's form has. */
export function incomparableText(row: IncomparableRow, beforeYear: number, afterYear: number): string {
  if (row.rowOnlyIn) return `仅${row.rowOnlyIn === 'before' ? beforeYear : afterYear}年的格式有此行`;
  const only = (year: number, columns: string[]) => `仅${year}年的格式有“${columns.join('”“')}”`;
  return [
    ...(row.onlyBefore.length > 0 ? [only(beforeYear, row.onlyBefore)] : []),
    ...(row.onlyAfter.length > 0 ? [only(afterYear, row.onlyAfter)] : []),
  ].join('；');
}
