/**
 * Text with no line structure — a web page's text with the whole body on one line — broken into
 * lines again at the places the form itself fixes: before each part heading, each table row's label
 * (with its ordinal), each block and column header of table 二, and the header of table 四. Only a
 * line that carries several such labels is broken; everything else is left as it is.
 */
import {
  formatCatalogue,
  printedLabel,
  reportFormats,
  reportParts,
  reviewProcedures,
} from '../../../src/catalogue/index.ts';
import { countUnits } from './cells.ts';

/** A regular expression matching `text` however the extraction spaced it and whichever brackets it used. */
function loosePattern(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch === '（' || ch === '(') return '[（(]';
      if (ch === '）' || ch === ')') return '[）)]';
      if (ch === '“' || ch === '”' || ch === '"') return '["“”]?';
      if (ch === '、' || ch === '.' || ch === '．') return '[、.．]';
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('\\s*');
}

/**
 * A row's label with its ordinal however a report numbers it: a sub-row's `1.` also as 1、 1) (1)
 * （1） or ①, so that a report numbering its rows its own way is broken at them too.
 */
function markedPattern(def: { readonly marker?: string; readonly label: string }): string {
  const digit = /^(\d)[.、．]$/.exec(def.marker ?? '')?.[1];
  if (!digit) return loosePattern(printedLabel(def));
  const circled = String.fromCharCode(0x2460 + Number(digit) - 1);
  return `(?:${digit}\\s*[、.．)）]|[（(]\\s*${digit}\\s*[）)]|${circled})\\s*${loosePattern(def.label)}`;
}

/** Labels only a table prints, with their ordinals: a line holding several is a flattened document. */
function buildTableLabels(): RegExp {
  const phrases = new Set<string>();
  for (const f of reportFormats) {
    const c = formatCatalogue(f);
    for (const b of c.table2Blocks) phrases.add(loosePattern(b.label));
    for (const r of c.table3Rows)
      phrases.add(markedPattern({ marker: r.marker, label: r.label.slice(0, 8) }));
  }
  return new RegExp([...phrases].sort((a, b) => b.length - a.length).join('|'), 'g');
}

function buildBreaks(): RegExp {
  const phrases = new Set<string>();
  for (const p of reportParts) {
    phrases.add(`${p.numeral}、${p.title.slice(0, 6)}`);
    // Reworded headings mostly start so: 五、政府信息公开工作存在的主要问题….
    phrases.add(`${p.numeral}、政府信息公开`);
  }
  for (const f of reportFormats) {
    const c = formatCatalogue(f);
    for (const b of c.table2Blocks) {
      phrases.add(b.label);
      for (const r of b.rows) phrases.add(r.label);
    }
    for (const g of c.table3Groups) phrases.add(printedLabel(g));
  }
  phrases.add('信息内容');
  phrases.add('申请人情况');
  phrases.add(`${reviewProcedures.reconsideration}${reviewProcedures.litigation}`);
  const patterns = [...phrases].map(loosePattern);
  for (const f of reportFormats)
    for (const r of formatCatalogue(f).table3Rows)
      patterns.push(markedPattern({ marker: r.marker, label: r.label.slice(0, 8) }));
  // Longest first, so that 行政规范性文件 is one break, not 行政 + 规范性文件.
  const sorted = [...new Set(patterns)].sort((a, b) => b.length - a.length);
  // An ordinal right after a number (and its unit: 12件) starts a row, even when its label is split or misprinted.
  const number = `\\d(?:${countUnits.join('|')})?`;
  const ordinals = [
    `(?<=${number}\\s*)[（(][一二三四五六七][）)]`,
    // One digit after a space: the form numbers its sub-rows 1 to 7, and a glued "02." is a 0 and a 2.
    `(?<=${number}\\s+)(?:[1-7][.、．)）]|[（(][1-7][）)])(?=\\s*\\p{Script=Han})`,
    `(?<=${number}\\s*)[①-⑦](?=\\s*\\p{Script=Han})`,
    `(?<=${number}\\s*)[一二三四]、(?=\\s*\\p{Script=Han})`,
  ];
  return new RegExp([...sorted, ...ordinals].join('|'), 'gu');
}

const breaks = buildBreaks();
const tableLabels = buildTableLabels();
/** A row's label followed by its numbers (行政许可 9487, 规章 0 0 0). */
const labelledNumbers = new RegExp(`(?:${breaks.source})\\s*\\d`, 'gu');

/** Lines that carry at least this many of the tables' own labels are broken up. */
const minLabels = 3;

/**
 * Whether a line holds several rows of a table: many of the tables' own labels, or (a short table
 * on one line, not a sentence) at least two labels each followed by numbers.
 */
function flattened(line: string): boolean {
  const labels = line.match(tableLabels)?.length ?? 0;
  if (line.length > 200 && labels >= minLabels) return true;
  // A page of prose that runs into a table: one of the tables' own labels, and rows of numbers.
  if (labels >= 1 && (line.match(labelledNumbers)?.length ?? 0) >= 3) return true;
  // A short line whose cells a tab or a pipe separates is a row already.
  if (line.includes('\t') || /^\s*\|/.test(line)) return false;
  if (/[。；;]/.test(line) || (line.match(breaks)?.length ?? 0) < 2) return false;
  return (line.match(/[\p{Script=Han}）)]\s*\d/gu)?.length ?? 0) >= 2;
}

/** The text's lines, lines holding several of the form's rows broken before each label. */
export function relineText(text: string): string {
  return text
    .split('\n')
    .map((printed) => {
      let line = printed;
      if (line.length < 20 || !flattened(line)) return line;
      // Page footers the flattening glued between a table's cells ("…769-5-法提供"): not the report's.
      line = line.replace(/(?<=\d)\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*(?=[^\d\s])/g, '');
      const at = [...line.matchAll(breaks)].map((m) => m.index);
      const out: string[] = [];
      let prev = 0;
      for (const i of at) {
        if (i > prev) out.push(line.slice(prev, i));
        prev = i;
      }
      out.push(line.slice(prev));
      return (
        out
          // Only plain spaces are trimmed: a no-break space at a line's end is an empty cell.
          .map((l) => l.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ''))
          .filter(Boolean)
          .join('\n')
      );
    })
    .join('\n');
}
