/**
 * Which of the six parts a line heads, told by its title, not its numeral: reports reword titles
 * (五、政府信息公开工作中存在的主要问题和改进措施), drop or repeat numerals, or print the table parts'
 * titles again as captions. A heading is a short line: an optional ordinal, then text that is the
 * part's title, a truncation of it, a close variant, or carries its key words.
 */
import { reportParts } from '../../../src/catalogue/index.ts';
import { editDistance } from './labels.ts';
import { canon, stripMarkdown } from './normalize.ts';

export type HeadingQuality = 'exact' | 'variant' | 'truncated';

export interface TitleMatch {
  /** The part (1–6) the title names. */
  number: number;
  quality: HeadingQuality;
  /** The numeral printed before the title, if any (一 … 六), for telling candidates apart. */
  numeral?: string;
  /** Where the heading ends in the line: text after it (a paragraph run in after the heading) starts here. */
  cut: number;
}

/** Ordinals a heading may start with: 一、 一. （一） 第一部分 1、 表一 … */
const ordinal =
  /^(?:第[一二三四五六七八九十]+部分|表[一二三四五六]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}\s*[、.．,，:：]|\d{1,2}\s*[、.．]|[(（]\d{1,2}[)）])\s*/;

/** Words each part's heading carries even when reworded; the lengths keep long sentences out. */
const keyWords: { number: number; all: string[]; max: number }[] = [
  { number: 1, all: ['总体情况'], max: 14 },
  { number: 2, all: ['主动公开'], max: 20 },
  { number: 3, all: ['收到和处理', '申请'], max: 30 },
  { number: 3, all: ['依申请公开', '情况'], max: 24 },
  { number: 4, all: ['行政复议', '行政诉讼'], max: 34 },
  { number: 5, all: ['存在', '问题'], max: 34 },
  { number: 5, all: ['问题', '改进'], max: 34 },
  { number: 6, all: ['其他需要报告'], max: 18 },
];

function qualityOf(rest: string, official: string): HeadingQuality | undefined {
  if (rest === official) return 'exact';
  if (rest.includes(official) && rest.length <= official.length + 12) return 'variant';
  if (official.startsWith(rest) && rest.length >= Math.min(6, official.length - 1)) return 'truncated';
  const common = [...official].findIndex((ch, i) => rest[i] !== ch);
  if (common >= Math.max(6, official.length / 2) && Math.abs(rest.length - official.length) <= 4)
    return 'variant';
  const limit = Math.max(1, Math.floor(official.length / 4));
  if (Math.abs(rest.length - official.length) <= limit && editDistance(rest, official, limit) <= limit)
    return 'variant';
  return undefined;
}

/** The first characters of the six titles (and of 政府信息公开…, the wording reports put before some). */
const titleStarts = new Set([...reportParts.map((p) => p.title[0] ?? ''), '政']);

const rank: Record<HeadingQuality, number> = { exact: 0, variant: 1, truncated: 2 };

/** The part a line heads, if it is a heading; undefined for prose, table rows and the rest. */
export function matchPartTitle(line: string): TitleMatch | undefined {
  const plain = stripMarkdown(line).trim();
  // A table row (a label and its numbers) is never a heading; nor is an empty line.
  if (!plain || /\d\s+\d/.test(plain)) return undefined;
  const m = ordinal.exec(plain);
  // Without an ordinal a heading is its title alone: a long line, or one starting otherwise, is not.
  if (!m && (plain.length > 40 || !titleStarts.has(plain[0] ?? ''))) return undefined;
  const numeral = m ? /[一二三四五六]/.exec(m[0])?.[0] : undefined;
  const body = plain.slice(m?.[0].length ?? 0);
  const rest = canon(body).replace(/[:：。.]+$/, '');
  if (!rest) return undefined;
  let best: TitleMatch | undefined;
  const consider = (number: number, quality: HeadingQuality, cut: number) => {
    const better =
      !best ||
      rank[quality] < rank[best.quality] ||
      (rank[quality] === rank[best.quality] && numeral === reportParts[number - 1]?.numeral);
    if (better) best = { number, quality, cut, ...(numeral ? { numeral } : {}) };
  };
  for (const part of reportParts) {
    const official = canon(part.title);
    // A paragraph run in after the heading on the same line: "一、总体情况 2023年，我局…".
    if (rest.startsWith(official) && rest.length > official.length + 8 && plain === line.trim() && m) {
      const at = line.indexOf(plain) + (m[0].length ?? 0);
      consider(part.number, 'exact', cutAfter(line, at, official.length));
      continue;
    }
    // A heading is short: a longer line is prose (or a heading with its paragraph run in, above).
    const quality = rest.length <= official.length + 12 ? qualityOf(rest, official) : undefined;
    if (quality) consider(part.number, quality, line.length);
  }
  if (!best)
    // Reworded beyond the official title: its key words, in a short line.
    for (const k of keyWords)
      if (rest.length <= k.max && k.all.every((w) => rest.includes(w)) && !/[。；;]/.test(rest))
        consider(k.number, 'variant', line.length);
  const found = best as TitleMatch | undefined;
  if (!found || m) return found;
  // Without an ordinal, only the title itself (perhaps with words around it) is a heading.
  const official = canon(reportParts[found.number - 1]?.title ?? '');
  return found.quality === 'exact' || rest.includes(official) ? found : undefined;
}

/** The UTF-16 index in `line` after which `from`.. holds `length` characters of canonical text. */
function cutAfter(line: string, from: number, length: number): number {
  let seen = 0;
  let i = from;
  while (i < line.length && seen < length) {
    const ch = String.fromCodePoint(line.codePointAt(i) ?? 0);
    seen += canon(ch).length;
    i += ch.length;
  }
  return i;
}
