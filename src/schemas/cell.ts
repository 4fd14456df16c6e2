import { z } from 'astro/zod';
import { shown } from './shown.ts';

/** What real reports print in a cell where nothing was reported (full- and half-width). Never read as 0. */
export const notReportedMarks = ['/', '／', '-', '—', '——', '－', '–', '无'] as const;

/** What a content file may write for a cell left blank: one of those marks as printed, or nothing. */
export const notReportedMarkers = [...notReportedMarks, ''] as const;

/** A cell as the portal uses it, whatever shorthand the content file wrote. */
export interface Cell {
  /** The number as published, or null when the report left the cell blank or wrote "/", "-", "无". */
  value: number | null;
  /** A remark printed beside the number, e.g. 其中修订16件. */
  note?: string;
  /** The cell's literal text in the source when it was not a plain number, e.g. "/". */
  raw?: string;
  /** The unit the amount was printed in, e.g. 元 or 万元 (2019 采购总金额 only; never converted). */
  unit?: string;
  /**
   * Why the importer could not read this cell (value null): not a blank in the source, which is
   * 未填报, but a number the importer refused to guess, left for a person to type from the original.
   */
  unread?: string;
}

const cellError = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `missing cell: expected ${what}, or null if the report left it blank`
    : `expected ${what}, or null / "/" / "-" / "无" for a cell the report left blank, got ${shown(issue.input)}`;

const unitSchema = z.string().regex(/^[\p{Script=Han}A-Za-z]{1,4}$/u, 'a unit such as 元 or 万元');

function cellSchema(value: z.ZodNumber, what: string, withUnit = false) {
  const marker = z.enum(notReportedMarkers).transform((raw): Cell => ({ value: null, raw }));
  const fields = {
    /** The published number, or null when not reported. */
    value: value.nullable(),
    /** A remark printed beside the number. */
    note: z.string().min(1).optional(),
    /** Literal source text of the cell. */
    raw: z.string().optional(),
    /** Why the importer could not read the cell (value must be null): to be typed from the original. */
    unread: z.string().min(1).optional(),
  };
  // Only an amount with unit may say its unit; any other cell with one is rejected.
  const detailed = withUnit
    ? z.strictObject({ ...fields, unit: unitSchema.optional() })
    : z.strictObject(fields);
  const checked = detailed.refine((c) => c.unread === undefined || c.value === null, {
    message: 'a cell with `unread` has no value: value must be null',
  });
  return z.union([value, z.null(), marker, checked], { error: cellError(what) }).transform((input): Cell => {
    if (input === null) return { value: null };
    if (typeof input === 'number') return { value: input };
    return input;
  });
}

/** A count: a non-negative whole number, or not reported. */
export const countCellSchema = cellSchema(
  z.number().int('a count must be a whole number').nonnegative('a count cannot be negative'),
  'a whole number ≥ 0',
);

/** An amount in 万元 (table 二 行政事业性收费): a non-negative decimal, or not reported. */
export const amountCellSchema = cellSchema(
  z.number().nonnegative('an amount cannot be negative'),
  'an amount in 万元 ≥ 0',
);

/** A signed count (2019 format 本年增/减, where a decrease is written as a negative number). */
export const signedCountCellSchema = cellSchema(z.number().int('must be a whole number'), 'a whole number');

/**
 * An amount kept in the unit it was printed in (2019 table 二 采购总金额): `{ value: 2792220.8, unit: "元" }`.
 * Units differ from report to report and are never converted, so such amounts are not added up.
 */
export const amountWithUnitCellSchema = cellSchema(
  z.number().nonnegative('an amount cannot be negative'),
  'an amount ≥ 0 with its unit',
  true,
);
