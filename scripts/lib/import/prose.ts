/**
 * Prose: hard-wrapped extracted lines back into paragraphs, then an mdast tree stringified by
 * remark, so that no character from the source can turn into markup.
 *
 * A document is either wrapped at a fixed width (most lines nearly as wide as the widest) or has
 * one line per paragraph. In the first kind a line ends its paragraph when it is clearly shorter
 * than the wrap width; in the second when it ends a sentence. Either way a line that ends in the
 * middle of a sentence (a page break) is joined to the next, without a space.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { reportParts } from '../../../src/catalogue/index.ts';
import { displayWidth, isPageNumberLine, isRuleLine, stripMarkdown } from './normalize.ts';

export interface ProseLine {
  text: string;
  /** 1-based source line. */
  line: number;
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'subheading'; text: string };

/** Cleans a part's raw lines: trims, drops blank lines, rules and page numbers (reported via `dropped`). */
export function proseLines(
  raw: readonly string[],
  first: number,
  dropped: (line: number, text: string) => void,
): ProseLine[] {
  const out: ProseLine[] = [];
  raw.forEach((text, i) => {
    const t = text.trim();
    if (!t || isRuleLine(t)) return;
    if (isPageNumberLine(t, true)) {
      dropped(first + i, t);
      return;
    }
    out.push({ text: t.replace(/^\s{0,3}#{1,6}\s+/, ''), line: first + i });
  });
  return out;
}

/** The width prose is wrapped at, when it is wrapped at a fixed width at all. */
export function wrapWidth(lines: readonly ProseLine[]): number | undefined {
  const widths = lines.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  if (widths.length < 6) return undefined;
  const top = widths[Math.floor((widths.length - 1) * 0.9)] ?? 0;
  if (top > 200) return undefined;
  const near = widths.filter((w) => w >= top - 8).length;
  return near >= widths.length * 0.35 ? top : undefined;
}

const sentenceEnd = /[。！？!?；;：:][”’"'）)」』]*$/;
const subheading = /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*([^。；;！？!?，,：:]{2,25})$/;

export function isSubheading(text: string, width: number | undefined): boolean {
  return subheading.test(text) && (width === undefined || displayWidth(text) < width - 6);
}

/** A numbered paragraph's start: （三） 三、 3. (not 一是…, which runs on inside paragraphs). */
const ordinalStart =
  /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/;

/** Whether the paragraph ends after line `text`, given the next line. */
function endsParagraph(text: string, next: string | undefined, width: number | undefined): boolean {
  if (next === undefined) return true;
  const w = displayWidth(text);
  const sentence = sentenceEnd.test(text);
  if (width === undefined) return sentence || (w <= 24 && !/[，,、（(《“]$/.test(text));
  return w < width * 0.6 || (sentence && (w < width - 6 || ordinalStart.test(next)));
}

/** Joins wrapped lines into paragraphs and standalone sub-headings. */
export function linesToBlocks(lines: readonly ProseLine[], width: number | undefined): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'paragraph', text: stripMarkdown(current.join('')) });
    current = [];
  };
  lines.forEach((l, i) => {
    if (!current.length && isSubheading(l.text, width)) {
      blocks.push({ kind: 'subheading', text: stripMarkdown(l.text) });
      return;
    }
    current.push(l.text);
    if (endsParagraph(l.text, lines[i + 1]?.text, width)) flush();
  });
  flush();
  return blocks;
}

const text = (value: string) => ({ type: 'text' as const, value });

function blockNodes(blocks: readonly Block[]): RootContent[] {
  return blocks.map((b): Paragraph | Heading =>
    b.kind === 'subheading'
      ? { type: 'heading', depth: 3, children: [text(b.text)] }
      : { type: 'paragraph', children: [text(b.text)] },
  );
}

const stringifier = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' });

/** The Markdown body: preamble paragraphs, then each part's `## heading` and its blocks. */
export function buildBody(
  preamble: readonly Block[],
  parts: readonly { heading: string; blocks: readonly Block[] }[],
): string {
  const root: Root = {
    type: 'root',
    children: [
      ...blockNodes(preamble),
      ...parts.flatMap((p) => [
        { type: 'heading', depth: 2, children: [text(p.heading)] } as Heading,
        ...blockNodes(p.blocks),
      ]),
    ],
  };
  return stringifier.stringify(root);
}

/** A part's heading as the body writes it: its numeral first, so that the site finds the part by it. */
export function bodyHeading(number: number, printed: string): string {
  const numeral = reportParts[number - 1]?.numeral ?? '';
  if (new RegExp(`^${numeral}\\s*[、.．,，]`).test(printed)) return printed;
  const title = printed.replace(
    /^(?:第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}\s*[、.．,，:：])\s*/,
    '',
  );
  return `${numeral}、${title}`;
}
