/**
 * Table 二 — 主动公开政府信息情况: the blocks of the report's form (four in 2021, five in 2019); rows
 * found by label, columns by the block's header.
 */
import { formatCatalogue, type ReportFormat, type Table2Block } from '../../../src/catalogue/index.ts';
import { assembleRows } from './assemble.ts';
import { formatMarkers } from './format.ts';
import { cellKey } from './keys.ts';
import { findLabelIn, formsOf, type LabelForm, matchLabel } from './labels.ts';
import { canon } from './normalize.ts';
import {
  describeValues,
  labelQualityProblem,
  lineOfLabel,
  problem,
  readRowCells,
  unknownRowProblem,
} from './problems.ts';
import type { CellRead, LineText, Problem, Segment, TableRead } from './types.ts';

const table = '表二';
type Block = Table2Block;
type Column = Block['columns'][number];

/** A form's blocks prepared for matching: row and column label forms, made once per form. */
interface Prepared {
  blocks: readonly Block[];
  rowForms: LabelForm[];
  blockOf: Map<string, Block>;
  columnForms: Map<string, LabelForm[]>;
  /** Every column label of the form, longest first. */
  allColumnForms: LabelForm[];
}

function prepare(format: ReportFormat): Prepared {
  const blocks = formatCatalogue(format).table2Blocks;
  const rows = blocks.flatMap((b) => b.rows.map((r) => ({ ...r, block: b })));
  const columnForms = new Map(blocks.map((b) => [b.key, formsOf(b.columns)]));
  return {
    blocks,
    rowForms: formsOf(rows),
    blockOf: new Map(rows.map((r) => [r.key, r.block])),
    columnForms,
    allColumnForms: [...columnForms.values()].flat().sort((a, b) => b.text.length - a.text.length),
  };
}

const prepared = new Map<ReportFormat, Prepared>();
const preparedFor = (format: ReportFormat) => {
  let p = prepared.get(format);
  if (!p) {
    p = prepare(format);
    prepared.set(format, p);
  }
  return p;
};

/** Removes block headings and column headers from canonical text; what is left is unexplained. */
function unexplained(text: string, p: Prepared): string {
  let t = text.replace(/第二十条第\(?[一二三四五六七八九十]+\)?项/g, '').replace(/信息内容/g, '');
  for (const f of p.allColumnForms) t = t.split(f.text).join('');
  return t;
}

interface HeaderRead {
  order: Column[];
  aliases: LabelForm[];
  missing: Column[];
}

/** The block's columns in the order its header prints them, when the header names them all. */
function readHeader(block: Block, text: string, p: Prepared): HeaderRead | undefined {
  const forms = p.columnForms.get(block.key) ?? [];
  const found = new Map<string, { at: number; form: LabelForm }>();
  for (const f of forms) {
    const at = text.indexOf(f.text);
    if (at >= 0 && !found.has(f.key)) found.set(f.key, { at, form: f });
  }
  if (!found.size) return undefined;
  const cols: readonly Column[] = block.columns;
  const missing = cols.filter((c) => !found.has(c.key));
  const order = missing.length
    ? [...cols]
    : [...cols].sort((a, b) => (found.get(a.key)?.at ?? 0) - (found.get(b.key)?.at ?? 0));
  return { order, missing, aliases: [...found.values()].filter((f) => f.form.alias).map((f) => f.form) };
}

