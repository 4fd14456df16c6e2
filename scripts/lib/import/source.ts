/**
 * From bytes to a front end's document: what kind of source they are, their text decoded, the
 * original's extension kept, and problems pointed back at the original (HTML line, PDF page).
 */
import { type SourceDoc, type SourceKind, textDocument } from './document.ts';
import { htmlDocument, looksLikeHtml } from './html/document.ts';
import { decodeText, normalizeText } from './normalize.ts';
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

/** What the bytes are: a PDF by its signature, an HTML page by its extension or its first tag, else text. */
export function sourceKind(bytes: Uint8Array, ext: string): SourceKind {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (/^\.?(html?|shtml|xhtml)$/i.test(ext)) return 'html';
  return looksLikeHtml(bytes) ? 'html' : 'text';
}

/** The document of text or HTML bytes (a PDF's must be made by importFile), or why there is none. */
export function documentOf(
  input: { bytes: Uint8Array; ext: string; doc?: SourceDoc },
  warnings: Problem[],
): SourceDoc | Problem {
  if (input.doc) return input.doc;
  const kind = sourceKind(input.bytes, input.ext);
  if (kind === 'pdf') return problem('error', 'pdf', 'a PDF is read by importFile, not importReport');
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return problem('error', 'not-text', decoded.message);
  if (decoded.encoding !== 'utf-8')
    warnings.push(problem('warning', 'encoding', `decoded as ${decoded.encoding}`));
  const text = normalizeText(decoded.text);
  return kind === 'html' ? htmlDocument(text) : textDocument(text);
}

/** The extension the original is kept under: html or pdf for those, the file's own for text. */
export function sourceExt(kind: SourceKind, ext: string): string {
  if (kind !== 'text') return kind;
  return ext.replace(/^\./, '').toLowerCase() || 'txt';
}

/** Points a problem at the original: the HTML source line, or the PDF page (the shown source line stays the read one). */
export function locate(p: Problem, doc: SourceDoc): void {
  if (p.line === undefined) return;
  const at = doc.locate?.(p.line);
  if (at?.page !== undefined) {
    p.page = at.page;
    delete p.line;
  } else if (at?.line !== undefined) p.line = at.line;
}
