/**
 * Which labels of the forms each term explains, found by matching the terms against the catalogue's
 * labels rather than kept as a second list: a label explains every term it contains.
 */
import { formatCatalogue, reportFormats } from './formats.ts';
import { table3Columns } from './table3.ts';
import { table4Columns, table4Groups } from './table4.ts';
import { type Term, terms } from './terms.ts';
import type { ReportFormat } from './types.ts';

/** The three tables of numbers, in printed order. */
export const formTables = [
  { key: 'table2', label: '表二　主动公开政府信息情况' },
  { key: 'table3', label: '表三　收到和处理政府信息公开申请情况' },
  { key: 'table4', label: '表四　政府信息公开行政复议、行政诉讼情况' },
] as const;

export type FormTableKey = (typeof formTables)[number]['key'];

/** A label printed in a table of one form: a block, group or row heading, or a column header. */
export interface FormLabel {
  readonly table: FormTableKey;
  readonly format: ReportFormat;
  /** The label as printed, without its ordinal. */
  readonly text: string;
}

/** Every label of a form's tables, in printed order (a label printed several times is listed once). */
export function formLabels(format: ReportFormat): FormLabel[] {
  const { table2Blocks, table3Groups, table3Rows } = formatCatalogue(format);
  const columnGroups = (cs: readonly { label: string; group?: string }[]) =>
    cs.flatMap((c) => (c.group ? [c.group, c.label] : [c.label]));
  const texts: [FormTableKey, string[]][] = [
    [
      'table2',
      table2Blocks.flatMap((b) => [b.label, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
    ],
    [
      'table3',
      [
        ...columnGroups(table3Columns),
        ...table3Groups.map((g) => g.label),
        ...table3Rows.map((r) => r.label),
      ],
    ],
    ['table4', [...columnGroups(table4Groups), ...table4Columns.map((c) => c.label)]],
  ];
  return texts.flatMap(([table, list]) => [...new Set(list)].map((text) => ({ table, format, text })));
}

/** One piece of a label: plain text, or the words of a term. */
export interface LabelPart {
  readonly text: string;
  readonly term?: Term;
}

/** Each wording of each term, longest first, so that 行政规范性文件 wins over its 规范性文件. */
const wordings = terms
  .flatMap((t: Term) => [t.term, ...(t.aliases ?? [])].map((words) => ({ words, term: t })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * Splits a label into plain text and the terms it contains, left to right; where two wordings
 * overlap the one that starts first (then the longer) wins. Joining the parts' text gives the label.
 */
export function labelParts(label: string): LabelPart[] {
  const found: { at: number; words: string; term: Term }[] = [];
  for (const w of wordings)
    for (let at = label.indexOf(w.words); at >= 0; at = label.indexOf(w.words, at + 1))
      found.push({ at, ...w });
  found.sort((a, b) => a.at - b.at || b.words.length - a.words.length);
  const parts: LabelPart[] = [];
  let done = 0;
  for (const f of found) {
    if (f.at < done) continue;
    if (f.at > done) parts.push({ text: label.slice(done, f.at) });
    parts.push({ text: f.words, term: f.term });
    done = f.at + f.words.length;
  }
  if (done < label.length) parts.push({ text: label.slice(done) });
  return parts;
}

/** A term with the labels it explains, and the table it is first printed in. */
export interface TermUse {
  readonly term: Term;
  /** The first table, in printed order, whose labels contain the term. */
  readonly table: FormTableKey;
  /** The labels that contain the term, each with the forms that print it. */
  readonly labels: readonly { text: string; formats: readonly ReportFormat[] }[];
}

/**
 * Every term with the labels of both forms it explains, in the order of `terms`. A term no label
 * contains is left out (the unit test requires there be none).
 */
export function termUses(): TermUse[] {
  const labels = reportFormats.flatMap((f) => formLabels(f));
  return terms.flatMap((term: Term): TermUse[] => {
    const uses = labels.filter((l) => labelParts(l.text).some((p) => p.term === term));
    const first = uses[0];
    if (!first) return [];
    const formats = new Map<string, ReportFormat[]>();
    for (const u of uses) formats.set(u.text, [...(formats.get(u.text) ?? []), u.format]);
    const table = formTables.find((t) => uses.some((u) => u.table === t.key))?.key ?? first.table;
    return [{ term, table, labels: [...formats].map(([text, fs]) => ({ text, formats: fs })) }];
  });
}
