/**
 * Table 二 — 主动公开政府信息情况: the blocks of the report's form (four in 2021, five in 2019), read
 * by the generic table reader; here only what is particular to it: each block's columns in the order
 * its header prints them, and a table printed in the other form's layout, which is refused.
 */
import {
  type ColumnDef,
  formatCatalogue,
  type ReportFormat,
  type Table2Block,
  tableNames,
} from '../../../src/catalogue/index.ts';
import { formatMarkers } from './format.ts';
import { formsOf, type LabelForm } from './labels.ts';
import { canon } from './normalize.ts';
import { problem } from './problems.ts';
import { readTable } from './tables/read.ts';
import { tableSpec } from './tables/spec.ts';
import type { LineText, Problem, Segment, TableRead } from './types.ts';

const table = tableNames.table2;

interface HeaderRead {
  order: readonly ColumnDef[];
  aliases: LabelForm[];
  missing: readonly ColumnDef[];
}

/** The block's columns in the order its header prints them, when the header names them all. */
function readHeader(block: Table2Block, text: string): HeaderRead | undefined {
  const forms = formsOf(block.columns);
  const found = new Map<string, { at: number; form: LabelForm }>();
  for (const f of forms) {
    const at = text.indexOf(f.text);
    if (at >= 0 && !found.has(f.key)) found.set(f.key, { at, form: f });
  }
  if (!found.size) return undefined;
  const cols: readonly ColumnDef[] = block.columns;
  const missing = cols.filter((c) => !found.has(c.key));
  const order = missing.length
    ? cols
    : [...cols].sort((a, b) => (found.get(a.key)?.at ?? 0) - (found.get(b.key)?.at ?? 0));
  return { order, missing, aliases: [...found.values()].filter((f) => f.form.alias).map((f) => f.form) };
}

/** Reads table 二 of a report of the given form (default 2021) from the segments of its part. */
export function readTable2(
  segments: readonly Segment[],
  lineText: LineText,
  format: ReportFormat = '2021',
): TableRead {
  const spec = tableSpec('table2', format);
  const problems: Problem[] = [];
  // Another form's columns must not be read as this form's: that would put every number in the wrong place.
  const other = format === '2021' ? '2019' : '2021';
  const text = canon(segments.map((s) => (s.kind === 'text' ? s.text : '')).join(''));
  const foreign = formatMarkers(text, other);
  if (foreign.length) {
    problems.push(
      problem(
        'error',
        'format-mismatch',
        `this table prints labels of the ${other} form (${foreign.join('、')}), not of the ${format} form it is read as`,
        { table },
      ),
    );
    return { cells: new Map(), unread: new Map(), problems };
  }
  const catalogueBlocks = formatCatalogue(format).table2Blocks;
  const headers = new Map<string, HeaderRead>();
  const r = readTable(segments, lineText, spec, {
    columns: (_observed, placed) => {
      for (const p of placed.placements) {
        const row = spec.rows.find((x) => x.key === p.rows[0]);
        const block = catalogueBlocks.find((b) => b.key === row?.parent);
        if (!block || !p.match || headers.has(block.key)) continue;
        const header = readHeader(block, p.match.prefix);
        if (!header) continue;
        headers.set(block.key, header);
        for (const a of header.aliases) {
          const line = p.obs.textLines.find((n) => canon(lineText(n)).includes(a.text)) ?? p.obs.textLines[0];
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
      return (row) => (row.parent ? headers.get(row.parent)?.order : undefined);
    },
  });
  for (const b of catalogueBlocks) {
    const h = headers.get(b.key);
    // A header read out of the form's order: the form fixes the columns, so the reading of the header
    // is what is in doubt (a PDF table without borders or padding sets a wrapped header's lines apart
    // and a long header word first), and neither order can be trusted. The block is refused.
    if (h && !h.missing.length && h.order.some((c, i) => c.key !== b.columns[i]?.key)) {
      const why = `the column header reads ${h.order.map((c) => c.label).join('、')}, not the form’s ${b.columns.map((c) => c.label).join('、')}: which column each number is in cannot be told`;
      problems.push(problem('error', 'header-order', `${b.label}: ${why}`, { table }));
      for (const row of b.rows)
        for (const c of b.columns) {
          const key = `${row.key}.${c.key}`;
          r.cells.delete(key);
          r.unread.set(key, why);
        }
    }
    if (!h || h.missing.length)
      problems.push(
        problem(
          'warning',
          'header-columns',
          `${b.label}: the column header does not name ${(h?.missing ?? b.columns).map((c) => c.label).join('、')}; read the columns in the form’s order`,
          { table },
        ),
      );
  }
  return { cells: r.cells, unread: r.unread, problems: [...problems, ...r.problems] };
}
