/**
 * The text front end of the table readers: splits one extracted line into runs of label text and
 * runs of cell values. Tab-separated and markdown-table lines are read cell by cell (an empty cell
 * between values is a blank cell); other lines are label text followed by space-separated values.
 */
import { isValueToken } from './cells.ts';
import { isEmptyCellLine, isPageNumberLine, isRuleLine, stripMarkdown } from './normalize.ts';
import type { RawValue, Segment } from './types.ts';

interface Piece {
  text: string;
  start: number;
  end: number;
  /** An empty cell the page kept on purpose (a no-break space, as web pages fill empty cells). */
  explicit?: boolean;
}

function splitCells(line: string, separator: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (const part of line.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const explicit = text === '' && part.includes('\u00a0');
    out.push({
      text,
      start: start + lead,
      end: start + lead + text.length,
      ...(explicit ? { explicit } : {}),
    });
    start += part.length + separator.length;
  }
  return out;
}

function cellSegments(cells: Piece[], line: number): Segment[] {
  const out: Segment[] = [];
  let text: string[] = [];
  let run: RawValue[] = [];
  let blanks: RawValue[] = [];
  const flushText = () => {
    if (text.length) out.push({ kind: 'text', text: text.join(' '), line });
    text = [];
  };
  const flushRun = () => {
    if (run.length) out.push({ kind: 'values', values: run, line });
    run = [];
    blanks = [];
  };
  for (const c of cells) {
    if (c.text === '' && c.explicit) {
      // A cell the page filled with a no-break space is a blank, wherever it stands among the numbers.
      flushText();
      run.push(...blanks, { raw: '', line, start: c.start, end: c.end, bound: true });
      blanks = [];
    } else if (c.text === '') {
      // An empty cell is a blank value only when more values follow it in the same run.
      if (run.length) blanks.push({ raw: '', line, start: c.start, end: c.end, bound: true });
    } else if (isValueToken(c.text)) {
      flushText();
      run.push(...blanks, { raw: c.text, line, start: c.start, end: c.end, bound: true });
      blanks = [];
    } else {
      // Blank cells before more label text stand in label columns: they are no row's numbers.
      if (run.every((v) => v.raw === '')) run = [];
      flushRun();
      text.push(stripMarkdown(c.text));
    }
  }
  flushText();
  flushRun();
  return out;
}

/** A no-break space standing alone among a row's numbers: a web page's empty cell, flattened. */
const nbsp = '\u00a0';

function spaceSegments(line: string, lineNo: number): Segment[] {
  // Tokens are split at spaces, and each no-break space is a token of its own (an empty cell).
  const tokens = [...line.matchAll(/\u00a0|[^\s]+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const valueLike = (t: string) => t === nbsp || isValueToken(t);
  // A bracketed remark written after its number ("22 （其中修订16件）") belongs to that number.
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t && prev && /^[（(][^（()）]*[）)]$/.test(t.text) && /^\d[\d,.]*$/.test(prev.text)) {
      tokens.splice(i - 1, 2, { text: line.slice(prev.start, t.end), start: prev.start, end: t.end });
    }
  }
  let first = tokens.length;
  while (first > 0 && valueLike(tokens[first - 1]?.text ?? '')) first--;
  // A row's first number printed against its label ("行政许可1516", "…申请数量310040035", "…信息11 0 0"):
  // those digits are a value, never part of the label.
  const beforeValues = tokens[first - 1];
  const glued = beforeValues ? /^(.*[^\d\s.,，])(\d[\d,]*(?:\.\d+)?)$/u.exec(beforeValues.text) : null;
  // A label of one character glued to a number ("无5") is a stray mark, not a label: left as it is.
  if (
    beforeValues &&
    glued?.[1] &&
    glued[2] &&
    glued[1].length > 1 &&
    /[\p{Script=Han}）)”"]$/u.test(glued[1])
  ) {
    const cut = beforeValues.start + glued[1].length;
    tokens.splice(
      first - 1,
      1,
      { text: glued[1], start: beforeValues.start, end: cut },
      { text: glued[2], start: cut, end: beforeValues.end },
    );
  }
  // No-break spaces between a label and its first number are spacing, not empty cells.
  else while (first < tokens.length && tokens[first]?.text === nbsp) first++;
  const out: Segment[] = [];
  const labelEnd = tokens[first - 1]?.end ?? 0;
  const label = stripMarkdown(line.slice(0, labelEnd)).trim();
  if (label) out.push({ kind: 'text', text: label, line: lineNo });
  const values = tokens
    .slice(first)
    .map((t) =>
      t.text === nbsp
        ? { raw: '', line: lineNo, start: t.start, end: t.end, bound: true }
        : { raw: t.text, line: lineNo, start: t.start, end: t.end },
    );
  if (values.length) out.push({ kind: 'values', values, line: lineNo });
  return out;
}

