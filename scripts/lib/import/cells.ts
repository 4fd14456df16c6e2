/**
 * Reading one cell's text. A blank, "/", "-", "—" or "无" is "not reported" (value null, never 0);
 * a number with a remark keeps both; anything else is refused, never guessed.
 */
import type { Cell } from '../../../src/schemas/cell.ts';

export type CellKind = 'count' | 'amount';

export type ParsedCell = { ok: true; cell: Cell; warning?: string } | { ok: false; message: string };

/** What real reports write where nothing was reported. */
const notReported = new Set(['/', '／', '-', '—', '——', '－', '–', '无']);

const countUnits = ['件', '条', '个', '项', '次', '份', '篇', '人次'];

/** Moves a decimal string's point `places` to the left, exactly (no binary rounding). */
function shiftLeft(digits: string, places: number): number {
  const [int = '0', frac = ''] = digits.split('.');
  const padded = int.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places);
  const tail = `${padded.slice(padded.length - places)}${frac}`.replace(/0+$/, '');
  return Number(tail ? `${head}.${tail}` : head);
}

/** True when the text is a cell value (a number or a not-reported marker), false for label text. */
export function isValueToken(raw: string): boolean {
  if (/^\d{1,9}$/.test(raw)) return true;
  // Label text starts with a Han character; a value never does (except the mark 无).
  if (/^[\u4e00-\u9fff]/.test(raw)) return raw.trim() === '无';
  const t = raw.normalize('NFKC').trim();
  if (t === '') return false;
  if (notReported.has(t) || notReported.has(raw.trim())) return true;
  return /^\d[\d,]*(\.\d+)?(万元|元|件|条|个|项|次|份|篇|人次)?\s*(\([^()]*\))?$/.test(t);
}

/** Parses a cell's literal text as a count (whole number ≥ 0) or an amount (decimal ≥ 0, in 万元). */
export function parseCell(raw: string, kind: CellKind): ParsedCell {
  if (/^\d{1,9}$/.test(raw) && (raw === '0' || raw[0] !== '0'))
    return { ok: true, cell: { value: Number(raw) } };
  const literal = raw.trim();
  if (literal === '') return { ok: true, cell: { value: null } };
  if (notReported.has(literal)) return { ok: true, cell: { value: null, raw: literal } };
  const t = literal.normalize('NFKC');
  const m = /^(\d[\d,]*(?:\.\d+)?)(万元|元|件|条|个|项|次|份|篇|人次)?\s*(?:\(([^()]*)\))?$/.exec(t);
  if (!m) return { ok: false, message: `"${literal}" is not a number` };
  const [, digitsRaw = '', unit, note] = m;
  if (digitsRaw.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digitsRaw))
    return { ok: false, message: `"${literal}" has misplaced thousands separators` };
  const digits = digitsRaw.replace(/,/g, '');
  const cell: Cell = { value: Number(digits) };
  let warning: string | undefined;
  if (kind === 'count') {
    if (digits.includes('.')) return { ok: false, message: `"${literal}" is not a whole number` };
    if (unit && !countUnits.includes(unit))
      return { ok: false, message: `"${literal}" is an amount, not a count` };
  } else if (unit === '元') {
    cell.value = shiftLeft(digits, 4);
    warning = `"${literal}" converted from 元 to ${cell.value} 万元`;
  } else if (unit && unit !== '万元') {
    return { ok: false, message: `"${literal}" is a count, not an amount in 万元` };
  }
  if (note?.trim()) cell.note = note.trim();
  // Keep the literal when the number was not written plainly (a unit, separators, full-width digits).
  if (unit || digitsRaw !== digits || !/^[\d.]/.test(literal)) cell.raw = literal;
  return warning ? { ok: true, cell, warning } : { ok: true, cell };
}
