/**
 * From bytes to a front end's document: what kind of source they are, their text decoded, the
 * original's extension kept, and problems pointed back at the original (HTML line, PDF page).
 */
import type { SourceDoc, SourceKind } from './document.ts';
import { htmlDocument, looksLikeHtml } from './html/document.ts';
import { decodeText, normalizeText } from './normalize.ts';
import { problem } from './problems.ts';
import { textDocument } from './text/document.ts';
import type { Problem } from './types.ts';

export const isPdf = (bytes: Uint8Array) =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/** A markdown pipe table's separator row: `|---|:--:|`. */
const markdownTableRule = /^\s*\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}/m;

/**
 * Whether decoded text is a web page: a doctype or <html> first, or markup that holds the text in
 * paragraphs (a page saved inside a script or a JSON string). The name only settles a page whose
 * markup is all tables. Markdown with a few tables inside is text.
 */
function isHtml(bytes: Uint8Array, text: string, ext: string): boolean {
  if (looksLikeHtml(bytes)) return true;
  if (!text.includes('<')) return false;
  // Markdown is text, however much inline markup a converter kept in it: with pipe tables (pandoc's
  // gfm keeps <span style="…"> around every styled run), or pandoc's own spans ([…]{style="…"}).
  if (markdownTableRule.test(text) || (text.match(/\]\{[^{}\n]*\}/g)?.length ?? 0) >= 3) return false;
  if ((text.match(/<(?:p|div|br|span|h[1-6])[\s>/]/gi)?.length ?? 0) >= 10) return true;
  return /^\.?(html?|shtml|xhtml)$/i.test(ext) && /<table[\s>]/i.test(text);
}

/** The document of text or HTML bytes (a PDF's must be made by importFile), or why there is none. */
export function documentOf(
  input: { bytes: Uint8Array; ext: string; doc?: SourceDoc },
  warnings: Problem[],
): SourceDoc | Problem {
  if (input.doc) return input.doc;
  if (isPdf(input.bytes)) return problem('error', 'pdf', 'a PDF is read by importFile, not importReport');
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return problem('error', 'not-text', decoded.message);
  if (decoded.encoding !== 'utf-8')
    warnings.push(problem('warning', 'encoding', `decoded as ${decoded.encoding}`));
  const text = normalizeText(decoded.text);
  return isHtml(input.bytes, text, input.ext) ? htmlDocument(unescapeScript(text)) : textDocument(text);
}

/**
 * The extension the original is kept (and published) under, from its kind as told by its bytes,
 * never its name: `pdf` for a PDF (by its signature), `html` for a web page (published only as
 * `.html.txt`, src/utils/sources.ts), and `txt` for all text, markdown included: a file called .svg,
 * .js, .xml or .md holding a report's text is kept as .txt, which no browser runs or renders.
 */
export function sourceExt(kind: SourceKind): string {
  return kind === 'text' ? 'txt' : kind;
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

/**
 * A page saved inside a script or a JSON string has its markup escaped (\\" \\/ \\n \\u003c): undone,
 * so that the markup parses as a browser would show it. Markup that is not escaped is left alone.
 */
export function unescapeScript(text: string): string {
  const escaped = (text.match(/\\"|<\\\//g)?.length ?? 0) + (text.match(/\\u003c/gi)?.length ?? 0);
  if (escaped < 5) return text;
  return text.replace(/\\(u[0-9a-fA-F]{4}|["\\/nrt])/g, (_, e: string) => {
    if (e[0] === 'u') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '', t: '\t' } as Record<string, string>)[e] ?? e;
  });
}
