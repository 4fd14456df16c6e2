/**
 * A report's prose against last year's, paragraph by paragraph and part by part (前言, 一 … 六): each
 * paragraph of this year's unchanged, nearly unchanged (edited, with what was taken out and put in),
 * or added; each of last year's that has no counterpart, removed. Worked out at build time with
 * jsdiff: paragraphs are aligned with `diffArrays`, characters with `diffChars`.
 *
 * Paragraphs are compared by their text with all whitespace taken out and full-width forms made
 * half-width (NFKC), so a re-wrapped line or a ，for a , is no change; two paragraphs are "nearly
 * unchanged" when their similarity is at least `nearlyThreshold` (see `similarity`).
 */

import { diffArrays, diffChars } from 'diff';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { reportParts } from '../../catalogue/index.ts';
import { plainLine } from '../markdownPlain.ts';
import { splitParts } from '../parts.ts';

/** Two paragraphs at least this similar count as the same paragraph, edited (略有改动). */
export const nearlyThreshold = 0.9;

export interface Paragraph {
  /** The paragraph as plain text (its Markdown marks dropped), as the page shows it. */
  text: string;
  /** The text as compared: NFKC, no whitespace. */
  key: string;
}

/** One piece of an edited paragraph: text kept, taken out, or put in. */
export interface Piece {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export type ParagraphChange =
  | { kind: 'same'; text: string; chars: number }
  | { kind: 'edited'; text: string; before: string; similarity: number; pieces: Piece[]; chars: number }
  | { kind: 'added'; text: string; chars: number }
  | { kind: 'removed'; text: string; chars: number };

export interface PartChanges {
  /** 1–6 for the numbered parts, 0 for the preamble (or for the whole body when it has no parts). */
  number: number;
  /** This year's heading (last year's if this year lacks the part). */
  heading: string;
  paragraphs: ParagraphChange[];
}

/** The text as compared: full-width forms made half-width (NFKC) and every whitespace taken out. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Characters (code points) of a string. */
export const charCount = (s: string): number => [...s].length;

/** Node types whose children run on in one line; any other container puts its children on lines of their own. */
const inline = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** The plain text of Markdown: its words without marks; raw HTML is dropped, as on the report page. */
function plain(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
      return '';
  }
  if ('children' in node)
    return (node.children as Nodes[]).map(plain).join(inline.has(node.type) ? '' : '\n');
  return '';
}

/** A block of Markdown as plain text, as parsed. */
export function markdownText(chunk: string): string {
  return plain(fromMarkdown(chunk)).trim();
}

/**
 * A block of Markdown as plain text: see `markdownText`, which a plain line (`plainLine`: most report
 * prose) needs not be parsed for; parsing was most of the cost of a 与上年对比 page's prose.
 */
export function blockText(chunk: string): string {
  return plainLine(chunk) ? chunk : markdownText(chunk);
}

/** A stretch of Markdown's paragraphs (blocks between blank lines), each as plain text; empty ones left out. */
export function paragraphs(markdown: string): Paragraph[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map(blockText)
    .map((text) => ({ text, key: normalize(text) }))
    .filter((p) => p.key.length > 0);
}

/** The code points of `s`, sorted: two such lists give the characters two texts share, in any order. */
function sortedCodes(s: string): Uint32Array {
  const codes = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i) as number;
    codes[n++] = c;
    if (c > 0xffff) i++;
  }
  return codes.subarray(0, n).sort();
}

/** How many characters two texts have in common, in any order (each counted as often as both have it). */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * A text's length in characters and (when first asked) its characters sorted: a paragraph is
 * weighed against many others while paragraphs are aligned, and measured once. (Sorted codes, not a
 * count per character in a Map: building the Maps cost 2 s of the 与上年对比 pages at 10,000 reports.)
 */
class Measure {
  readonly text: string;
  readonly chars: number;
  private sorted: Uint32Array | undefined;
  constructor(text: string) {
    this.text = text;
    this.chars = charCount(text);
  }
  get codes(): Uint32Array {
    this.sorted ??= sortedCodes(this.text);
    return this.sorted;
  }
}

