/**
 * The Markdown body of a report: preamble with the statistics period and contact details, the six
 * parts under their printed headings (tables 二–四 live in the frontmatter), prose drawn from the
 * banks with the agency's own topics and numbers, and the figures the checks read stated as the
 * tables have them (or, for a prose break, wrongly).
 */
import { formatCatalogue, reportParts } from '../../../src/catalogue/index.ts';
import type { Agency } from '../../../src/schemas/agency.ts';
import * as bank from './phrases.ts';
import type { Random } from './random.ts';
import type { Tables } from './tables.ts';

export interface ProseInput {
  agency: Agency;
  topics: readonly string[];
  year: number;
  tables: Tables;
  /** Added to the application count the prose states (a prose break); 0 states it truly. */
  misstate: number;
}

const value = (tables: Tables, table: 'table3' | 'table4', row: string, column = 'total') =>
  tables[table][row]?.[column]?.value ?? 0;

function filler(rng: Random, input: ProseInput) {
  return (template: string) => {
    // Distinct topics within a sentence: 涵盖A、B、C, never A、A.
    const topics = rng.shuffle(input.topics);
    let next = 0;
    return template
      .replaceAll('{机关}', input.agency.shortName)
      .replaceAll('{年}', String(input.year))
      .replace(/\{主题\}/g, () => topics[next++ % topics.length] as string)
      .replace(/\{渠道\}/g, () => rng.pick(bank.channels))
      .replace(/\{数\}/g, () => String(rng.chance(0.2) ? rng.int(100, 5000) : rng.int(1, 99)));
  };
}

/** Paragraphs on two to four areas of the agency's own work. */
function work(rng: Random, fill: (t: string) => string, topics: readonly string[]): string[] {
  return rng.sample(topics, rng.int(2, 4)).map((topic) => {
    const sentences = rng.sample(bank.work, rng.int(2, 4)).map((t) => fill(t.replaceAll('{主题}', topic)));
    return `在${topic}方面，${sentences.join('')}`;
  });
}

/** What part 一 (二) says about applications and reviews: the sentences the checks compare. */
function requests(input: ProseInput): string[] {
  const { tables, year } = input;
  const fresh = value(tables, 'table3', 'newReceived');
  // A wrong figure that happens to equal new plus carried-over applications reads as right: one more.
  const carried = value(tables, 'table3', 'carriedOver');
  const received = fresh + input.misstate + (input.misstate > 0 && input.misstate === carried ? 1 : 0);
  const review = value(tables, 'table4', 'reconsideration');
  const lawsuits =
    value(tables, 'table4', 'litigationDirect') + value(tables, 'table4', 'litigationAfterReconsideration');
  const granted = value(tables, 'table3', 'granted') + value(tables, 'table3', 'partiallyGranted');
  return [
    received === 0
      ? `${year}年，本机关未收到政府信息公开申请。`
      : `${year}年，本机关共收到政府信息公开申请${received}件，其中予以公开和部分公开${granted}件，均在法定期限内答复。`,
    review === 0 && lawsuits === 0
      ? `${year}年，未发生因政府信息公开引起的行政复议、行政诉讼案件。`
      : `${year}年，发生政府信息公开行政复议案件${review}件。因政府信息公开引发行政诉讼案件${lawsuits}件。`,
  ];
}

/** A sub-heading paragraph, as reports print them: （一）主动公开情况。sentence sentence… */
function section(
  rng: Random,
  fill: (t: string) => string,
  n: string,
  title: string,
  sentences: readonly string[],
  count: number,
) {
  return `（${n}）${title}。${rng.sample(sentences, count).map(fill).join('')}`;
}

function numbered(rng: Random, fill: (t: string) => string, items: readonly string[], count: number): string {
  return rng
    .sample(items, count)
    .map((t, i) => `${bank.ordinals[i]}是${fill(t)}。`)
    .join('');
}

/** A part's heading as the form prints it: ## 二、主动公开政府信息情况. */
const heading = (n: number) => {
  const part = reportParts[n - 1];
  return `## ${part?.numeral}、${part?.title}`;
};

export function reportBody(rng: Random, input: ProseInput): string {
  const { agency, year } = input;
  const fill = filler(rng, input);
  const phone = `0${rng.int(100, 999)}-${rng.int(2000000, 8999999)}`;
  const preamble = [
    `根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${formatCatalogue('2021').basis}）要求，${agency.shortName}编制本报告。本报告所列数据统计期限从${year}年1月1日到12月31日。`,
    `本报告电子版可在${agency.website ?? '本机关门户网站'}下载。如对本报告有疑问，请与${agency.shortName}办公室联系（地址：${agency.region.county ?? agency.region.city ?? agency.region.province}${rng.pick(['人民路', '建设路', '解放路', '新华路', '文化路', '中山路'])}${rng.int(1, 300)}号；联系电话：${phone}）。`,
  ];
  const part1 = [
    fill(rng.pick(bank.openings)),
    section(rng, fill, '一', '主动公开情况', bank.proactive, rng.int(3, 6)),
    ...work(rng, fill, input.topics),
    `（二）依申请公开情况。${requests(input).join('')}${rng.sample(bank.onRequest, rng.int(1, 3)).map(fill).join('')}`,
    section(rng, fill, '三', '政府信息管理情况', bank.management, rng.int(2, 4)),
    section(rng, fill, '四', '平台建设情况', bank.platforms, rng.int(2, 4)),
    section(rng, fill, '五', '监督保障情况', bank.oversight, rng.int(2, 4)),
  ];
  const part5 = [
    `（一）主要问题。${numbered(rng, fill, bank.problems, rng.int(2, 4))}`,
    `（二）改进情况。${numbered(rng, fill, bank.improvements, rng.int(2, 5))}`,
  ];
  const part6 = [
    `（一）信息处理费收取情况。依据《政府信息公开信息处理费管理办法》，${year}年${agency.shortName}未收取信息处理费。`,
    `（二）年度工作要点落实情况。${rng.sample(bank.otherMatters, rng.int(1, 3)).map(fill).join('')}`,
  ];
  return [
    preamble.join(''),
    heading(1),
    ...part1,
    heading(2),
    heading(3),
    heading(4),
    heading(5),
    ...part5,
    heading(6),
    ...part6,
  ]
    .join('\n\n')
    .concat('\n');
}
