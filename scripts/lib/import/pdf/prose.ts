/**
 * PDF prose lines into paragraphs by their geometry: a paragraph starts on an indented line, after a
 * line that stops short of the right margin, or after a wider gap than the line spacing; otherwise a
 * line — even the first of the next page — continues the sentence before it, joined without a space.
 */
import { squeezeHanSpaces } from '../normalize.ts';
import { type Block, isSubheading } from '../prose.ts';
import type { PdfLine } from './lines.ts';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Joins two pieces of one paragraph: no space, except between two Latin words. */
const joinText = (a: string, b: string) => (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b);

export function pdfProseBlocks(lines: readonly PdfLine[]): Block[] {
  if (!lines.length) return [];
  const size = median(lines.map((l) => l.size));
  const left = Math.min(...lines.map((l) => l.x0));
  const right =
    median(lines.filter((l) => l.x1 - l.x0 > 10 * size).map((l) => l.x1)) ||
    Math.max(...lines.map((l) => l.x1));
  const gaps = lines.slice(1).flatMap((l, i) => {
    const prev = lines[i] as PdfLine;
    return prev.page === l.page ? [prev.y - l.y] : [];
  });
  const leading = median(gaps) || 1.5 * size;
  const blocks: Block[] = [];
  let text = '';
  const flush = () => {
    const t = squeezeHanSpaces(text);
    if (t) blocks.push({ kind: isSubheading(t, undefined) ? 'subheading' : 'paragraph', text: t });
    text = '';
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const indented = line.x0 > left + 0.8 * line.size;
    const shortBefore = prev !== undefined && prev.x1 < right - 1.5 * prev.size;
    const gapBefore = prev !== undefined && prev.page === line.page && prev.y - line.y > 1.6 * leading;
    if (indented || shortBefore || gapBefore) flush();
    text = joinText(text, line.runs.map((r) => r.text).join(' '));
  });
  flush();
  return blocks;
}
