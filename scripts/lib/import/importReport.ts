/**
 * The import pipeline for one report, without touching the disk: bytes (or a front end's document)
 * in, the report file's text (or the reasons it cannot be written) out. Extracted text and HTML are
 * read here; a PDF's document is made first (asynchronously) by importFile.
 */
import { createHash } from 'node:crypto';
import {
  formatCatalogue,
  type ReportFormat,
  reportParts,
  table3Columns,
  table4Columns,
  table4Groups,
  tableKeys,
  tableName,
  tableNames,
} from '../../../src/catalogue/index.ts';
import { webUrlSchema } from '../../../src/schemas/webUrl.ts';
import { type AgencyEntry, agencyYaml, type ResolvedAgency, resolveAgency } from './agency.ts';
import { blankCells } from './blanks.ts';
import type { SourceDoc } from './document.ts';
import { emitReport, type ReportOut, type TableCells } from './emit.ts';
import { citedFormat, detectFormat } from './format.ts';
import { identityWarnings } from './identities.ts';
import { cellKey } from './keys.ts';
import { type Layout, layoutOf } from './layout.ts';
import { detectMeta } from './meta.ts';
import { problem } from './problems.ts';
import { type Block, bodyHeading, buildBody, linesToBlocks, proseLines, wrapWidth } from './prose.ts';
import { provenanceOf } from './provenance.ts';
import { labelledDate, type Published, plausiblePublished } from './published.ts';
import { readTables } from './readTables.ts';
import { documentOf, locate, sourceExt } from './source.ts';
import { findTitle } from './title.ts';
import type { CellRead, Problem, TableName, TableRead } from './types.ts';

export interface ImportOptions {
  /** The agency, as an id (640302-sifaju) or a name; overrides the title. */
  agency?: string;
  year?: number;
  /** Six-digit division code or place name, for a new agency whose place is ambiguous. */
  region?: string;
  /** Write tables that could not be read completely, the unread cells as not reported. */
  allowPartial?: boolean;
  /** The day of the import (YYYY-MM-DD), recorded as the source's `imported`; absent, none is recorded. */
  importedOn?: string;
}

export interface ImportInput {
  bytes: Uint8Array;
  /** Extension of the original's name: only a hint for a page whose markup is all tables; never the kept copy's. */
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
  /** The tables as read, even when the report cannot be written (no agency, or errors): for --json and the accuracy harness. */
  tables?: { format: ReportFormat; table2: TableCells; table3: TableCells; table4: TableCells };
  warnings: Problem[];
  errors: Problem[];
}

type Rows = readonly { key: string; columns: readonly { key: string; label: string }[] }[];
function layoutsOf(format: ReportFormat): Record<TableName, Rows> {
  const { table2Blocks, table3Rows } = formatCatalogue(format);
  return {
    [tableNames.table2]: table2Blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, columns: b.columns }))),
    [tableNames.table3]: table3Rows.map((r) => ({ key: r.key, columns: table3Columns })),
    [tableNames.table4]: table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
  };
}
const layouts = { '2021': layoutsOf('2021'), '2019': layoutsOf('2019') };

/**
 * The table in its form's catalogue order. A cell not read is null with the reason it was not
 * (written only with --allow-partial): never a number, and never confused with a blank in the source.
 */
