/**
 * A PDF's text layer with positions, through pdfjs (bundled by unpdf): every piece of text with its
 * baseline x/y in points (y grows upwards, as in PDF), its width and its font size, page by page.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { unifyGlyphs } from '../normalize.ts';
import { bytesForText } from './fonts.ts';
import { type Borders, pageBorders } from './rules.ts';

export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  w: number;
  size: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** The borders drawn on the page (table cells' sides); absent when not read. */
  borders?: Borders;
}

export type PdfText = { ok: true; pages: PdfPage[] } | { ok: false; code: string; message: string };

/** Reads every page's text items; a file pdfjs cannot open is an error saying why. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy (pdfjs takes the buffer over, and the importer still needs the bytes), fonts hidden if safe.
    doc = await getDocumentProxy(bytesForText(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException')
      return { ok: false, code: 'pdf-encrypted', message: 'the PDF is password-protected; cannot read it' };
    return { ok: false, code: 'pdf-unreadable', message: `not a readable PDF: ${(e as Error).message}` };
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = it.transform as number[];
        // Only upright text makes lines and table rows; rotated text (stamps, side notes) is left out.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
        items.push({ str: unifyGlyphs(it.str), x, y, w: it.width, size: Math.max(d, 1) });
      }
      // Borders only matter in tables: a page of prose (or a scan, whose images would be decoded) is not
      // searched for them; reading a page's drawing costs about as much as reading its text.
      const figures = items.filter((it) => /^\s*\d[\d,.]*\s*$/.test(it.str)).length;
      const borders = figures >= 4 ? await bordersOf(page) : undefined;
      pages.push({ number: n, width, height, items, borders });
      page.cleanup();
    }
    return { ok: true, pages };
  } finally {
    await doc.destroy();
  }
}

/** More lines than this on a page are a drawing (a chart, a map, a hatch), not a table's borders. */
const maxBorders = 4000;

/** The borders a page draws, or none when it draws more lines than any table has. */
async function bordersOf(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }) {
  const { OPS } = await getResolvedPDFJS();
  const list = await page.getOperatorList();
  const borders = pageBorders(list.fnArray, list.argsArray, OPS);
  return borders.vertical.length + borders.horizontal.length > maxBorders ? undefined : borders;
}
