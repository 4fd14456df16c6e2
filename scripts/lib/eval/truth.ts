/**
 * Ground truth for the importer's evaluation: what a document prints in each cell of its tables, typed
 * by hand from the document (format: tests/eval/README.md). Row and column keys are checked against the
 * catalogue, so a misspelt key fails loudly instead of leaving a cell silently undetermined.
 */
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { type CellPath, cellPaths, type ReportFormat, reportFormats } from '../../../src/catalogue/index.ts';

/** A cell as the document prints it: a number, null (blank, "/", "-", "无"), with its unit when printed. */
export interface TruthValue {
  value: number | null;
  unit?: string;
}

export type TableKey = CellPath['table'];
export const tableKeys = ['table2', 'table3', 'table4'] as const satisfies readonly TableKey[];

/** Importer options the document cannot supply (a fragment names no agency). */
export interface TruthOptions {
  agency?: string;
  year?: number;
  region?: string;
}

export interface Truth {
  /** The truth file, as named in messages. */
  file: string;
  /** The sample, relative to the shared folder. */
  sample: string;
  title?: string;
  agency?: string;
  year?: number;
  /** The form whose catalogue the tables use; absent only for a sample that must be refused whole. */
  format?: ReportFormat;
  options: TruthOptions;
  /** The cells the document determines, by flat key (`table3.newReceived.natural`); the rest are undetermined. */
  cells: Map<string, TruthValue>;
  /** Why the sample must be refused whole (it holds no report to read). */
  refuse?: string;
}

const valueSchema = z.union([
  z.number(),
  z.null(),
  z.strictObject({ value: z.number().nullable(), unit: z.string().min(1).optional() }),
]);
type RawValue = z.infer<typeof valueSchema>;
const tableSchema = z.record(z.string(), z.record(z.string(), valueSchema));
type RawTable = z.infer<typeof tableSchema>;

/** `TruthOptions` as a truth file or a fixture manifest gives them; an unknown option is an error. */
export const optionsSchema = z.strictObject({
  agency: z.string().optional(),
  year: z.number().int().optional(),
  region: z.string().optional(),
});

const fileSchema = z
  .strictObject({
    sample: z.string().min(1),
    title: z.string().optional(),
    agency: z.string().optional(),
    year: z.number().int().optional(),
    format: z.enum(reportFormats).optional(),
    options: optionsSchema.optional(),
    table2: tableSchema.optional(),
    table3: tableSchema.optional(),
    table4: tableSchema.optional(),
    refuse: z.string().min(1).optional(),
    // Free text for the reader; YAML turns an unquoted "a: b" note into a mapping, which is harmless here.
    notes: z.array(z.unknown()).optional(),
  })
  .superRefine((t, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const given = tableKeys.filter((k) => t[k] !== undefined);
    if (t.refuse !== undefined) {
      for (const k of given) issue([k], 'a sample to be refused whole has no tables');
      return;
    }
    if (!t.format) return issue(['format'], "needed to read the tables: '2021' or '2019'");
    if (!given.length) return issue([], 'no tables and no refuse: the file determines nothing');
    for (const k of given) checkTable(k, t[k] ?? {}, t.format, issue);
  });

/** Rows, columns and values against the form's catalogue: unknown keys and impossible values are errors. */
function checkTable(
  table: TableKey,
  rows: RawTable,
  format: ReportFormat,
  issue: (path: (string | number)[], message: string) => void,
): void {
  const cells = new Map(cellPaths(format).map((c) => [c.key, c]));
  const rowKeys = new Set(cellPaths(format).flatMap((c) => (c.table === table ? [c.row] : [])));
  for (const [row, columns] of Object.entries(rows)) {
    if (!rowKeys.has(row)) {
      issue(
        [table, row],
        `unknown row “${row}”: ${table} of the ${format} form has ${[...rowKeys].join(', ')}`,
      );
      continue;
    }
    for (const [column, value] of Object.entries(columns)) {
      const cell = cells.get(`${table}.${row}.${column}`);
      if (!cell) {
        const known = cellPaths(format).filter((c) => c.table === table && c.row === row);
        issue(
          [table, row, column],
          `unknown column “${column}”: ${row} has ${known.map((c) => c.column).join(', ')}`,
        );
        continue;
      }
      const wrongKind = kindProblem(cell.kind, value);
      if (wrongKind) issue([table, row, column], wrongKind);
    }
  }
}

/** Why a value cannot stand in a cell of this kind, or undefined when it can. */
function kindProblem(kind: CellPath['kind'], raw: RawValue): string | undefined {
  const { value, unit } = normalize(raw);
  if (unit !== undefined && kind !== 'amountWithUnit')
    return 'only an amount printed with its unit has a unit';
  if (value === null) return undefined;
  if (kind === 'count' && !(Number.isInteger(value) && value >= 0))
    return `a count is a whole number ≥ 0, not ${value}`;
  if (kind === 'signedCount' && !Number.isInteger(value))
    return `a signed count is a whole number, not ${value}`;
  if ((kind === 'amount' || kind === 'amountWithUnit') && value < 0) return `an amount is ≥ 0, not ${value}`;
  return undefined;
}

function normalize(raw: RawValue): TruthValue {
  if (raw === null || typeof raw === 'number') return { value: raw };
  return raw.unit === undefined ? { value: raw.value } : { value: raw.value, unit: raw.unit };
}

export type Parsed = { ok: true; truth: Truth } | { ok: false; errors: string[] };

/** Reads one truth file's text; every error names the file and the key at fault. */
export function parseTruth(text: string, file: string): Parsed {
  let data: unknown;
  try {
    data = load(text);
  } catch (e) {
    return { ok: false, errors: [`${file}: not YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top level)'}: ${i.message}`),
    };
  const t = parsed.data;
  const cells = new Map<string, TruthValue>();
  for (const table of tableKeys)
    for (const [row, columns] of Object.entries(t[table] ?? {}))
      for (const [column, value] of Object.entries(columns))
        cells.set(`${table}.${row}.${column}`, normalize(value));
  return {
    ok: true,
    truth: {
      file,
      sample: t.sample,
      title: t.title,
      agency: t.agency,
      year: t.year,
      format: t.format,
      options: t.options ?? {},
      cells,
      refuse: t.refuse,
    },
  };
}