/** Reads table 二 of a report of the given form (default 2021) from the segments of its part. */
export function readTable2(
  segments: readonly Segment[],
  lineText: LineText,
  format: ReportFormat = '2021',
): TableRead {
  const p = preparedFor(format);
  const { rowForms, blockOf } = p;
  const problems: Problem[] = [];
  const cells = new Map<string, CellRead>();
  const expected = (text: string) => {
    const m = matchLabel(text, rowForms);
    return m ? blockOf.get(m.key)?.columns.length : undefined;
  };
  const assembled = assembleRows(segments, expected);
  const seen = new Map<string, number>();
  const headers = new Map<string, HeaderRead>();
  const reported = new Set<string>();
  // Another form's columns must not be read as this form's: that would put every number in the wrong place.
  const other = format === '2021' ? '2019' : '2021';
  const foreign = formatMarkers(
    canon(assembled.rows.map((r) => r.text).join('') + assembled.trailing.text),
    other,
  );
  if (foreign.length) {
    problems.push(
      problem(
        'error',
        'format-mismatch',
        `this table prints labels of the ${other} form (${foreign.join('、')}), not of the ${format} form it is read as`,
        { table },
      ),
    );
    return { cells, problems };
  }
  const orphans = (text: string, lines: readonly number[]) => {
    const rest = unexplained(text, p);
    const other = findLabelIn(
      rest,
      rowForms.filter((f) => !seen.has(f.key)),
      2,
    );
    if (other && !reported.has(other.key)) {
      reported.add(other.key);
      const line = lineOfLabel(lines, other.text, lineText);
      problems.push(
        problem(
          'error',
          'row-without-numbers',
          'found the row’s label but no numbers after it',
          { table, row: other.display, line },
          lineText,
        ),
      );
    } else if (rest && !other)
      problems.push(
        problem('warning', 'ignored-text', `ignored text “${rest}”`, { table, line: lines[0] }, lineText),
      );
  };

  for (const row of assembled.rows) {
    const m = matchLabel(row.text, rowForms);
    const block = m && blockOf.get(m.key);
    if (!m || !block) {
      problems.push(unknownRowProblem(table, row, lineText));
      continue;
    }
    const label = m.display;
    const where = { table, row: label, line: row.line } as const;
    const loose = labelQualityProblem(m, where, lineText);
    if (loose) problems.push(loose);
    const header = readHeader(block, m.prefix, p);
    if (header && !headers.has(block.key)) {
      headers.set(block.key, header);
      for (const a of header.aliases) {
        const line = row.textLines.find((n) => canon(lineText(n)).includes(a.text)) ?? row.textLines[0];
        problems.push(
          problem(
            'warning',
            'alias-label',
            `column header “${a.text}” read as “${a.display}” (a known misprint)`,
            { table, column: a.display, line },
            lineText,
          ),
        );
      }
    }
    orphans(m.prefix, row.textLines);
    const first = seen.get(m.key);
    if (first !== undefined) {
      problems.push(
        problem(
          'error',
          'duplicate-row',
          `the row appears twice (lines ${first} and ${row.line}); cannot tell which is right`,
          where,
          lineText,
        ),
      );
      for (const c of block.columns) cells.delete(cellKey(m.key, c.key));
      continue;
    }
    seen.set(m.key, row.line);
    const columns = headers.get(block.key)?.order ?? block.columns;
    if (row.values.length !== columns.length) {
      problems.push(
        problem(
          'error',
          'cell-count',
          `expected ${columns.length} number${columns.length > 1 ? 's' : ''} (${columns.map((c) => c.label).join('、')}), ${describeValues(row.values)}`,
          where,
          lineText,
        ),
      );
      continue;
    }
    readRowCells(
      row.values,
      columns,
      block.kind,
      { table, rowKey: m.key, row: label },
      cells,
      problems,
      lineText,
    );
  }
  const tail = canon(assembled.trailing.text);
  if (tail) orphans(tail, assembled.trailing.lines);
  for (const b of p.blocks) {
    const h = headers.get(b.key);
    if (!h || h.missing.length)
      problems.push(
        problem(
          'warning',
          'header-columns',
          `${b.label}: the column header does not name ${(h?.missing ?? b.columns).map((c) => c.label).join('、')}; read the columns in the form’s order`,
          { table },
        ),
      );
    for (const r of b.rows) {
      if (!seen.has(r.key) && !reported.has(r.key))
        problems.push(
          problem('error', 'missing-row', `row not found under ${b.label}`, { table, row: r.label }),
        );
    }
  }
  return { cells, problems };
}
