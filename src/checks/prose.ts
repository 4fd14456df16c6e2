/**
 * Figures a report's prose states about the same quantities its tables count. Deliberately narrow:
 * a false alarm on a public site is worse than a missed one, so a sentence is read only when it is
 * plainly about this year's disclosure applications or disclosure lawsuits.
 */
import { sentences } from './body.ts';

export type StatedQuantity =
  /** 本年新收申请, all applicants. */
  | 'applications'
  /** 本年新收申请 from natural persons ("收到 1 名自然人申请…"). */
  | 'applicationsNatural'
  /** 行政复议 cases about disclosure. */
  | 'reconsideration'
  /** 行政诉讼 cases about disclosure, both kinds. */
  | 'litigation';

export interface StatedFigure {
  quantity: StatedQuantity;
  value: number;
  /** The words that state it, e.g. 收到1名自然人申请公开政府信息1件. */
  phrase: string;
  /** The normalised sentence it was read from. */
  sentence: string;
}

/** Words that make a sentence about another year or about carried-over work: skipped. */
const otherTime = /上年|去年|上一年|同比|结转|较上/;
/** Words that make an "applications" phrase about something else (复议 arising from an application). */
const notAnApplication = /因|复议|诉讼|案件/;

const applicationNoun = '(?:申请公开政府信息|政府信息公开申请|依申请公开申请|依申请公开(?:办理)?事项)';
const noApplications = new RegExp(
  `(?:未|没有)(?:收到|接到|受理)([^，,。；]{0,30}?)${applicationNoun}(?!人|引起|导致|而|的行政)`,
);
const someApplications = new RegExp(
  `(?:收到|接到|受理)([^，,。；\\d]{0,20}?(?:\\d+名)?[^，,。；\\d]{0,10}?)${applicationNoun}(?:共)?(\\d+)件`,
);
const noCases =
  /(?:无|没有|未(?:发生|收到|出现|产生|有))(?:因|由)?(?:政府)?信息公开[^，,。；\d]{0,12}?(行政复议|行政诉讼)(?:[、和及与或](行政诉讼))?/;
const someCases = (kind: string) =>
  new RegExp(`(?:政府)?信息公开[^，,。；\\d]{0,20}?${kind}(?:案件)?(?:共)?(\\d+)(?:件|起)`);

function applicationsIn(s: string): StatedFigure[] {
  const none = noApplications.exec(s);
  if (none && !notAnApplication.test(none[1] ?? ''))
    return [{ quantity: 'applications', value: 0, phrase: none[0], sentence: s }];
  const some = someApplications.exec(s);
  if (!some || notAnApplication.test(some[1] ?? '')) return [];
  const who = some[1] ?? '';
  // "收到 1 名自然人申请…" counts natural persons only; other applicant words would need their own column.
  if (/法人|企业|组织|机构/.test(who)) return [];
  const quantity = who.includes('自然人') ? 'applicationsNatural' : 'applications';
  return [{ quantity, value: Number(some[2]), phrase: some[0], sentence: s }];
}

function casesIn(s: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  const none = noCases.exec(s);
  const zero = new Set([none?.[1], none?.[2]]);
  for (const [kind, quantity] of [
    ['行政复议', 'reconsideration'],
    ['行政诉讼', 'litigation'],
  ] as const) {
    const some = someCases(kind).exec(s);
    if (some) out.push({ quantity, value: Number(some[1]), phrase: some[0], sentence: s });
    else if (none && zero.has(kind)) out.push({ quantity, value: 0, phrase: none[0], sentence: s });
  }
  return out;
}

/** Every figure the body states about the table quantities, for the report's own year only. */
export function statedFigures(body: string, year: number): StatedFigure[] {
  return sentences(body).flatMap((s) => {
    const years = [...s.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    if (years.some((y) => y !== year) || otherTime.test(s)) return [];
    return [...applicationsIn(s), ...casesIn(s)];
  });
}
