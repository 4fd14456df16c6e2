/**
 * The oracle of the importer's mutation tests (property.test.ts) and of the exhaustive hunt
 * (scripts/hunt-import.ts): seeds given generated numbers, where each number stands in the text,
 * and, after an edit, which numbers an import wrote that the edited source does not say.
 */
import { tableNames } from '../../../src/catalogue/index.ts';
import { readSeed, repoAgencies, seedNames } from '../testkit/import.ts';
import { parseCell } from './cells.ts';
import { type Imported, importReport } from './importReport.ts';
import { type Numbers, numbersFrom, readsOf, substitute, tableValues } from './propertyKit.ts';
import type { CellRead, Problem } from './types.ts';

/** Where one number of a rich seed stands: its table, `row.column`, and its offsets in the text. */
export interface Span {
  table: keyof Numbers;
  key: string;
  start: number;
  end: number;
}

/** A seed with generated numbers written into its layout, as imported, and where each number stands. */
export interface RichSeed {
  name: string;
  text: string;
  numbers: Numbers;
  imported: Imported;
  spans: Span[];
  /** The warnings of the unedited import (by `problemKey`): an edit is judged by the doubts it adds. */
  known: Set<string>;
}

/** A character edit: at a text offset, `removed` characters taken out and `inserted` put in. */
export interface CharEdit {
  at: number;
  removed: number;
  inserted: string;
}

export const problemKey = (p: Problem) => [p.severity, p.code, p.table, p.row, p.column].join('|');

/** A seed report (its text and unedited import) with the numbers generated from `seed` written in, imported again. */
export function richSeed(
  base: { name: string; text: string; imported: Imported },
  seed: number,
  run: (bytes: Uint8Array) => Imported,
): RichSeed {
  const numbers = numbersFrom(seed);
  const text = substitute(base.text, base.imported, numbers);
  const imported = run(Buffer.from(text));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const spans = (Object.entries(readsOf(imported)) as [keyof Numbers, Map<string, CellRead>][]).flatMap(
    ([table, reads]) =>
      [...reads].map(([key, read]) => {
        const at = (lineStarts[read.line - 1] ?? 0) + read.start;
        return { table, key, start: at, end: at + read.end - read.start };
      }),
  );
  return {
    name: base.name,
    text,
    numbers,
    imported,
    spans,
    known: new Set(imported.warnings.map(problemKey)),
  };
}

/** What the source says a number is after the edit: the generated one, or what its edited token reads as. */
function saidAfter(base: RichSeed, span: Span, e: CharEdit | undefined): number | null | undefined {
  const [row = '', col = ''] = span.key.split('.');
  const generated = base.numbers[span.table][row]?.[col];
  if (!e) return generated;
  // Replacing the separator before a number with a digit makes the number longer too, now that a
  // number printed against its label is read ("行政事业性收费9100").
  const before = e.at === span.start - 1 && e.removed === 1 && /^\d/.test(e.inserted);
  const touched = (e.at >= span.start && e.at <= span.end) || before;
  // Replacing the separator after a number with a digit makes the number longer: that touches it too.
  const besideAfter = e.at === span.end && e.removed > 0 && !/^\d/.test(e.inserted);
  if (!touched || besideAfter) return generated;
  const token = base.text.slice(span.start, e.at) + e.inserted + base.text.slice(e.at + e.removed, span.end);
  const parsed = parseCell(token, span.table === 'table2' && row === 'fees' ? 'amount' : 'count');
  return parsed.ok ? parsed.cell.value : undefined;
}

/**
 * The numbers an import of the edited seed wrote that its source does not say, in a table the import
 * raised no new doubt about, one line each (`table2.fees.amount: wrote 1, source says undefined, …`).
 * An edit that is not a character edit (lines moved, junk, truncation) is `undefined`: every number
 * left standing still says what was generated.
 */
export function unsaidNumbers(base: RichSeed, e: CharEdit | undefined, r: Imported): string[] {
  const doubted = new Set(r.warnings.filter((w) => !base.known.has(problemKey(w))).map((w) => w.table));
  const got = tableValues(r) as Record<keyof Numbers, Record<string, Record<string, number | null>>>;
  const out: string[] = [];
  for (const span of base.spans) {
    const [row = '', col = ''] = span.key.split('.');
    const expected = saidAfter(base, span, e);
    const actual = got[span.table]?.[row]?.[col];
    const table = tableNames[span.table];
    if (actual !== expected && !doubted.has(table))
      out.push(
        `${span.table}.${span.key}: wrote ${actual}, source says ${expected}, and no warning about ${table}`,
      );
  }
  return out;
}

/**
 * The characters an edit puts in: separators (space, tab, newline, 、, the ideographic space), digits,
 * not-reported marks (/ - — 无), brackets, Markdown and HTML marks, and Han characters of labels.
 */
export const editCharacters = [
  ' ',
  '\t',
  '\n',
  'x',
  '一',
  '（',
  '）',
  '(',
  ')',
  '0',
  '1',
  '5',
  '9',
  '/',
  '-',
  '—',
  '无',
  '。',
  '，',
  '*',
  '#',
  '<',
  '>',
  '[',
  ']',
  '|',
  '\\',
  '`',
  '_',
  '&',
  '.',
  '、',
  '\u3000',
  '第',
  '项',
] as const;

/** The importer as the mutation tests call it: a text file, the repository's agencies. */
export async function textImporter(): Promise<(bytes: Uint8Array) => Imported> {
  const agencies = await repoAgencies();
  return (bytes) => importReport({ bytes, ext: 'txt', agencies });
}

/** Each seed report, its text and its unedited import. */
export function seedBaselines(run: (bytes: Uint8Array) => Imported) {
  return Promise.all(
    seedNames.map(async (name) => {
      const text = await readSeed(name);
      return { name, text, imported: run(Buffer.from(text)) };
    }),
  );
}
