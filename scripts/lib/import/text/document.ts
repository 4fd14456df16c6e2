/**
 * The text front end, markdown from converters included: the report's lines as they are, except
 * that a table a converter wrote as markdown (`| a | b |`) or as HTML inside the text (`<table>…`) is
 * read cell by cell like a web page's table — every row padded to its table's columns, so that a
 * trailing blank cell the converter dropped is a blank, not a lost column — and that a line with the
 * whole body on it is broken at the form's labels. Each line remembers its line in the original.
 */
import type { SourceDoc } from '../document.ts';
import { rowLine, rowSegments } from '../html/rows.ts';
import { isPageNumberLine, isRuleLine, stripMarkdown } from '../normalize.ts';
import { relineText } from '../reline.ts';
import { cellsLineByLine, emptyLineBlanks, lineSegments } from '../segments.ts';
import type { Segment } from '../types.ts';
import { htmlTableRows } from './htmlTables.ts';

/** A line of the document: text, or a table row read as cells. */
type Line = { text: string; origin: number } & (
  | { kind: 'text' }
  | { kind: 'row'; cells: string[]; inLabels: boolean[]; ragged?: boolean }
);

/** A markdown table's separator row: `|---|:--:|`. */
const separator = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$/;

/** The cells of a markdown table row, outer pipes dropped (`\|` is a pipe inside a cell). */
function pipeCells(line: string): string[] {
  const t = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => cleanCell(c.replace(/\\\|/g, '|')));
}

