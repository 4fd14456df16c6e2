/**
 * The import pipeline for one extracted-text report, without touching the disk: bytes in, the
 * report file's text (or the reasons it cannot be written) out.
 */
import { createHash } from 'node:crypto';
import {
  table2Blocks,
  table3Columns,
  table3Rows,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import { type AgencyEntry, agencyYaml, type ResolvedAgency, resolveAgency } from './agency.ts';
import { checkArithmetic } from './arithmetic.ts';
import { blankCells } from './blanks.ts';
import { emitReport, type ReportOut, type TableCells } from './emit.ts';
import { cellKey } from './keys.ts';
import { detectMeta } from './meta.ts';
import { decodeText, normalizeText } from './normalize.ts';
import { problem } from './problems.ts';
import { buildBody, linesToBlocks, proseLines, wrapWidth } from './prose.ts';
import { findSections } from './sections.ts';
import { lineSegments, textSegments } from './segments.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';
import type { CellRead, Problem, TableName, TableRead } from './types.ts';

export interface ImportOptions {
  /** The agency, as an id (640302-sifaju) or a name; overrides the title. */
  agency?: string;
  year?: number;
  /** Six-digit division code or place name, for a new agency whose place is ambiguous. */
  region?: string;
  /** Write tables that could not be read completely, the unread cells as not reported. */
  allowPartial?: boolean;
}

export interface ImportInput {
  bytes: Uint8Array;
  /** Extension of the original, kept for its copy under sources/ (e.g. txt). */
  ext: string;
  options?: ImportOptions;
  /** The agencies already in the content folder. */
  agencies?: readonly AgencyEntry[];
}

export interface Imported {
  report?: ReportOut;
  body?: string;
  /** The report file to write. */
  text?: string;
  agency?: ResolvedAgency;
  /** The new agency's YAML, when the agency is new. */
  agencyYaml?: string;
  /** Paths relative to the content folder. */
  paths?: { report: string; source: string; agency: string };
  /** Every cell as read, with its source line and offsets (keyed `row.column` per table). */
  reads?: { table2: Map<string, CellRead>; table3: Map<string, CellRead>; table4: Map<string, CellRead> };
  warnings: Problem[];
  errors: Problem[];
}

type Layout = readonly { key: string; columns: readonly { key: string; label: string }[] }[];
const layouts: Record<TableName, Layout> = {
  表二: table2Blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, columns: b.columns }))),
  表三: table3Rows.map((r) => ({ key: r.key, columns: table3Columns })),
  表四: table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
};

/** The table in catalogue order; unread cells are null (only written with --allow-partial). */
function fill(name: TableName, read: TableRead): { table: TableCells; unread: number } {
  const table: TableCells = {};
  let unread = 0;
  for (const row of layouts[name]) {
    const r: TableCells[string] = {};
    for (const col of row.columns) {
      const c = read.cells.get(cellKey(row.key, col.key));
      if (!c) unread++;
      r[col.key] = c ? c.cell : { value: null };
    }
    table[row.key] = r;
  }
  return { table, unread };
}

