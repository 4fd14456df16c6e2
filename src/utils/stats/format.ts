/** How aggregate numbers read on a page: never NaN, never a fake 0%. */
import type { Rate, Sum } from './aggregate.ts';

/** Shown for a rate whose base is 0 or that no report could contribute to. */
export const noRate = '—';
/** Shown for a sum no report filled in. */
export const noValue = '未填报';

/**
 * A number as people read it on a page: its whole part grouped by thousands (447,228), its decimals
 * as they are. Pages only: data files keep the bare number.
 */
export function withSeparators(value: number): string {
  const [whole = '', decimals] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

export function formatNumber(value: number | null): string {
  if (value === null) return noValue;
  return withSeparators(Number.isInteger(value) ? value : Math.round(value * 10000) / 10000);
}

export function formatSum(sum: Sum): string {
  return formatNumber(sum.value);
}

/** A rate as a percentage with one decimal, or “—”. */
export function formatRate(rate: Rate): string {
  if (rate.value === null) return noRate;
  return `${(Math.round(rate.value * 1000) / 10).toFixed(1)}%`;
}

/** What the rate was worked out from, in words: “按 3 件计算”, or why it could not be. */
export function formatBase(rate: Rate): string {
  return rate.base === 0 ? '共 0 件，无法计算' : `按 ${withSeparators(rate.base)} 件计算`;
}

/** e.g. “3/5 份报告” — how many reports contributed, and “（1 份部分填报）” when some filled in only part. */
export function formatCoverage(c: { reported: number; partial?: number; of: number }): string {
  const partial = c.partial ? `（另 ${c.partial} 份部分填报）` : '';
  return `${c.reported}/${c.of} 份报告${partial}`;
}

export function formatRateCoverage(rate: Rate): string {
  return formatCoverage({ reported: rate.reports, of: rate.of });
}

/** A file's size as a reader takes it in: 1 KB at least, MB from a mebibyte on. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
