/**
 * Finding a report's title in its first lines: the line ending in 报告 (or 年报), with the lines above
 * it that its first words were printed on ("洪泽区人民政府" / "2023 年政府信息公开工作年度报告"); a
 * label before it ("标题：", "# ") and a note after it ("（全文）", ".pdf", "-沭阳县发改局") dropped;
 * the page's furniture above it (索引号, 发布日期, 来源, a date, a page number, a breadcrumb) skipped.
 */
import { arabicYears, isPageNumberLine, isRuleLine, squeezeHanSpaces, stripMarkdown } from './normalize.ts';

export interface TitleFound {
  /** The title, its lines joined, label and trailing note dropped, extraction spaces removed. */
  title: string;
  /** 0-based index of the title's first line. */
  start: number;
  /** 0-based index after the title's last line (where the preamble starts). */
  end: number;
  /** 0-based indices of the lines the title was read from, in order (blank lines between left out). */
  lines: number[];
  /** What was cut off the printed lines: a label before the title, a note after it. */
  dropped: string[];
}

/** How many non-blank lines from the top may precede the title (a saved page's navigation). */
const searchLines = 60;
/** A title printed over more lines than this is not a title. */
const maxTitleLines = 4;
/** Blank lines allowed between two lines of one title. */
const maxGap = 2;

/** A label a site or a converter prints before the title (名称 in a cell of a page’s table of metadata, beside the title’s). */
const label =
  /^(?:(?:文章|文件|信息)?(?:标\s*题|题\s*目|名\s*称|主\s*题)(?:\s*[:：]|\t)|附\s*件\s*\d{0,2}\s*[:：]?)\s*/;

/** Sentence punctuation: a line holding it is prose, never a title or a piece of one. */
const sentence = /[，,。；;！!？?：:]/;

/** A part heading or a numbered item: 一、总体情况, （一）主动公开, 1. … */
const numbered =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[、.．](?!\d))/;

/** The first part heading (一、总体情况 and its variants): no title comes after it. */
const firstPart = /^一\s*[、.．,，]/;

/** Words a sentence starts with, not a title. */
const proseOpening =
  /^(?:本报告|本年度报告|现将|现就|现发布|现向|根据|按照|依据|依照|特此|我[局委办市区县]|经)/;

/** Lines of a web page or a PDF printed around the title: metadata, dates, breadcrumbs, buttons. */
const furniture = [
  /^(?:索\s*引\s*号|发布日期|发布时间|成文日期|发文日期|生成日期|来\s*源|信息来源|发布机构|发文机关|发布单位|文\s*号|发文字号|主题分类|分\s*类|公开方式|公开范围|公开时限|有效性|浏览次数|访问次数|点击[数量率]?|阅读[数量]?|字\s*号|作\s*者|编\s*辑|责任编辑|时\s*间|日\s*期)\s*[:：]/,
  /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /[>»＞›→]|^(?:首页|当前位置|您的位置|您当前的位置|所在位置)/,
  /^[【[]?\s*(?:打印|关闭|收藏|分享|返回|字体|大|中|小|默认|纠错|扫一扫)\s*[】\]]?(?:\s*[|/／·]?\s*[【[]?\s*(?:打印|关闭|收藏|分享|返回|字体|大|中|小|默认|纠错|扫一扫|本页)\s*[】\]]?)*$/,
];

export const isFurniture = (line: string): boolean => furniture.some((re) => re.test(line));

/** A line's text as the title would show it: markdown and a label removed, trimmed. */
function cleanLine(line: string): { text: string; label?: string } {
  const plain = stripMarkdown(line).replace(/\*\*/g, '').trim();
  const m = label.exec(plain);
  // A title in book-title marks (《…报告》), as a page's heading may print it, is the title.
  const unquote = (t: string) => t.replace(/^《([^《》]+)》$/, '$1');
  return m
    ? { text: unquote(plain.slice(m[0].length).trim()), label: m[0].trim() }
    : { text: unquote(plain) };
}

/** A bracketed note after 报告: kept when it carries the year (…年度报告（2023年度）), else dropped. */
const bracketed = /^\s*[（(【[]([^）)】\]]{1,16})[）)】\]]/;
/** A file name's extension after 报告. */
const extension = /^\s*\.(?:pdf|docx?|wps|ofd|html?|txt)\b/i;
/** A date printed after the title on its line (a page's header: title, then its publication date). */
const trailingDate =
  /^\s*[（(]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]?/;
/** A page's metadata after the title on its line, to the line's end: 发布时间：…, 浏览次数：…. */
const trailingFurniture =
  /^\s*(?:发布时间|发布日期|发文日期|成文日期|来\s*源|信息来源|浏览次数|访问次数|点击[数量率]?|阅读[数量]?|作\s*者|字\s*号)\s*[:：].*$/;
/** A site's or section's name after the title, behind a dash, underscore or bar. */
const siteName = /^\s*[-_|—–－｜]+\s*[^，。；！？]{1,40}$/;