/** Imports one report from the bytes of its extracted text. */
export function importReport(input: ImportInput): Imported {
  const options = input.options ?? {};
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const done = (more: Problem[] = []): Imported => {
    for (const p of more) (p.severity === 'error' ? errors : warnings).push(p);
    return { warnings, errors };
  };
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return done([problem('error', 'not-text', decoded.message)]);
  if (decoded.encoding !== 'utf-8')
    warnings.push(problem('warning', 'encoding', `decoded as ${decoded.encoding}`));
  const text = normalizeText(decoded.text);
  const lines = text.split('\n');
  const lineText = (n: number) => lines[n - 1] ?? '';

  const { sections, problems: sectionProblems } = findSections(lines, lineText);
  done(sectionProblems);
  if (!sections) return done();
  const part = (n: number) => sections.parts[n - 1];
  const [pStart, pEnd] = sections.preamble;
  const preambleRaw = lines.slice(pStart, pEnd);
  const byId = options.agency !== undefined && /^\d{6}-[a-z0-9]+$/.test(options.agency);
  const { meta, problems: metaProblems } = detectMeta(sections.title, preambleRaw.join('\n'), {
    agencyName: byId ? undefined : options.agency,
    year: options.year,
  });
  done(metaProblems);
  let agency: ResolvedAgency | undefined;
  if (meta.agencyName) {
    const resolved = resolveAgency(meta.agencyName, options, input.agencies ?? [], text);
    done(resolved.problems);
    agency = resolved.agency;
  }

  const read = (n: number, reader: (s: ReturnType<typeof textSegments>, t: typeof lineText) => TableRead) => {
    const p = part(n);
    const range = p?.range ?? [0, 0];
    const runIn = p?.heading.runIn;
    // Text run in after the heading is read where it stands on the heading's line.
    const first = runIn ? lineSegments(' '.repeat(runIn.offset) + runIn.text, range[0]) : [];
    return reader([...first, ...textSegments(lines.slice(range[0], range[1]), range[0] + 1)], lineText);
  };
  const reads = { 表二: read(2, readTable2), 表三: read(3, readTable3), 表四: read(4, readTable4) };
  const tableProblems = [
    ...reads.表二.problems,
    ...reads.表三.problems,
    ...reads.表四.problems,
    ...checkArithmetic(reads.表三.cells, reads.表四.cells, lineText),
    ...(['表二', '表三', '表四'] as const).flatMap((t) => blankCells(t, reads[t].cells) ?? []),
  ];
  const filled = {
    表二: fill('表二', reads.表二),
    表三: fill('表三', reads.表三),
    表四: fill('表四', reads.表四),
  };
  for (const p of tableProblems) {
    if (p.severity === 'error' && options.allowPartial && p.code !== 'format-2019')
      warnings.push({
        ...p,
        severity: 'warning',
        message: `${p.message} (--allow-partial: written as not reported)`,
      });
    else done([p]);
  }
  if (options.allowPartial)
    for (const name of ['表二', '表三', '表四'] as const)
      if (filled[name].unread)
        warnings.push(
          problem(
            'warning',
            'partial',
            `${filled[name].unread} cells not read, written as not reported (null)`,
            { table: name },
          ),
        );

  const dropped: Problem[] = [];
  const clean = (range: [number, number]) =>
    proseLines(lines.slice(range[0], range[1]), range[0] + 1, (line, t) =>
      dropped.push(problem('warning', 'page-number', `dropped “${t}” as a page number`, { line }, lineText)),
    );
  const isProse = (n: number) => n === 1 || n === 5 || n === 6;
  const prose = {
    preamble: clean(sections.preamble),
    parts: sections.parts.map((p) => {
      if (!isProse(p.heading.number)) return [];
      const runIn = p.heading.runIn ? [{ text: p.heading.runIn.text, line: p.range[0] }] : [];
      return [...runIn, ...clean(p.range)];
    }),
  };
  const width = wrapWidth([prose.preamble, ...[0, 4, 5].map((i) => prose.parts[i] ?? [])].flat());
  const body = buildBody(
    linesToBlocks(prose.preamble, width),
    sections.parts.map((p, i) => ({
      heading: p.heading.text,
      blocks: linesToBlocks(prose.parts[i] ?? [], width),
    })),
  );
  done(dropped);
  if (errors.length || !agency || !meta.year || !meta.format) return done();

  const ext = input.ext.replace(/^\./, '').toLowerCase() || 'txt';
  const source = `sources/${agency.id}/${meta.year}.${ext}`;
  const report: ReportOut = {
    agency: agency.id,
    year: meta.year,
    format: meta.format,
    title: meta.title,
    source: { file: source, sha256: createHash('sha256').update(input.bytes).digest('hex'), kind: 'text' },
    table2: filled.表二.table,
    table3: filled.表三.table,
    table4: filled.表四.table,
  };
  return {
    report,
    body,
    text: emitReport(report, body),
    agency,
    ...(agency.isNew ? { agencyYaml: agencyYaml(agency.data) } : {}),
    paths: { report: `reports/${agency.id}/${meta.year}.md`, source, agency: `agencies/${agency.id}.yaml` },
    reads: { table2: reads.表二.cells, table3: reads.表三.cells, table4: reads.表四.cells },
    warnings,
    errors,
  };
}