/** `similarity` of two measured texts. */
function measuredSimilarity(a: Measure, b: Measure, atLeast: number): number {
  if (a.text === b.text) return 1;
  const total = a.chars + b.chars;
  // Each character one text has and the other lacks is an edit: 1 − similarity = edits ÷ total.
  const maxEdits = Math.floor(total * (1 - atLeast) + 1e-9);
  if (Math.abs(a.chars - b.chars) > maxEdits) return 0;
  if (atLeast > 0) {
    // The characters in common, in any order, bound those in common in order.
    if (total - 2 * sharedCount(a.codes, b.codes) > maxEdits) return 0;
  }
  const changes =
    atLeast > 0 ? diffChars(a.text, b.text, { maxEditLength: maxEdits }) : diffChars(a.text, b.text);
  if (!changes) return 0;
  const common = changes.reduce((n, c) => (c.added || c.removed ? n : n + c.count), 0);
  const score = (2 * common) / total;
  return score >= atLeast ? score : 0;
}

/**
 * How alike two (normalized) texts are: 2 × the characters they share in order (the longest common
 * subsequence, by jsdiff's `diffChars`) ÷ the characters of both, from 0 to 1. Computing it stops
 * early, returning 0, as soon as it is sure to be below `atLeast`.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  return measuredSimilarity(new Measure(a), new Measure(b), atLeast);
}

/**
 * What an edited paragraph took out and put in, character by character, as this year's text reads
 * (whitespace that came or went is not marked: it is no change). Characters the same once made
 * half-width are the same: an edit that only swaps ，for , is no edit. The characters are compared
 * by their half-width forms, made once each (made at each comparison, they cost more than the diff).
 */
export function pieces(before: string, after: string): Piece[] {
  const out: Piece[] = [];
  const [was, now] = [[...before], [...after]];
  const halfWidth = (chars: string[]) => chars.map((c) => c.normalize('NFKC'));
  let [i, j] = [0, 0];
  for (const change of diffArrays(halfWidth(was), halfWidth(now))) {
    // What is common reads as this year's text has it.
    const chars = change.removed ? was.slice(i, i + change.count) : now.slice(j, j + change.count);
    if (!change.added) i += change.count;
    if (!change.removed) j += change.count;
    addPiece(out, change.added ? 'added' : change.removed ? 'removed' : 'same', chars.join(''));
  }
  return out;
}

/**
 * Adds one run of a diff to an edit's pieces: whitespace taken out is not shown (this year's text is
 * what is read), whitespace put in is no edit, and runs of one kind join into one piece.
 */