/**
 * The title text of a line that ends a title: up to its last 报告 or 年报, with what follows it
 * sorted into a note that stays (a year in brackets) and notes that are dropped; undefined when
 * anything else follows (…报告的通知).
 */
function titleEnding(text: string): { text: string; dropped: string[] } | undefined {
  const at = Math.max(text.lastIndexOf('报告'), text.lastIndexOf('年报'));
  if (at < 0) return undefined;
  let kept = text.slice(0, at + 2);
  let rest = text.slice(at + 2);
  const dropped: string[] = [];
  for (;;) {
    const b =
      bracketed.exec(rest) ?? extension.exec(rest) ?? trailingDate.exec(rest) ?? trailingFurniture.exec(rest);
    if (!b) break;
    if (b[1] && /(?:19|20)\d{2}/.test(b[1]) && !dropped.length) kept += b[0].trim();
    else dropped.push(b[0].trim());
    rest = rest.slice(b[0].length);
  }
  if (rest.trim() && !siteName.test(rest)) return undefined;
  if (rest.trim()) dropped.push(rest.trim());
  return { text: kept, dropped };
}

/** Whether a line of text could be (part of) a title: short, no sentence, no heading, no furniture. */
function titleLike(text: string, maxLength: number): boolean {
  return (
    text.length > 0 &&
    squeezeHanSpaces(text).length <= maxLength &&
    /[\p{Script=Han}]|(?:19|20)\d{2}/u.test(text) &&
    !sentence.test(text) &&
    !numbered.test(text) &&
    !proseOpening.test(text) &&
    !isFurniture(text) &&
    !isRuleLine(text) &&
    !isPageNumberLine(text, true)
  );
}

/**
 * A title that does not yet name its agency: it starts (after a year) with the generic words of every
 * title (政府信息公开…, 年度报告) or with the rest of a year (年政府信息公开…), so its first words are
 * on the line above.
 */
export function lacksAgency(title: string): boolean {
  const t = arabicYears(squeezeHanSpaces(title)).replace(/^关于/, '');
  if (/^(?:19|20)\d{2}$/.test(t)) return true;
  const afterYear = t.replace(/^[（(]?(?:19|20)\d{2}年?度?[）)]?/, '');
  return /^(?:的|年|度|政府|政务|信息|公开|工作|年度|年报|报告)/.test(afterYear) || afterYear === '';
}

/** A title is about information disclosure: 信息公开, 政务公开. */
const aboutDisclosure = /公开/;

/** The non-blank line above `i`, within `maxGap` blank lines. */
function lineAbove(lines: readonly string[], i: number): number | undefined {
  for (let j = i - 1, gap = 0; j >= 0 && gap <= maxGap; j--) {
    if (lines[j]?.trim()) return j;
    gap++;
  }
  return undefined;
}

/** A line of running prose: a sentence that goes on past the line's end (the next line continues it). */
function runsOn(line: string): boolean {
  const t = line.trim();
  return t.length >= 15 && /[，,。；;、]/.test(t) && !/[。！？；;!?：:]$/.test(t);
}

/**
 * The report's title: the first line before part 一 ending in 报告 or 年报 (a note after it aside) that
 * is no sentence, no heading and no continuation of one, with as many lines above it as its first
 * words were printed on; undefined when there is none (a fragment of a report).
 */
export function findTitle(lines: readonly string[]): TitleFound | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < searchLines; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim()) continue;
    seen++;
    const { text, label: labelText } = cleanLine(raw);
    if (firstPart.test(text)) return undefined;
    const ending = titleEnding(text);
    if (!ending || !titleLike(ending.text, 80)) continue;
    const before = lineAbove(lines, i);
    if (before !== undefined && runsOn(lines[before] ?? '')) continue;
    const found = withLinesAbove(lines, i, ending.text);
    if (!aboutDisclosure.test(found.title)) continue;
    const dropped = [...(labelText ? [labelText] : []), ...found.labels, ...ending.dropped];
    return { title: found.title, start: found.lines[0] ?? i, end: i + 1, lines: found.lines, dropped };
  }
  return undefined;
}

/** The title ending on line `last`, joined with the lines above it while it does not yet name its agency. */
function withLinesAbove(
  lines: readonly string[],
  last: number,
  lastText: string,
): { title: string; lines: number[]; labels: string[] } {
  const parts = [lastText];
  const used = [last];
  const labels: string[] = [];
  while (used.length < maxTitleLines && lacksAgency(parts.join(' '))) {
    const j = lineAbove(lines, used[0] ?? 0);
    if (j === undefined) break;
    const { text, label: labelText } = cleanLine(lines[j] ?? '');
    if (!titleLike(text, 40) || titleEnding(text)) break;
    parts.unshift(text);
    used.unshift(j);
    if (labelText) labels.push(labelText);
  }
  return { title: squeezeHanSpaces(parts.join(' ')), lines: used, labels };
}
