/**
 * 原文对照 (a report's source view): its original as numbered lines, each with a stable anchor, so a
 * number can be pointed at the line it was read from. Pure: src/loaders/sourceView.ts reads the original
 * through the importer's own front ends, so the numbering is the one `read:` recorded.
 *
 * - Text: its lines as they are, `#L12` for line 12.
 * - A saved web page: its text, never its markup — one line per paragraph or table row, numbered by
 *   the line of the HTML source it starts on (what `read:` records); a page saved on one line gives
 *   its later paragraphs on that line `#L260-2`, `#L260-3`….
 * - A PDF: the lines of its text layer page by page, running headers and page numbers left out as the
 *   importer leaves them out: `#p3` for page 3, `#p3-L12` for its line 12.
 */

export type SourceViewKind = 'text' | 'html' | 'pdf';

export interface ViewLine {
  /** The anchor: `L12`, `L260-2` (a web page's later paragraph on one source line), `p3-L12`. */
  id: string;
  /** The number shown: the line of the original (text, HTML source), or of its PDF page. */
  n: number;
  text: string;
  /** A PDF's page. */
  page?: number;
}

export interface SourceView {
  kind: SourceViewKind;
  lines: ViewLine[];
  /** A PDF's number of pages (a page without text has no lines but is still a page). */
  pages?: number;
}

export const lineId = (n: number) => `L${n}`;
export const pageId = (page: number) => `p${page}`;
export const pageLineId = (page: number, n: number) => `p${page}-L${n}`;

/** Text as lines (after the importer's normalisation: line endings unified); a final newline ends the last line. */
export function textView(text: string): SourceView {
  const raw = text.split('\n');
  if (raw.length > 1 && raw.at(-1) === '') raw.pop();
  return { kind: 'text', lines: raw.map((t, i) => ({ id: lineId(i + 1), n: i + 1, text: t })) };
}

/** A web page's text blocks (paragraphs, table rows) in page order, each with the HTML source line it starts on. */
export function htmlView(blocks: readonly { line: number; text: string }[]): SourceView {
  const seen = new Map<number, number>();
  const lines = blocks.map((b) => {
    const n = Math.max(1, b.line);
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return { id: k === 1 ? lineId(n) : `${lineId(n)}-${k}`, n, text: b.text };
  });
  return { kind: 'html', lines };
}

/** A PDF's lines in reading order, each with its page; `pages` counts the pages, with or without text. */
export function pdfView(lines: readonly { page: number; text: string }[], pages: number): SourceView {
  let page = 0;
  let n = 0;
  const out = lines.map((l) => {
    if (l.page !== page) {
      page = l.page;
      n = 0;
    }
    n++;
    return { id: pageLineId(l.page, n), n, text: l.text, page: l.page };
  });
  return { kind: 'pdf', lines: out, pages: Math.max(pages, page) };
}

/** A PDF view's pages in order, each with its lines (none for a page without text). */
export function pagesOf(view: SourceView): { page: number; id: string; lines: ViewLine[] }[] {
  const byPage = new Map<number, ViewLine[]>();
  for (const l of view.lines)
    if (l.page !== undefined) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  return Array.from({ length: view.pages ?? 0 }, (_, i) => ({
    page: i + 1,
    id: pageId(i + 1),
    lines: byPage.get(i + 1) ?? [],
  }));
}

/**
 * The anchor a recorded place (`read:`'s line or page) points at: a PDF page, or the first view line
 * of that source line (a web page's source line holding no text: the next line that does).
 */
export function placeAnchor(view: SourceView, place: { line?: number; page?: number }): string | undefined {
  if (place.page !== undefined) return place.page <= (view.pages ?? 0) ? pageId(place.page) : undefined;
  if (place.line === undefined || view.kind === 'pdf') return undefined;
  const line = place.line;
  return view.lines.find((l) => l.n >= line)?.id;
}

/** Whether a character is left out when prose is compared: white space, and Markdown's emphasis marks. */
const ignored = /[\s\u3000*_]/u;
const asciiDigit = (ch: string) =>
  ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;

/** Text as the checks compare prose (src/checks/body.ts): no spaces or line breaks, ASCII digits. */
export function squashProse(text: string): string {
  let out = '';
  for (const ch of text) if (!ignored.test(ch)) out += asciiDigit(ch);
  return out;
}

/**
 * Which of several texts, read one after another, a phrase of the prose stands in (the phrase the
 * checks read a figure from): the text holding its first digit, or its start when it has none
 * ("未收到…申请"). The texts are joined as the prose runs on over them, so a phrase wrapped over two
 * lines or paragraphs is found; where it occurs more than once, the first place wins.
 */
export function phraseAt(texts: readonly string[], phrase: string): number | undefined {
  const wanted = squashProse(phrase);
  if (!wanted) return undefined;
  let joined = '';
  const owner: number[] = [];
  texts.forEach((t, i) => {
    const s = squashProse(t);
    joined += s;
    for (let k = 0; k < s.length; k++) owner.push(i);
  });
  const at = joined.indexOf(wanted);
  if (at < 0) return undefined;
  return owner[at + Math.max(0, wanted.search(/\d/))];
}

/** The source-view line a phrase of the prose stands on (see phraseAt). */
export function findPhrase(view: SourceView, phrase: string): ViewLine | undefined {
  const i = phraseAt(
    view.lines.map((l) => l.text),
    phrase,
  );
  return i === undefined ? undefined : view.lines[i];
}
