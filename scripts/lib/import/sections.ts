/**
 * Finding a report's title and its six part headings (一 to 六) in extracted text, tolerant of
 * brackets, spacing, markdown, variant wording and truncation; the parts are the lines between.
 */
import { reportParts } from '../../../src/catalogue/index.ts';
import { editDistance } from './labels.ts';
import { canon, isPageNumberLine, isRuleLine, stripMarkdown } from './normalize.ts';
import { problem } from './problems.ts';
import type { LineText, Problem } from './types.ts';

export interface PartHeading {
  number: number;
  /** The heading as printed (trimmed, markdown removed), e.g. 三、收到和处理政府信息公开. */
  text: string;
  /** 0-based index of its line. */
  index: number;
  quality: 'exact' | 'variant' | 'truncated';
  /** Text printed after the heading on its line (the part's first words), and where it starts. */
  runIn?: { text: string; offset: number };
}

export interface Sections {
  /** The title as printed, its lines joined. */
  title: string;
  /** 0-based [start, end) line ranges. */
  preamble: [number, number];
  parts: { heading: PartHeading; range: [number, number] }[];
}

export interface HeadingMatch {
  quality: PartHeading['quality'];
  /** Where the heading ends in the line: text after it (a paragraph run in after the heading) starts here. */
  cut: number;
}

/** The UTF-16 index in `line` after which `from`.. holds `length` characters of canonical text. */
function canonicalEnd(line: string, from: number, length: number): number {
  let seen = 0;
  let i = from;
  while (i < line.length && seen < length) {
    const ch = String.fromCodePoint(line.codePointAt(i) ?? 0);
    seen += canon(ch).length;
    i += ch.length;
  }
  return i;
}

/** Whether a line is the heading of part `number` (1–6), and how closely it matches the form. */
export function matchPartHeading(line: string, number: number): HeadingMatch | undefined {
  const part = reportParts[number - 1];
  if (!part || !/^[\s#*]*[一二三四五六]/.test(line)) return undefined;
  const plain = stripMarkdown(line);
  const t = plain.trim();
  const m = /^([一二三四五六])\s*[、.．,，:：]?\s*(.+)$/.exec(t);
  if (!m || m[1] !== part.numeral) return undefined;
  const rest = canon(m[2] ?? '').replace(/[:。.]+$/, '');
  const official = canon(part.title);
  const whole = { cut: line.length };
  if (rest === official) return { quality: 'exact', ...whole };
  if (rest.startsWith(official) && rest.length > official.length + 8 && plain === line) {
    // A paragraph run in after the heading, on the same line.
    const start = line.length - (m[2] ?? '').length - (line.length - line.trimEnd().length);
    return { quality: 'exact', cut: canonicalEnd(line, start, official.length) };
  }
  if (rest.length > official.length + 8) return undefined;
  if (official.startsWith(rest) && rest.length >= Math.min(6, official.length - 1))
    return { quality: 'truncated', ...whole };
  if (rest.startsWith(official)) return { quality: 'variant', ...whole };
  // The same opening with another ending: 存在的主要问题及整改措施 for …及改进情况.
  const common = [...official].findIndex((ch, i) => rest[i] !== ch);
  if (common >= Math.max(6, official.length / 2) && Math.abs(rest.length - official.length) <= 4)
    return { quality: 'variant', ...whole };
  const limit = Math.max(1, Math.floor(official.length / 4));
  return editDistance(rest, official, limit) <= limit ? { quality: 'variant', ...whole } : undefined;
}

/**
 * The title: among the first lines of the file, the one that ends in 报告, with the line before it
 * when that is a short line without punctuation (the agency's name printed above the rest).
 * Lines above the title (an index number, a date) are not part of it.
 */
export function findTitle(lines: readonly string[]): { title: string; end: number } | undefined {
  const picked: string[] = [];
  for (let i = 0; i < lines.length && picked.length < 5; i++) {
    const t = stripMarkdown(lines[i] ?? '').trim();
    if (!t || isRuleLine(t) || isPageNumberLine(t, true)) continue;
    picked.push(t);
    if (!/报告$/.test(t.replace(/[\s*]/g, ''))) continue;
    const before = picked.at(-2);
    const name = before && before.length <= 20 && !/[：:，,。；;、\d]/.test(before) ? `${before} ` : '';
    return { title: `${name}${t}`, end: i + 1 };
  }
  return undefined;
}

/** Splits a report's lines into title, preamble and the six parts. */
export function findSections(
  lines: readonly string[],
  lineText: LineText,
): { sections?: Sections; problems: Problem[] } {
  const problems: Problem[] = [];
  const title = findTitle(lines);
  if (!title) {
    problems.push(
      problem(
        'error',
        'no-title',
        'not a report: no title ending in 报告 (e.g. …2023年政府信息公开工作年度报告) in its first lines',
      ),
    );
    return { problems };
  }
  const found: PartHeading[] = [];
  let from = title.end;
  for (const part of reportParts) {
    for (let i = from; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const match = matchPartHeading(line, part.number);
      if (!match) continue;
      const runIn = line.slice(match.cut).replace(/^[\s:：。.]+/, '');
      found.push({
        number: part.number,
        text: stripMarkdown(line.slice(0, match.cut)).trim(),
        index: i,
        quality: match.quality,
        ...(runIn ? { runIn: { text: runIn, offset: line.length - runIn.length } } : {}),
      });
      from = i + 1;
      break;
    }
  }
  const numbers = new Set(found.map((h) => h.number));
  const missing = reportParts.filter((p) => !numbers.has(p.number));
  if (missing.length === reportParts.length) {
    problems.push(
      problem(
        'error',
        'no-parts',
        'not a report: none of the six part headings (一、总体情况 … 六、其他需要报告的事项) found',
      ),
    );
    return { problems };
  }
  for (const p of missing)
    problems.push(
      problem(
        'error',
        'missing-part',
        `part heading “${p.numeral}、${p.title}” not found after the previous part`,
      ),
    );
  if (missing.length) return { problems };
  for (const h of found) {
    if (h.quality !== 'exact') {
      const official = `${reportParts[h.number - 1]?.numeral}、${reportParts[h.number - 1]?.title}`;
      problems.push(
        problem(
          'warning',
          `heading-${h.quality}`,
          `part heading “${h.text}” is ${h.quality === 'truncated' ? 'truncated' : 'worded differently'}; read as “${official}”, kept as printed`,
          { line: h.index + 1 },
          lineText,
        ),
      );
    }
  }
  const parts = found.map((heading, i) => ({
    heading,
    range: [heading.index + 1, found[i + 1]?.index ?? lines.length] as [number, number],
  }));
  return {
    sections: { title: title.title, preamble: [title.end, found[0]?.index ?? title.end], parts },
    problems,
  };
}
