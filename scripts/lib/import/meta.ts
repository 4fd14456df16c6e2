/**
 * The agency name and the year a report covers, from its title, preamble and signature (its form:
 * see format.ts). Every guess is a warning naming what was printed and what was taken.
 */
import { firstReportYear, lastReportYear } from '../../../src/schemas/report.ts';
import { arabicYears, chineseDigits, isPageNumberLine, isRuleLine, squeezeHanSpaces } from './normalize.ts';
import { problem } from './problems.ts';
import { isStatisticalZone, matchPlace, nearPlaces, zoneWords } from './region.ts';
import { isFurniture } from './title.ts';
import type { Problem } from './types.ts';

export interface Meta {
  /** The title as printed, extraction spaces removed; '' when the report prints none (a fragment). */
  title: string;
  agencyName?: string;
  year?: number;
  /** Where the agency name was read. */
  agencyFrom?: 'option' | 'title' | 'preamble' | 'signature';
}

/** The agency and date printed at the end of a report. */
export interface Signature {
  name?: string;
  date?: { year: number; month: number; day: number };
  /** 0-based index of the signature's first line. */
  index: number;
}

const yearIn = (s: string) => /((?:19|20)\d{2})\s*年/.exec(s);

/** The words every title has after the agency's name: 政府信息公开, 政务公开, 年度报告 … */
const genericWords =
  /关于|(?:19|20)\d{2}|政府信息公开|政务信息公开|政务公开|信息公开|政府信息|年度报告|工作报告|年报/;

/**
 * The agency a title names: before its year (利通区司法局2023年…), or after a leading year
 * (2020年上海市政府信息公开… → 上海市); undefined when it names none (2023年政府信息公开工作年度报告).
 */
export function titleAgency(title: string): string | undefined {
  // A name in brackets before the year (【偃师区司法局】2023年…) is the name.
  const t = squeezeHanSpaces(title)
    .replace(/^关于/, '')
    .replace(/^[【[]([^【】[\]]+)[】\]]/, '$1');
  const afterYear = t.replace(/^[（(]?(?:19|20)\d{2}年度?[）)]?/, '');
  const cut = afterYear.search(genericWords);
  const name = (cut < 0 ? '' : afterYear.slice(0, cut)).replace(/关于$|的$/, '').trim();
  return /^[\p{Script=Han}（）()·]{2,}$/u.test(name) ? name : undefined;
}

const hanName = '[\\p{Script=Han}（）()]{2,40}?';

/**
 * The agency the preamble names: in the title it quotes (现发布《利通区司法局2023年…报告》), as the
 * one publishing the report (现向社会公布沭阳县发展和改革局2023年度…), or as the one that compiled it
 * (本报告由淮安市洪泽区人民政府办公室…编制: a government's office compiles the government's report).
 */
export function preambleAgency(preamble: string): { name: string; how: string } | undefined {
  const text = squeezeHanSpaces(preamble.replace(/\s+/g, ' '));
  for (const m of text.matchAll(/《([^《》]{4,60}?(?:报告|年报))》/g)) {
    const name = titleAgency(m[1] ?? '');
    if (name) return { name, how: `the title the preamble quotes, “${m[1]}”` };
  }
  const published = new RegExp(`(?:公布|发布)(?:了)?(${hanName})(?:19|20)\\d{2}年`, 'u').exec(text);
  if (published?.[1]) return { name: published[1], how: `the preamble (“${published[0]}”)` };
  const compiled = new RegExp(
    `本(?:年度)?报告由(${hanName})(?:根据|依据|按照|依照|负责|综合|汇总|组织|编制)`,
    'u',
  ).exec(text);
  if (compiled?.[1])
    return {
      name: compiled[1].replace(/(人民政府|政府)办公[室厅]$/, '$1'),
      how: `the preamble (“${compiled[0]}”)`,
    };
  return undefined;
}

/** A number printed in digits or Chinese numerals: 2024, 二〇二四, 十七. */
function readNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零○Ｏ一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => chineseDigits[c]).join(''));
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || !s) return undefined;
  const tens = m[2] ? (m[1] ? (chineseDigits[m[1]] ?? 0) : 1) : 0;
  const ones = m[3] ? (chineseDigits[m[3]] ?? 0) : m[1] && !m[2] ? (chineseDigits[m[1]] ?? 0) : 0;
  return tens * 10 + ones;
}