export function addPiece(out: Piece[], kind: Piece['op'], piece: string): void {
  let [op, text] = [kind, kind === 'removed' ? piece.trim() : piece];
  if (op !== 'same' && text.trim() === '') {
    if (op === 'removed') return;
    op = 'same';
  }
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Last year's paragraphs against this year's, in this year's order (a removed paragraph where it stood). */
export function compareParagraphs(
  before: readonly Paragraph[],
  after: readonly Paragraph[],
): ParagraphChange[] {
  // The alignment weighs a pair more than once: each pair's answer, and each paragraph's measure, kept.
  const measures = new Map<Paragraph, Measure>();
  const measure = (p: Paragraph) => {
    let m = measures.get(p);
    if (!m) {
      m = new Measure(p.key);
      measures.set(p, m);
    }
    return m;
  };
  const memo = new Map<Paragraph, Map<Paragraph, boolean>>();
  const alike = (a: Paragraph, b: Paragraph) => {
    if (a.key === b.key) return true;
    let row = memo.get(a);
    if (!row) {
      row = new Map();
      memo.set(a, row);
    }
    let found = row.get(b);
    if (found === undefined) {
      found = measuredSimilarity(measure(a), measure(b), nearlyThreshold) >= nearlyThreshold;
      row.set(b, found);
    }
    return found;
  };
  const out: ParagraphChange[] = [];
  let [i, j] = [0, 0];
  for (const change of diffArrays([...before], [...after], { comparator: alike })) {
    for (let k = 0; k < change.count; k++) {
      if (change.removed) {
        const p = before[i++] as Paragraph;
        out.push({ kind: 'removed', text: p.text, chars: measure(p).chars });
      } else if (change.added) {
        const p = after[j++] as Paragraph;
        out.push({ kind: 'added', text: p.text, chars: measure(p).chars });
      } else {
        const [was, now] = [before[i++] as Paragraph, after[j++] as Paragraph];
        const chars = measure(now).chars;
        if (was.key === now.key) out.push({ kind: 'same', text: now.text, chars });
        else
          out.push({
            kind: 'edited',
            text: now.text,
            before: was.text,
            similarity: measuredSimilarity(measure(was), measure(now), 0),
            pieces: pieces(was.text, now.text),
            chars,
          });
      }
    }
  }
  return out;
}

type BodyParts = Map<number, { heading: string; paragraphs: Paragraph[] }>;

/**
 * Bodies lately read into parts. Each report is compared twice, with the year before and with the
 * year after, on pages built one after the other: reading its Markdown once halves the parsing.
 */
const recentParts = new Map<string, BodyParts>();
const recentLimit = 64;

/** A body's paragraphs by part (read once while it is recent): see `readParts`. */
function byPart(body: string): BodyParts {
  const known = recentParts.get(body);
  if (known) return known;
  const parts = readParts(body);
  recentParts.set(body, parts);
  if (recentParts.size > recentLimit) recentParts.delete(recentParts.keys().next().value as string);
  return parts;
}

/** A body's paragraphs by part: 0 for the preamble, 1–6 for the numbered parts, with their headings. */
function readParts(body: string): BodyParts {
  const { preamble, parts } = splitParts(body);
  const out: BodyParts = new Map();
  out.set(0, { heading: '前言', paragraphs: paragraphs(preamble) });
  for (const part of parts) {
    const seen = out.get(part.number);
    // A part printed twice (a heading repeated) is read as one.
    if (seen) seen.paragraphs.push(...paragraphs(part.markdown));
    else out.set(part.number, { heading: part.heading, paragraphs: paragraphs(part.markdown) });
  }
  return out;
}

/**
 * Last year's body against this year's, part by part (前言, then 一 … 六) when both are divided into
 * the numbered parts, else the whole bodies as one (number 0, 正文). Parts with no prose in either
 * year (usually 二 to 四, the tables) are left out.
 */
export function compareProse(beforeBody: string, afterBody: string): PartChanges[] {
  const [before, after] = [byPart(beforeBody), byPart(afterBody)];
  if (before.size === 1 || after.size === 1) {
    const changes = compareParagraphs(paragraphs(beforeBody), paragraphs(afterBody));
    return changes.length > 0 ? [{ number: 0, heading: '正文', paragraphs: changes }] : [];
  }
  const numbers = [0, ...reportParts.map((p) => p.number)];
  return numbers.flatMap((n) => {
    const [was, now] = [before.get(n), after.get(n)];
    const changes = compareParagraphs(was?.paragraphs ?? [], now?.paragraphs ?? []);
    if (changes.length === 0) return [];
    return [{ number: n, heading: now?.heading ?? was?.heading ?? '', paragraphs: changes }];
  });
}

/** What the page shows of a part: runs of unchanged paragraphs folded together, every other paragraph on its own. */
export type ProseBlock = { kind: 'same'; texts: string[] } | Exclude<ParagraphChange, { kind: 'same' }>;

/** Folds each run of unchanged paragraphs into one block. */
export function foldUnchanged(changes: readonly ParagraphChange[]): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const change of changes) {
    const last = out[out.length - 1];
    if (change.kind !== 'same') out.push(change);
    else if (last?.kind === 'same') last.texts.push(change.text);
    else out.push({ kind: 'same', texts: [change.text] });
  }
  return out;
}

/** How many paragraphs of each kind a part has. */
export function countKinds(changes: readonly ParagraphChange[]): Record<ParagraphChange['kind'], number> {
  const counts = { same: 0, edited: 0, added: 0, removed: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}
