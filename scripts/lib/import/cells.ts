/**
 * Reading one cell's text. A blank, "/", "-", "—" or "无" is "not reported" (value null, never 0);
 * a number with a remark keeps both; anything else is refused, never guessed.
 */
import type { CellKind } from '../../../src/catalogue/index.ts';
import { type Cell, notReportedMarks } from '../../../src/schemas/cell.ts';
import { exactNumber, shiftDecimalLeft } from './numbers.ts';

export type { CellKind };

export type ParsedCell = { ok: true; cell: Cell; warning?: string } | { ok: false; message: string };

const notReported = new Set<string>(notReportedMarks);

/** Units a count may be printed with (12件). */
export const countUnits = ['件', '条', '个', '项', '次', '份', '篇', '人次'];

/** A signed whole number as the 2019 form's 本年增/减 prints it: -8, −8, －8, +3. */
const signedPattern = /^([-−+])(\d{1,9})$/;

/** True when the text is a cell value (a number or a not-reported marker), false for label text. */
export function isValueToken(raw: string): boolean {
  if (/^\d{1,9}$/.test(raw)) return true;
  // Label text starts with a Han character; a value never does (except the mark 无).
  if (/^[\u4e00-\u9fff]/.test(raw)) return raw.trim() === '无';
  const t = raw.normalize('NFKC').trim();
  if (t === '') return false;
  if (notReported.has(t) || notReported.has(raw.trim())) return true;
  if (signedPattern.test(t)) return true;
  return /^\d[\d,]*(\.\d+)?(万元|元|件|条|个|项|次|份|篇|人次)?\s*(\([^()]*\))?$/.test(t);
}

/**
 * Parses a cell's literal text as a count (whole number ≥ 0), an amount (decimal ≥ 0, in 万元), a
 * signed count (2019 本年增/减) or an amount kept with its printed unit (2019 采购总金额). Every number
 * goes through exactNumber: one that a JavaScript number cannot hold exactly is refused, never rounded.
 */
export function parseCell(raw: string, kind: CellKind): ParsedCell {
  // A bare amount of 采购总金额 (not 0) lacks its unit: it goes the long way, to be warned about.
  if (/^\d{1,9}$/.test(raw) && (raw === '0' || (raw[0] !== '0' && kind !== 'amountWithUnit')))
    return { ok: true, cell: { value: Number(raw) } };
  const literal = raw.trim();
  if (literal === '') return { ok: true, cell: { value: null } };
  if (notReported.has(literal)) return { ok: true, cell: { value: null, raw: literal } };
  const t = literal.normalize('NFKC');
  const signed = signedPattern.exec(t);
  if (signed) {
    if (kind !== 'signedCount') return { ok: false, message: `"${literal}" has a sign; only 本年增/减 may` };
    const value = Number(signed[2]) * (signed[1] === '+' ? 1 : -1);
    // "-8" is how the form says to write a decrease; anything else (−8, +3) keeps its literal.
    return { ok: true, cell: literal === String(value) ? { value } : { value, raw: literal } };
  }
  const m = /^(\d[\d,]*(?:\.\d+)?)(万元|元|件|条|个|项|次|份|篇|人次)?\s*(?:\(([^()]*)\))?$/.exec(t);
  if (!m) return { ok: false, message: `"${literal}" is not a number` };
  const [, digitsRaw = '', unit, note] = m;
  if (digitsRaw.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digitsRaw))
    return { ok: false, message: `"${literal}" has misplaced thousands separators` };
  const digits = digitsRaw.replace(/,/g, '');
  const whole = kind === 'count' || kind === 'signedCount';
  const read = exactNumber(digits, whole, literal);
  if (!read.ok) return read;
  if (whole && unit && !countUnits.includes(unit))
    return { ok: false, message: `"${literal}" is an amount, not a count` };
  const cell: Cell = { value: read.value };
  const warnings: string[] = [];
  // Separators are read, not guessed at: said, so that a misread (12,345 for 12 and 345) is seen.
  if (digitsRaw !== digits) warnings.push(`"${literal}" read with thousands separators as ${digits}`);
  if (kind === 'amountWithUnit') {
    if (unit && countUnits.includes(unit))
      return { ok: false, message: `"${literal}" is a count, not an amount` };
    // Kept in the unit it was printed in, never converted: units differ from report to report.
    if (unit) cell.unit = unit;
    else if (cell.value !== 0) warnings.push(`"${literal}" has no unit; kept as printed`);
  } else if (!whole && unit === '元') {
    const converted = exactNumber(shiftDecimalLeft(digits, 4), false, literal);
    if (!converted.ok) return converted;
    cell.value = converted.value;
    warnings.push(`"${literal}" converted from 元 to ${cell.value} 万元`);
  } else if (!whole && unit && unit !== '万元') {
    return { ok: false, message: `"${literal}" is a count, not an amount in 万元` };
  }
  if (note?.trim()) cell.note = note.trim();
  // Keep the literal when the number was not written plainly (a unit, separators, full-width digits).
  if ((unit && kind !== 'amountWithUnit') || digitsRaw !== digits || !/^[\d.]/.test(literal))
    cell.raw = literal;
  return warnings.length ? { ok: true, cell, warning: warnings.join('; ') } : { ok: true, cell };
}
