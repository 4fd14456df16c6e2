/**
 * The PDF front end: the text layer read with positions, page furniture dropped, lines for finding
 * the title and parts, tables rebuilt from coordinates, paragraphs from geometry. A PDF without a
 * text layer (a scan) is refused with an error saying so.
 */
import type { SourceDoc } from '../document.ts';
import { problem } from '../problems.ts';
import { documentLines } from './lines.ts';
import { pdfProseBlocks } from './prose.ts';
import { pdfTableSegments } from './table.ts';
import { type PdfPage, readPdfText } from './text.ts';

/** The document of a PDF's bytes; its problems say why there is none (unreadable, or no text). */
export async function pdfDocument(bytes: Uint8Array): Promise<SourceDoc> {
  const read = await readPdfText(bytes);
  if (!read.ok) return { kind: 'pdf', lines: [], problems: [problem('error', read.code, read.message)] };
  return pagesDocument(read.pages);
}

/** The document of a PDF's pages of positioned text. */
export function pagesDocument(pages: readonly PdfPage[]): SourceDoc {
  const characters = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
  if (characters === 0)
    return {
      kind: 'pdf',
      lines: [],
      problems: [
        problem(
          'error',
          'pdf-no-text',
          `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images or drawings, likely a scan): there is no text to read; run OCR on it first, or import the text of the report`,
        ),
      ],
    };
  const lines = documentLines(pages);
  const borders = new Map(pages.map((p) => [p.number, p.borders]));
  return {
    kind: 'pdf',
    lines: lines.map((l) => l.text),
    problems: [],
    tableSegments: (start, end) =>
      pdfTableSegments(lines.slice(start, end), start + 1, (page) => borders.get(page)),
    proseBlocks: (start, end) => pdfProseBlocks(lines.slice(start, end)),
    locate: (n) => ({ page: lines[n - 1]?.page }),
  };
}