/** A cell's text: markdown and inline markup a converter leaves removed, entities decoded. */
function cleanCell(text: string): string {
  return stripMarkdown(text.replace(/<br\s*\/?>/gi, '').replace(/<[^>]+>/g, ''))
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/** Whether a cell holds a number of the table (not a header word): digits, or a not-reported mark. */
const isNumberCell = (c: string) => /^\d[\d,.]*$/.test(c) || /^[/／\-—－–无]$/.test(c);

/** The column of a table's first number: empty cells left of it are label cells, not blank numbers. */
function labelColumns(rows: readonly string[][]): (row: string[]) => boolean[] {
  const first = Math.min(
    ...rows.flatMap((r) => r.flatMap((c, i) => (isNumberCell(c) ? [i] : []))),
    Number.POSITIVE_INFINITY,
  );
  return (row) => row.map((_, i) => i < first);
}

/** The unescaped pipes of a line. */
const pipesIn = (text: string) => text.match(/(?<!\\)\|/g)?.length ?? 0;

/**
 * Rows of pipe tables written without their outer pipes (`一、本年新收… | 26 | 0`), as GFM allows and
 * html2text writes them: a header line over a separator row (`---|---`) and the lines with pipes after
 * it, or three lines or more in a row with two pipes or more each (a table without its separator).
 */
function barePipeRows(lines: readonly { text: string }[]): Set<number> {
  const rows = new Set<number>();
  const has = (n: number, least: number) => pipesIn(lines[n]?.text ?? '') >= least;
  for (let i = 0; i < lines.length; i++) {
    const headed = separator.test(lines[i]?.text ?? '') && i > 0 && has(i - 1, 1);
    let end = i;
    while (end < lines.length && has(end, 2)) end++;
    if (!headed && end - i < 3) continue;
    const from = headed ? i - 1 : i;
    let to = headed ? i + 1 : end;
    while (to < lines.length && has(to, 1)) to++;
    for (let n = from; n < to; n++) rows.add(n);
    i = to - 1;
  }
  return rows;
}

/** Markdown pipe tables in the lines: each row padded to the table's width, separator rows dropped. */
function readPipeTables(lines: readonly { text: string; origin: number }[]): Line[] {
  const out: Line[] = [];
  const bare = barePipeRows(lines);
  for (let i = 0; i < lines.length; ) {
    const isRow = (n: number) => /^\s*\|.*\|/.test(lines[n]?.text ?? '') || bare.has(n);
    if (!isRow(i)) {
      out.push({ kind: 'text', ...(lines[i] as { text: string; origin: number }) });
      i++;
      continue;
    }
    const block: { text: string; origin: number }[] = [];
    while (i < lines.length && isRow(i)) block.push(lines[i++] as { text: string; origin: number });
    const rows = block
      .filter((l) => !separator.test(l.text))
      .map((l) => ({ ...l, cells: pipeCells(l.text) }));
    const widthOf = block.find((l) => separator.test(l.text));
    const width = widthOf ? pipeCells(widthOf.text).length : Math.max(...rows.map((r) => r.cells.length));
    const padded = rows.map((r) => ({
      ...r,
      cells: [...r.cells, ...Array(Math.max(0, width - r.cells.length)).fill('')],
    }));
    const inLabels = labelColumns(padded.map((r) => r.cells));
    // Rows whose numbers start in different columns: a converter dropped cells (rowspans) somewhere.
    const ragged = new Set(rows.map((r) => r.cells.findIndex(isNumberCell)).filter((i) => i >= 0)).size > 1;
    for (const r of padded)
      out.push({
        kind: 'row',
        cells: r.cells,
        inLabels: inLabels(r.cells),
        text: rowLine(r.cells).text,
        origin: r.origin,
        ...(ragged ? { ragged } : {}),
      });
  }
  return out;
}

const isTabLine = (t: string) => /^\t+$/.test(t);

/**
 * A PDF-to-markdown converter that takes a row's numbers for a superscript writes them `(^3001 53 0)`
 * or `^746 12`: the markup goes, the numbers stay where they stand.
 */
function unwrapSuperscripts(line: string): string {
  if (!line.includes('^')) return line;
  return line.replace(/\(\^([\d\s.,/\-—－]+)\)/g, ' $1 ').replace(/\^(?=\d)/g, ' ');
}

/**
 * A browser's innerText of a table whose cells hold paragraphs: each cell's text on lines of its own
 * and a line holding only a tab between two cells of a row (an empty cell: two tab lines with nothing,
 * or only a no-break space, between them). Joined back into one line per row, cells separated by
 * tabs. A row ends where text follows without a tab line before it, or after a long run of blank lines.
 */
function joinCellLines(
  lines: readonly { text: string; origin: number }[],
): { text: string; origin: number }[] {
  if (lines.filter((l) => isTabLine(l.text)).length < 8) return [...lines];
  const out: { text: string; origin: number }[] = [];
  let row: { text: string; origin: number } | undefined;
  let tabs = 0;
  let blanks = 0;
  for (const l of lines) {
    if (l.text === '') {
      blanks++;
      if (!row) out.push(l);
      continue;
    }
    if (isTabLine(l.text)) {
      if (!row) row = { text: '', origin: l.origin };
      tabs += l.text.length;
      blanks = 0;
      continue;
    }
    // A cell holding only a no-break space is an empty cell the page kept: it stays one.
    const cell = /^[\s\u00a0]*\u00a0[\s\u00a0]*$/.test(l.text) ? '\u00a0' : l.text.trim();
    if (row && tabs > 0 && blanks < 3) row.text += '\t'.repeat(tabs) + cell;
    else {
      if (row) out.push(row);
      row = { text: cell, origin: l.origin };
    }
    tabs = 0;
    blanks = 0;
  }
  if (row) out.push(row);
  return out;
}

/** A row that carries nothing of the report: a dummy row of marks with no label, or a page footer. */
function isFurniture(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (!filled.length) return true;
  if (filled.length === 1 && isPageNumberLine(filled[0] ?? '', false)) return true;
  return filled.every((c) => /^[-—－–/／:：\s]+$/.test(c));
}

/** Inline HTML a converter keeps for styled text (pandoc's gfm: `<span style="…">一、总体情况</span>`). */
const inlineTag = /<\/?(?:span|font|b|strong|i|em|u|a|o:p)(?:\s[^<>]*)?>/gi;
/** Pandoc's own markdown writes the same as bracketed spans: `[一、总体情况]{style="…"}`. */
const bracketedSpan = /\[([^[\]]*)\]\{([^{}]*)\}/g;

/**
 * The text without the inline markup converters keep for styled runs of text, which would otherwise
 * stand between a heading or a label and its words. A tag may span lines (`<span\nstyle="…">`, even
 * inside a pipe table's row): what follows it stays on its line, and the line breaks it held are put
 * at the end of that line, so every later line keeps its number.
 */
export function dropInlineMarkup(text: string): string {
  if (!/<\/?(?:span|font|b|strong|i|em|u|a|o:p)[\s>]|\]\{/i.test(text)) return text;
  let out = '';
  let held = 0;
  const keep = (piece: string) => {
    if (!held || !piece.includes('\n')) {
      out += piece;
      return;
    }
    const at = piece.indexOf('\n');
    out += `${piece.slice(0, at)}${'\n'.repeat(held)}${piece.slice(at)}`;
    held = 0;
  };
  const markup = new RegExp(`${inlineTag.source}|${bracketedSpan.source}`, 'gi');
  let last = 0;
  for (const m of text.matchAll(markup)) {
    keep(text.slice(last, m.index));
    // The span's words stay on the line; every line break the markup held, inside them or not, waits.
    held += m[0].split('\n').length - 1;
    out += (m[1] ?? '').replace(/\n/g, '');
    last = m.index + m[0].length;
  }
  keep(text.slice(last));
  return out + '\n'.repeat(held);
}

/** The document of extracted text or converter markdown. */
export function textDocument(text: string): SourceDoc {
  const raw = dropInlineMarkup(text).split('\n');
  // HTML tables inside the text become rows of cells; every other line stays as it is.
  const expanded: Line[] = [];
  const plain: { text: string; origin: number }[] = [];
  const flushPlain = () => {
    expanded.push(...readPipeTables(joinCellLines(plain)));
    plain.length = 0;
  };
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    if (!/<table[\s>]/i.test(line)) {
      for (const l of relineText(unwrapSuperscripts(line)).split('\n'))
        plain.push({ text: l, origin: i + 1 });
      continue;
    }
    let end = i;
    let html = line;
    while (end + 1 < raw.length && !/<\/table>/i.test(html)) html += `\n${raw[++end]}`;
    flushPlain();
    const before = html.slice(0, html.search(/<table[\s>]/i));
    const after = html.slice(html.search(/<\/table>(?![\s\S]*<\/table>)/i) + '</table>'.length);
    if (before.trim()) expanded.push({ kind: 'text', text: before, origin: i + 1 });
    for (const r of htmlTableRows(html)) {
      expanded.push({
        kind: 'row',
        cells: r.cells,
        inLabels: r.inLabels,
        text: rowLine(r.cells).text,
        origin: i + r.line,
      });
    }
    if (after.trim()) expanded.push({ kind: 'text', text: after, origin: end + 1 });
    i = end;
  }
  flushPlain();
  const lines = expanded;
  const moved = lines.some((l, i) => l.origin !== i + 1);
  const lineByLine = cellsLineByLine(lines.map((l) => (l.kind === 'text' ? l.text : '')));
  return {
    kind: 'text',
    lines: lines.map((l) => l.text),
    problems: [],
    tableSegments: (start, end): Segment[] => {
      const part = lines.slice(start, end);
      const perLine = part.map((l, i): Segment[] => {
        const n = start + i + 1;
        if (l.kind === 'text') return lineSegments(l.text, n);
        if (isFurniture(l.cells) || isRuleLine(l.text)) return [];
        const segments = rowSegments(l.cells, n, l.inLabels);
        // In a ragged table, the blanks before a row's first number may be label cells: say so.
        if (l.ragged)
          for (const s of segments) {
            if (s.kind !== 'values') continue;
            for (const v of s.values) {
              if (v.raw !== '') break;
              v.spacer = true;
            }
          }
        return segments;
      });
      if (!lineByLine) return perLine.flat();
      const texts = part.map((l) => (l.kind === 'text' ? l.text : '-'));
      return emptyLineBlanks(texts, perLine, start + 1).flat();
    },
    ...(moved ? { locate: (n: number) => ({ line: lines[n - 1]?.origin }) } : {}),
  };
}