function fill(name: TableName, read: TableRead, format: ReportFormat): { table: TableCells; unread: number } {
  const table: TableCells = {};
  let unread = 0;
  for (const row of layouts[format][name]) {
    const r: TableCells[string] = {};
    for (const col of row.columns) {
      const key = cellKey(row.key, col.key);
      const c = read.cells.get(key);
      if (!c) unread++;
      r[col.key] = c ? c.cell : { value: null, unread: read.unread.get(key) ?? 'not found in the source' };
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

/** The tables' names in printed order: 表二, 表三, 表四. */
const tablesInOrder = tableKeys.map(tableName);

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

  const titled = findTitle(lines);
  const { layout, problems: layoutProblems } = layoutOf(lines, titled?.end ?? 0, lineText);
  if (!titled && !Object.keys(layout.tables).length && !layout.headings.size)
    return done([
      problem(
        'error',
        'no-report',
        'not a report: no title ending in 报告 (e.g. …2023年政府信息公开工作年度报告), no part headings and none of the three tables',
      ),
    ]);
  done(layoutProblems);
  const preambleRaw = layout.prose
    .filter((p) => p.part === 0)
    .flatMap((p) => lines.slice(p.range[0], p.range[1]));
  const byId = options.agency !== undefined && /^\d{6}-[a-z0-9]+$/.test(options.agency);
  const { meta, problems: metaProblems } = detectMeta(
    titled?.title,
    preambleRaw.join('\n'),
    {
      agencyName: byId ? undefined : options.agency,
      ...(byId ? { agencyId: options.agency } : {}),
      year: options.year,
    },
    { lines },
  );
  done(metaProblems);
  if (!titled)
    done([
      problem(
        'warning',
        'no-title',
        'no title ending in 报告 was found; agency and year come from the options',
      ),
    ]);
  let agency: ResolvedAgency | undefined;
  if (meta.agencyName || byId) {
    const resolved = resolveAgency(meta.agencyName ?? '', options, input.agencies ?? [], lines.join('\n'));
    done(resolved.problems);
    agency = resolved.agency;
  }

  const regionText = (name: (typeof tablesInOrder)[number]) => {
    const r = layout.tables[name];
    return r ? lines.slice(r[0], r[1]).join('') : '';
  };
  const found = detectFormat(
    regionText(tableNames.table2) + regionText(tableNames.table3),
    meta.year,
    citedFormat(`${titled?.title ?? ''}${preambleRaw.join('')}`),
  );
  done(found.problems);
  const format = found.format ?? '2021';
  const reads = readTables(doc, layout, format);
  for (const name of tablesInOrder)
    if (!layout.tables[name]) {
      // One error for a table that is not there, instead of one per row.
      reads[name].problems = [
        problem(
          'error',
          'no-table',
          'table not found: none of its header words or row labels are in the source',
          {
            table: name,
          },
        ),
      ];
      for (const key of reads[name].unread.keys())
        reads[name].unread.set(key, 'the table is not in the source');
    }
  const tableProblems = [
    ...tablesInOrder.flatMap((t) => reads[t].problems),
    ...identityWarnings(
      { table3: reads[tableNames.table3].cells, table4: reads[tableNames.table4].cells },
      format,
    ),
    ...tablesInOrder.flatMap((t) => blankCells(t, reads[t].cells) ?? []),
  ];
  const filled = {
    [tableNames.table2]: fill(tableNames.table2, reads[tableNames.table2], format),
    [tableNames.table3]: fill(tableNames.table3, reads[tableNames.table3], format),
    [tableNames.table4]: fill(tableNames.table4, reads[tableNames.table4], format),
  };
  for (const p of tableProblems) {
    if (p.severity === 'error' && options.allowPartial && p.code !== 'format-mismatch')
      warnings.push({
        ...p,
        severity: 'warning',
        message: `${p.message} (--allow-partial: written as not read)`,
      });
    else done([p]);
  }
  if (options.allowPartial)
    for (const name of tablesInOrder)
      if (filled[name].unread)
        warnings.push(
          problem(
            'warning',
            'partial',
            `${filled[name].unread} cells not read, written as not read with the reason`,
            {
              table: name,
            },
          ),
        );
  const tables = { format, table2: filled.表二.table, table3: filled.表三.table, table4: filled.表四.table };

  const dropped: Problem[] = [];
  const body = bodyOf(doc, layout, lines, (line, t) =>
    dropped.push(problem('warning', 'page-number', `dropped “${t}” as a page number`, { line }, lineText)),
  );
  done(dropped);
  const year = meta.year;
  if (errors.length || !agency || !year || !found.format) return { ...done(), tables };

  let title = meta.title;
  if (!title) {
    title = `${agency.data.name}${year}年政府信息公开工作年度报告`;
    warnings.push(
      problem(
        'warning',
        'title-made',
        `the report prints no title; titled “${title}” from its agency and year`,
      ),
    );
  }
  const source = `sources/${agency.id}/${year}.${sourceExt(doc.kind)}`;
  // Only an http(s) address may become a link on the site: a page's canonical link can say anything.
  const url = doc.url && webUrlSchema.safeParse(doc.url).success ? doc.url : undefined;
  if (doc.url && !url)
    warnings.push(
      problem(
        'warning',
        'url-dropped',
        `the page gives its address as “${doc.url}”, not an http(s) web address: not kept`,
      ),
    );
  const printed = doc.published ?? publishedLine(lines, layout.headings.get(1)?.index ?? 60);
  const published = plausiblePublished(printed, year, options.importedOn ?? today());
  done(published.problems);
  const report: ReportOut = {
    agency: agency.id,
    year,
    format: found.format,
    title,
    source: {
      file: source,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      kind: doc.kind,
      ...(url ? { url } : {}),
      ...(published.date ? { published: published.date } : {}),
      ...(options.importedOn ? { imported: options.importedOn } : {}),
    },
    read: provenanceOf(
      {
        table2: reads[tableNames.table2].cells,
        table3: reads[tableNames.table3].cells,
        table4: reads[tableNames.table4].cells,
      },
      format,
      doc.locate,
    ),
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
    paths: { report: `reports/${agency.id}/${year}.md`, source, agency: `agencies/${agency.id}.yaml` },
    reads: {
      table2: reads[tableNames.table2].cells,
      table3: reads[tableNames.table3].cells,
      table4: reads[tableNames.table4].cells,
    },
    tables,
    ...done(),
  };
}

/** The first line before part 一 (or the first `end` lines) that labels a publication date. */
function publishedLine(lines: readonly string[], end: number): Published | undefined {
  for (let i = 0; i < Math.min(end, lines.length); i++) {
    const date = labelledDate(lines[i] ?? '');
    if (date) return { date, from: `line ${i + 1} (“${(lines[i] ?? '').trim().slice(0, 40)}”)` };
  }
  return undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The Markdown body: the preamble, then each part's heading and its prose, all prose kept. */
function bodyOf(
  doc: SourceDoc,
  layout: Layout,
  lines: readonly string[],
  dropped: (line: number, text: string) => void,
): string {
  const parts = [...new Set([...layout.headings.keys(), ...layout.prose.map((p) => p.part)])]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const runIn = (n: number) => layout.headings.get(n)?.runIn?.text;
  if (doc.proseBlocks) {
    const blocks = (n: number): Block[] => [
      ...(runIn(n) ? [{ kind: 'paragraph' as const, text: runIn(n) as string }] : []),
      ...layout.prose
        .filter((p) => p.part === n)
        .flatMap((p) => doc.proseBlocks?.(p.range[0], p.range[1]) ?? []),
    ];
    return buildBody(
      blocks(0),
      parts.map((n) => ({ heading: headingOf(layout, n), blocks: blocks(n) })),
    );
  }
  const clean = (n: number) => [
    ...(runIn(n) ? [{ text: runIn(n) as string, line: (layout.headings.get(n)?.index ?? 0) + 1 }] : []),
    ...layout.prose
      .filter((p) => p.part === n)
      .flatMap((p) => proseLines(lines.slice(p.range[0], p.range[1]), p.range[0] + 1, dropped)),
  ];
  const prose = new Map([0, ...parts].map((n) => [n, clean(n)]));
  const width = wrapWidth([...prose.values()].flat());
  return buildBody(
    linesToBlocks(prose.get(0) ?? [], width),
    parts.map((n) => ({ heading: headingOf(layout, n), blocks: linesToBlocks(prose.get(n) ?? [], width) })),
  );
}

/** A part's heading for the body: as printed (its numeral first), or the form's title when it was not found. */
function headingOf(layout: Layout, n: number): string {
  const h = layout.headings.get(n);
  const part = reportParts[n - 1];
  return h ? bodyHeading(n, h.text) : `${part?.numeral}、${part?.title}`;
}
