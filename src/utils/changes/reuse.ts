/**
 * How much of a report's prose is last year's again: the share of this year's prose characters that
 * stand in paragraphs unchanged or nearly unchanged (similarity ≥ 90%) from last year's paragraphs
 * of the same part. Characters are counted as compared: whitespace taken out, full-width forms made
 * half-width. The percentage is rounded down, so 100% means every paragraph was found again.
 */
import { nearlyThreshold, type PartChanges } from './proseChanges.ts';

export interface Reuse {
  /** This year's characters in paragraphs unchanged or nearly unchanged from last year. */
  reused: number;
  /** This year's characters in all its paragraphs. */
  total: number;
  /** reused ÷ total, or null when this year's report has no prose. */
  ratio: number | null;
}

export function reuse(parts: readonly PartChanges[]): Reuse {
  let [reused, total] = [0, 0];
  for (const part of parts)
    for (const p of part.paragraphs) {
      if (p.kind === 'removed') continue;
      total += p.chars;
      if (p.kind !== 'added') reused += p.chars;
    }
  return { reused, total, ratio: total === 0 ? null : reused / total };
}

/** The ratio as a whole percentage, rounded down; null when there is no prose. */
export function reusePercent(r: Reuse): number | null {
  return r.ratio === null ? null : Math.floor(r.ratio * 100 + 1e-9);
}

/** e.g. 本报告正文约 78% 与上年相同. */
export function reuseSentence(r: Reuse): string {
  const percent = reusePercent(r);
  return percent === null ? '本报告没有可与上年比较的正文。' : `本报告正文约 ${percent}% 与上年相同。`;
}

/** How the percentage is worked out, in one line for the page. */
export const reuseMethod = `算法：正文（含前言）按段落与上年同一部分的段落对照，去掉空白、统一全角半角后，与上年一段完全相同或相似度不低于 ${Math.round(nearlyThreshold * 100)}%（两段按顺序相同的字数×2÷两段字数之和）的段落算“相同”；百分比是这些段落的字数占本年正文总字数的比例，向下取整。`;
