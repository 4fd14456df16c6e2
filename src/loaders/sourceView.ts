/**
 * A report's original as the source view shows it, and where each of its numbers stands there. The
 * original is read through the importer's own front ends (scripts/lib/import/): a PDF's text layer by
 * unpdf, page by page with running headers dropped; a web page flattened as a browser lays it out; text
 * as it is. So the view's lines and pages are the ones `read:` recorded, and the importer's readers,
 * run again, find each number's own line (see src/utils/provenance.ts for when that is trusted).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDoc } from '../../scripts/lib/import/document.ts';
import { flattenHtml } from '../../scripts/lib/import/html/dom.ts';
import { rowLine } from '../../scripts/lib/import/html/rows.ts';
import { decodeText, normalizeText } from '../../scripts/lib/import/normalize.ts';
import { pagesDocument } from '../../scripts/lib/import/pdf/document.ts';
import { documentLines } from '../../scripts/lib/import/pdf/lines.ts';
import { readPdfText } from '../../scripts/lib/import/pdf/text.ts';
import { cellPlaces } from '../../scripts/lib/import/places.ts';
import { documentOf, isPdf, unescapeScript } from '../../scripts/lib/import/source.ts';
import type { ReportData } from '../schemas/report.ts';
import { type CellSource, cellSources, type ReadAgain } from '../utils/provenance.ts';
import { htmlView, pdfView, type SourceView, textView, type ViewLine } from '../utils/sourceView.ts';
import { contentDir } from './contentDir.ts';

export interface ReportSource {
  view: SourceView;
  /** Every cell not marked unread, by flat key, with where it came from. */
  cells: Map<string, CellSource>;
  /** Why the original could not be shown, when it could not (e.g. a PDF pdfjs cannot open). */
  problem?: string;
}

interface Read {
  view: SourceView;
  doc?: SourceDoc;
  /** The view line of a document line (1-based), as the front end numbers them. */
  viewLine?: (docLine: number) => ViewLine | undefined;
  problem?: string;
}

/** The view of an original's bytes, and the document the importer would read from them. */
async function readOriginal(bytes: Uint8Array, ext: string): Promise<Read> {
  if (isPdf(bytes)) {
    const read = await readPdfText(bytes);
    if (!read.ok) return { view: pdfView([], 0), problem: read.message };
    // The document's lines are these lines, in this order: document line n is view line n.
    const view = pdfView(documentLines(read.pages), read.pages.length);
    return { view, doc: pagesDocument(read.pages), viewLine: (n) => view.lines[n - 1] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { view: textView(''), problem: decoded.message };
  const text = normalizeText(decoded.text);
  const doc = documentOf({ bytes, ext }, []);
  if (!('lines' in doc)) return { view: textView(text), problem: doc.message };
  if (doc.kind === 'html') {
    // The blocks the front end made the report's lines from: paragraphs, and table rows as it joins them.
    const blocks = flattenHtml(unescapeScript(text)).blocks.flatMap((b) =>
      b.kind === 'text'
        ? [{ line: b.line, text: b.text }]
        : b.grid.rows.map((row, r) => ({
            line: b.grid.lines[r] ?? b.line,
            text: rowLine(row.map((c) => c.text)).text,
          })),
    );
    const view = htmlView(blocks);
    const byPlace = new Map<string, ViewLine>();
    for (const l of view.lines) if (!byPlace.has(`${l.n}\n${l.text}`)) byPlace.set(`${l.n}\n${l.text}`, l);
    const viewLine = (n: number) =>
      byPlace.get(`${Math.max(1, doc.locate?.(n).line ?? 0)}\n${doc.lines[n - 1] ?? ''}`);
    return { view, doc, viewLine };
  }
  const view = textView(text);
  const viewLine = (n: number) => view.lines[(doc.locate?.(n).line ?? n) - 1];
  return { view, doc, viewLine };
}

/** A report's original, read and placed (uncached: each page that needs it reads it). */
async function load(data: ReportData): Promise<ReportSource> {
  const file = data.source.file;
  const bytes = new Uint8Array(await readFile(join(contentDir, file)));
  const read = await readOriginal(bytes, file.slice(file.lastIndexOf('.') + 1));
  // Read again only what the importer read: a report typed by hand records no place to check against.
  // Reading again only refines the places `read:` records: if the readers fail, the record stands.
  let places: ReturnType<typeof cellPlaces> | undefined;
  try {
    places = data.read && read.doc ? cellPlaces(read.doc, data.format) : undefined;
  } catch {
    places = undefined;
  }
  const again = (key: string): ReadAgain | undefined => {
    const p = places?.get(key);
    if (!p || !read.doc) return undefined;
    const at = read.doc.locate?.(p.line) ?? { line: p.line };
    return {
      value: p.cell.value,
      how: p.how,
      place: at.page !== undefined ? { page: at.page } : { line: at.line },
      line: read.viewLine?.(p.line),
    };
  };
  return {
    view: read.view,
    cells: cellSources(data, read.view, again),
    ...(read.problem ? { problem: read.problem } : {}),
  };
}

/**
 * The last few reports' sources, so that a report's page, its source view and its JSON, and a finding
 * about last year's cells, share one reading while they are built close together.
 */
const recent = new Map<string, Promise<ReportSource>>();
const keep = 16;

export function loadReportSource(report: { id: string; data: ReportData }): Promise<ReportSource> {
  let hit = recent.get(report.id);
  if (hit) {
    recent.delete(report.id);
  } else {
    hit = load(report.data);
    if (recent.size >= keep) recent.delete(recent.keys().next().value as string);
  }
  recent.set(report.id, hit);
  return hit;
}

/**
 * Where a report's cells came from without reading its original, for a report typed by hand (no
 * `read:`): every cell 手工录入, nothing to point at.
 */
export function handSources(data: ReportData): Map<string, CellSource> {
  return cellSources({ ...data, read: undefined }, undefined);
}