/** The segments of one source line (1-based `lineNo`); rules and page numbers give none. */
export function lineSegments(line: string, lineNo: number): Segment[] {
  const trimmed = line.trim();
  if (trimmed === '') return [];
  // Only lines starting with a rule or page-number character can be one (a cheap test first).
  // A row of dashes set apart (`- - - - - - -`, every cell not reported, its label on the line above)
  // is cells, not a rule: a rule of spaced dashes has three, and a table's rows have more cells.
  const dashCells = /^(?:[-—–－]{1,2}\s+){3,}[-—–－]{1,2}$/.test(trimmed);
  if (
    !dashCells &&
    /^[-|:+=_*─━—–－第\d]/.test(trimmed) &&
    (isRuleLine(line) || isPageNumberLine(line, false))
  )
    return [];
  if (trimmed.startsWith('|') && trimmed.indexOf('|', 1) > 0) {
    const cells = splitCells(line, '|');
    return cellSegments(cells.slice(1, cells.at(-1)?.text === '' ? -1 : undefined), lineNo);
  }
  if (line.includes('\t')) return cellSegments(splitCells(line, '\t'), lineNo);
  return spaceSegments(line, lineNo);
}

/** The segments of a block of lines (`first` is the 1-based number of `lines[0]`). */
export function textSegments(lines: readonly string[], first: number): Segment[] {
  const perLine = lines.map((line, i) => lineSegments(line, first + i));
  return (cellsLineByLine(lines) ? emptyLineBlanks(lines, perLine, first) : perLine).flat();
}

/**
 * Whether a document prints one cell to a line with nothing between cells (LibreOffice's and Word's text
 * export): numbers on neighbouring lines, three times as often as numbers one empty line apart. Then an
 * empty line among numbers is an empty cell. `pdftotext` and a browser's text of a page put an empty or
 * whitespace line after every cell: there numbers are one empty line apart (in `pdftotext`'s plain mode
 * a table it streams puts numbers on neighbouring lines too, 91 against 79 in 洪泽 2023), and empty lines
 * are spacing, never cells.
 */
export function cellsLineByLine(lines: readonly string[]): boolean {
  const number = (line: string) => {
    const t = line.trim();
    return t !== '' && !t.includes('\t') && isValueToken(t);
  };
  let previous = -1;
  let neighbours = 0;
  let spaced = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (!number(line)) {
      previous = -1;
      return;
    }
    if (previous >= 0 && i - previous === 1) neighbours++;
    if (previous >= 0 && i - previous === 2) spaced++;
    previous = i;
  });
  return neighbours >= 4 && neighbours > 3 * spaced;
}

/**
 * In a document of one cell to a line (`cellsLineByLine`), a number alone on its line is one cell, a
 * line holding only a no-break space is a blank cell (a web page's empty cell, kept as such), and so are
 * the empty lines between two numbers (26, five empty lines, 26: the five 法人 columns left empty) or
 * between a label and its first number — these `soft`: empty cells only if their row needs them to be
 * whole (observe.ts), since an empty line also ends some rows.
 */
export function emptyLineBlanks(lines: readonly string[], perLine: Segment[][], first: number): Segment[][] {
  const single = (i: number) => {
    const s = perLine[i];
    return (
      s?.length === 1 && s[0]?.kind === 'values' && s[0].values.length === 1 && s[0].values[0]?.raw !== ''
    );
  };
  const empty = (i: number) => i < lines.length && (lines[i] ?? '').trim() === '';
  const blank = (k: number, soft?: boolean) => [
    {
      kind: 'values' as const,
      values: [{ raw: '', line: first + k, start: 0, end: 0, bound: true, ...(soft ? { soft } : {}) }],
      line: first + k,
    },
  ];
  // A number alone on its line is one cell: never digits of several run together.
  const out = perLine.map((segments, k) =>
    isEmptyCellLine(lines[k] ?? '')
      ? blank(k)
      : single(k)
        ? segments.map((s) =>
            s.kind === 'values' ? { ...s, values: s.values.map((v) => ({ ...v, bound: true })) } : s,
          )
        : segments,
  );
  // A label's line: an empty line after it, before its numbers, is its row's first cell left empty.
  const label = (i: number) => !!perLine[i]?.length && perLine[i]?.every((s) => s.kind === 'text');
  for (let i = 1; i < lines.length; i++) {
    if (!empty(i) || !(single(i - 1) || label(i - 1))) continue;
    let end = i;
    while (empty(end)) end++;
    if (single(end)) for (let k = i; k < end; k++) out[k] = blank(k, true);
    i = end;
  }
  return out;
}