const dateAtEnd =
  /[（(]?\s*((?:19|20)\d{2}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/;

/** The last words of an agency's name. */
const agencyEnding =
  /(?:局|委员会|委|办公室|办公厅|办|厅|人民政府|政府|法院|检察院|院|中心|管委会|会|所|站|处|部|队|署|馆|社|街道办事处)$/;

/**
 * The signature at the end of a report: the agency's name and the date, on two lines or one
 * (沭阳县发展和改革局 / 2024年1月17日), past trailing page numbers and blank lines.
 */
export function findSignature(lines: readonly string[]): Signature | undefined {
  const last: number[] = [];
  for (let i = lines.length - 1; i >= 0 && last.length < 3; i--) {
    const t = (lines[i] ?? '').trim();
    if (!t || isRuleLine(t) || isPageNumberLine(t, true)) continue;
    last.push(i);
  }
  const [end, above] = last;
  if (end === undefined) return undefined;
  const endText = squeezeHanSpaces(lines[end] ?? '');
  const m = dateAtEnd.exec(endText);
  if (!m) return undefined;
  const [year, month, day] = [m[1], m[2], m[3]].map((s) => readNumber(s ?? ''));
  const date = year && month && day && month <= 12 && day <= 31 ? { year, month, day } : undefined;
  const before = endText.slice(0, m.index).trim();
  const nameOf = (s: string) =>
    /^[\p{Script=Han}（）()]{4,30}$/u.test(s) && agencyEnding.test(s) && !isFurniture(s) ? s : undefined;
  if (before) {
    const name = nameOf(before);
    return name || date ? { ...(name ? { name } : {}), ...(date ? { date } : {}), index: end } : undefined;
  }
  const name = above === undefined ? undefined : nameOf(squeezeHanSpaces(lines[above] ?? ''));
  if (!name && !date) return undefined;
  return { ...(name ? { name } : {}), ...(date ? { date } : {}), index: name ? (above ?? end) : end };
}

/**
 * What a name that is only a place means: a division alone (上海市, 洪泽区) is its 人民政府, a zone
 * alone (淮安经济技术开发区) its 管理委员会; undefined for any other name.
 */
export function placeAgency(name: string): string | undefined {
  const exact = matchPlace(name);
  const whole = exact.length === name.length ? exact.candidates : [];
  if (whole.length && whole.every((d) => !isStatisticalZone(d))) return `${name}人民政府`;
  const zone = zoneWords.exec(name);
  if (zone && zone.index + zone[0].length === name.length) return `${name}管理委员会`;
  // A place misread by a character: only a name that ends like one (市, 区, 县, 旗) can be.
  if (/[市区县旗]$/.test(name) && nearPlaces(name).length === name.length) return `${name}人民政府`;
  return undefined;
}

/** Reports are due by 31 January (条例 art. 49): a signature dated in the first half of a year is the previous year's report. */
const reportingMonths = 6;

/**
 * Reads the agency and year; `options` (from the command line) override what is read. The title
 * may be missing (a fragment): the agency then comes from the preamble or the signature at the end
 * of `lines` (the report's lines), or from the options.
 */
export function detectMeta(
  rawTitle: string | undefined,
  printedPreamble: string,
  options: { agencyName?: string; year?: number; agencyId?: string },
  context: { lines?: readonly string[] } = {},
): { meta: Meta; problems: Problem[] } {
  const problems: Problem[] = [];
  const printed = rawTitle ? squeezeHanSpaces(rawTitle) : '';
  const meta: Meta = { title: printed };
  // Read with its years in digits (二〇二三年 → 2023年); the title is kept as printed.
  const title = arabicYears(printed);
  const preamble = arabicYears(printedPreamble);
  const shown = printed ? `the title “${printed}”` : 'the report (it prints no title)';
  const signature = context.lines ? findSignature(context.lines) : undefined;
  Object.assign(meta, agencyOf(title, preamble, signature, options, problems));
  if (!meta.agencyName && !options.agencyId)
    problems.push(
      problem(
        'error',
        'no-agency',
        `${shown} does not name the agency${title ? ' before or after the year' : ''}, nor do the preamble and the signature; pass --agency`,
      ),
    );

  const titleYear = title ? Number(yearIn(title)?.[1]) || undefined : undefined;
  const period = /统计期限|统计时限|统计期|数据统计|统计数据/.test(preamble)
    ? yearIn(preamble.slice(preamble.search(/统计/)))
    : null;
  const periodYear = period?.[1] ? Number(period[1]) : undefined;
  const quoted = /《[^《》]{4,60}?(?:报告|年报)》/.exec(squeezeHanSpaces(preamble))?.[0];
  const quotedYear = quoted ? Number(yearIn(quoted)?.[1]) || undefined : undefined;
  const signed = signature?.date;
  const signedYear = signed && signed.month <= reportingMonths ? signed.year - 1 : undefined;
  meta.year = options.year ?? titleYear ?? periodYear ?? quotedYear ?? signedYear;
  const guessed = (message: string) => problems.push(problem('warning', 'year-from-preamble', message));
  if (meta.year === undefined)
    problems.push(
      problem(
        'error',
        'no-year',
        `${shown} names no year, nor do the preamble's statistics period and the signature's date; pass --year`,
      ),
    );
  else if (meta.year < firstReportYear || meta.year > lastReportYear) {
    problems.push(
      problem(
        'error',
        'year-out-of-range',
        `the year read, ${meta.year}, is outside ${firstReportYear}–${lastReportYear} (annual reports began in ${firstReportYear}): misprinted or misread; pass --year`,
      ),
    );
    meta.year = undefined;
  } else if (options.year !== undefined) {
    // The maintainer said so.
  } else if (titleYear === undefined && periodYear !== undefined)
    guessed(
      `${title ? 'the title names no year' : 'no title'}; took ${meta.year} from the statistics period`,
    );
  else if (titleYear === undefined && quotedYear !== undefined)
    guessed(
      `${title ? 'the title names no year' : 'no title'}; took ${meta.year} from the title the preamble quotes, “${quoted}”`,
    );
  else if (titleYear === undefined && signed)
    problems.push(
      problem(
        'warning',
        'year-from-signature',
        `${title ? 'the title names no year' : 'no title'} and no statistics period; took ${meta.year}, the year before the signature's date ${signed.year}年${signed.month}月${signed.day}日`,
      ),
    );
  else if (periodYear !== undefined && periodYear !== titleYear)
    problems.push(
      problem(
        'warning',
        'year-mismatch',
        `the title says ${titleYear} but the statistics period starts in ${periodYear}`,
      ),
    );

  return { meta, problems };
}

/** The agency's name: the option, else the title's, else the preamble's, else the signature's; a place alone is its government. */
function agencyOf(
  title: string,
  preamble: string,
  signature: Signature | undefined,
  options: { agencyName?: string },
  problems: Problem[],
): Pick<Meta, 'agencyName' | 'agencyFrom'> {
  if (options.agencyName) return { agencyName: options.agencyName, agencyFrom: 'option' };
  const printed = title ? titleAgency(title) : undefined;
  const found: { name: string; how: string; from: Meta['agencyFrom'] } | undefined = printed
    ? { name: printed, how: 'the title', from: 'title' }
    : fromPreambleOrSignature(preamble, signature);
  if (!found) return {};
  if (found.from !== 'title')
    problems.push(
      problem(
        'warning',
        'agency-from-text',
        `${title ? `the title “${title}” does not name the agency` : 'the report prints no title'}; took “${found.name}” from ${found.how}`,
      ),
    );
  const government = placeAgency(found.name);
  if (!government) return { agencyName: found.name, agencyFrom: found.from };
  problems.push(
    problem(
      'warning',
      'agency-is-place',
      `${found.how} names the place “${found.name}” alone; took the agency to be ${government}`,
    ),
  );
  return { agencyName: government, agencyFrom: found.from };
}

function fromPreambleOrSignature(
  preamble: string,
  signature: Signature | undefined,
): { name: string; how: string; from: Meta['agencyFrom'] } | undefined {
  const inPreamble = preambleAgency(preamble);
  if (inPreamble) return { ...inPreamble, from: 'preamble' };
  if (signature?.name) return { name: signature.name, how: 'the signature at the end', from: 'signature' };
  return undefined;
}
