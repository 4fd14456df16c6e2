/**
 * The import pipeline for one report, without touching the disk: bytes (or a front end's document)
 * in, the report file's text (or the reasons it cannot be written) out. Extracted text and HTML are
 * read here; a PDF's document is made first (asynchronously) by importFile.
 */
import { createHash } from 'node:crypto';
import {
  formatCatalogue,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import { type AgencyEntry, agencyYaml, type ResolvedAgency, resolveAgency } from './agency.ts';
import { checkArithmetic } from './arithmetic.ts';
import { blankCells } from './blanks.ts';
import type { SourceDoc } from './document.ts';
import { emitReport, type ReportOut, type TableCells } from './emit.ts';
import { citedFormat, detectFormat } from './format.ts';
import { cellKey } from './keys.ts';
import { detectMeta } from './meta.ts';
import { problem } from './problems.ts';
import { buildBody, frontEndBody, linesToBlocks, proseLines, wrapWidth } from './prose.ts';
import { findSections } from './sections.ts';
import { lineSegments, textSegments } from './segments.ts';
import { documentOf, locate, sourceExt } from './source.ts';
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
  /** The document a front end made of the bytes (a PDF's); otherwise text or HTML is read from the bytes. */
  doc?: SourceDoc;
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
function layoutsOf(format: ReportFormat): Record<TableName, Layout> {
  const { table2Blocks, table3Rows } = formatCatalogue(format);
  return {
    表二: table2Blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, columns: b.columns }))),
    表三: table3Rows.map((r) => ({ key: r.key, columns: table3Columns })),
    表四: table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
  };
}
const layouts = { '2021': layoutsOf('2021'), '2019': layoutsOf('2019') };

/** The table in its form's catalogue order; unread cells are null (only written with --allow-partial). */
function fill(name: TableName, read: TableRead, format: ReportFormat): { table: TableCells; unread: number } {
  const table: TableCells = {};
  let unread = 0;
  for (const row of layouts[format][name]) {
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

/** Imports one report from the bytes of its extracted text or HTML page, or from a front end's document. */
export function importReport(input: ImportInput): Imported {
  const warnings: Problem[] = [];
  const made = documentOf(input, warnings);
  if (!('lines' in made)) return { warnings, errors: [made] };
  const imported = importDocument(made, input, warnings);
  if (made.locate) for (const p of [...imported.errors, ...imported.warnings]) locate(p, made);
  return imported;
}

function importDocument(doc: SourceDoc, input: ImportInput, warnings: Problem[]): Imported {
  const options = input.options ?? {};
  const errors: Problem[] = [];
  const done = (more: Problem[] = []): Imported => {
    for (const p of more) (p.severity === 'error' ? errors : warnings).push(p);
    return { warnings, errors };
  };
  done(doc.problems);
  if (errors.length) return done();
  const lines = doc.lines;
  const lineText = (n: number) => lines[n - 1] ?? '';
  const text = lines.join('\n');

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

  const rangeText = (n: number) => {
    const range = part(n)?.range ?? [0, 0];
    return lines.slice(range[0], range[1]).join('');
  };
  const found = detectFormat(
    rangeText(2) + rangeText(3),
    meta.year,
    citedFormat(`${sections.title}${preambleRaw.join('')}`),
  );
  done(found.problems);
  const format = found.format ?? '2021';
  const read = (
    n: number,
    reader: (s: ReturnType<typeof textSegments>, t: typeof lineText, f: ReportFormat) => TableRead,
  ) => {
    const p = part(n);
    const range = p?.range ?? [0, 0];
    const runIn = p?.heading.runIn;
    // Text run in after the heading is read where it stands on the heading's line.
    const first = runIn ? lineSegments(' '.repeat(runIn.offset) + runIn.text, range[0]) : [];
    const rest = doc.tableSegments
      ? doc.tableSegments(range[0], range[1])
      : textSegments(lines.slice(range[0], range[1]), range[0] + 1);
    return reader([...first, ...rest], lineText, format);
  };
  const reads = {
    表二: read(2, readTable2),
    表三: read(3, readTable3),
    表四: read(4, (segments, t) => readTable4(segments, t)),
  };
  const tableProblems = [
    ...reads.表二.problems,
    ...reads.表三.problems,
    ...reads.表四.problems,
    ...checkArithmetic(reads.表三.cells, reads.表四.cells, lineText, format),
    ...(['表二', '表三', '表四'] as const).flatMap((t) => blankCells(t, reads[t].cells) ?? []),
  ];
  const filled = {
    表二: fill('表二', reads.表二, format),
    表三: fill('表三', reads.表三, format),
    表四: fill('表四', reads.表四, format),
  };
  for (const p of tableProblems) {
    if (p.severity === 'error' && options.allowPartial && p.code !== 'format-mismatch')
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
  const body = doc.proseBlocks
    ? frontEndBody(doc, sections)
    : (() => {
        const prose = {
          preamble: clean(sections.preamble),
          parts: sections.parts.map((p) => {
            if (!isProse(p.heading.number)) return [];
            const runIn = p.heading.runIn ? [{ text: p.heading.runIn.text, line: p.range[0] }] : [];
            return [...runIn, ...clean(p.range)];
          }),
        };
        const width = wrapWidth([prose.preamble, ...[0, 4, 5].map((i) => prose.parts[i] ?? [])].flat());
        return buildBody(
          linesToBlocks(prose.preamble, width),
          sections.parts.map((p, i) => ({
            heading: p.heading.text,
            blocks: linesToBlocks(prose.parts[i] ?? [], width),
          })),
        );
      })();
  done(dropped);
  if (errors.length || !agency || !meta.year || !found.format) return done();

  const source = `sources/${agency.id}/${meta.year}.${sourceExt(doc.kind, input.ext)}`;
  const report: ReportOut = {
    agency: agency.id,
    year: meta.year,
    format: found.format,
    title: meta.title,
    source: {
      file: source,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      kind: doc.kind,
      ...(doc.url ? { url: doc.url } : {}),
    },
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
    ...done(),
  };
}
