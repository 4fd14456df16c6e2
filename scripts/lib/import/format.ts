/**
 * Which form a report's tables follow, told from the tables themselves: labels that only one form
 * prints (2019: 本年新制作数量, 上一年项目数量, 政府集中采购 …; 2021: 本年制发件数, 现行有效件数, the three
 * rows under （六）其他处理 …), cross-checked with the year and with the document the report cites.
 */
import { formatCatalogue, type ReportFormat, reportFormats } from '../../../src/catalogue/index.ts';
import { canon } from './normalize.ts';
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

interface Labelled {
  readonly label: string;
  readonly aliases?: readonly string[];
}

const spellings = (items: readonly Labelled[]) => items.flatMap((i) => [i.label, ...(i.aliases ?? [])]);

/** Every label a form prints in tables 二 and 三 (block columns and rows, table 三 rows and headings), canonical. */
function labelsOf(format: ReportFormat): string[] {
  const c = formatCatalogue(format);
  const table2 = c.table2Blocks.flatMap((b) => [...spellings(b.columns), ...spellings(b.rows)]);
  return [...new Set([...table2, ...spellings(c.table3Rows), ...spellings(c.table3Groups)].map(canon))];
}

/**
 * Labels only one form prints: not printed by the other, not part of one of its labels (2019's
 * 处理决定数量 is inside 2021's 本年处理决定数量) and long enough not to turn up by chance.
 */
function distinctive(format: ReportFormat): string[] {
  const other = labelsOf(format === '2021' ? '2019' : '2021');
  return labelsOf(format).filter((l) => [...l].length >= 4 && !other.some((o) => o.includes(l)));
}

const markers = Object.fromEntries(reportFormats.map((f) => [f, distinctive(f)])) as Record<
  ReportFormat,
  string[]
>;

/** The distinctive labels of `format` found in the (canonical) text. */
export function formatMarkers(canonText: string, format: ReportFormat): string[] {
  return markers[format].filter((m) => canonText.includes(m));
}

/** A list of labels for a message, the first three of them. */
const some = (labels: readonly string[]) =>
  labels.length > 3 ? `${labels.slice(0, 3).join('、')} …` : labels.join('、');

export interface FormatFound {
  format?: ReportFormat;
  problems: Problem[];
}

/**
 * The form of a report whose tables 二 and 三 read `tablesText`, for `year`; `cited` is the form of
 * the document its text cites, if any. Refuses when the tables mix both forms evenly.
 */
export function detectFormat(
  tablesText: string,
  year: number | undefined,
  cited?: ReportFormat,
): FormatFound {
  const text = canon(tablesText);
  const hits = { '2021': formatMarkers(text, '2021'), '2019': formatMarkers(text, '2019') };
  const problems: Problem[] = [];
  const byYear: ReportFormat | undefined = year === undefined ? undefined : year <= 2020 ? '2019' : '2021';
  let format: ReportFormat | undefined;
  if (hits['2021'].length === hits['2019'].length) {
    if (hits['2021'].length > 0) {
      problems.push(
        problem(
          'error',
          'format-mixed',
          `the tables print labels of both forms — 2021: ${some(hits['2021'])}; 2019: ${some(hits['2019'])}; cannot tell which form to read them by`,
        ),
      );
      return { problems };
    }
    format = byYear ?? cited;
    if (format)
      problems.push(
        problem(
          'warning',
          'format-from-year',
          `no table label tells the form apart; read as the ${format} form (${formatCatalogue(format).basis}) by the report's ${byYear ? 'year' : 'cited document'}`,
        ),
      );
    return { ...(format ? { format } : {}), problems };
  }
  format = hits['2021'].length > hits['2019'].length ? '2021' : '2019';
  const other = format === '2021' ? '2019' : '2021';
  if (hits[other].length)
    problems.push(
      problem(
        'warning',
        'format-labels',
        `read as the ${format} form (${some(hits[format])}), though the tables also print ${some(hits[other])} of the ${other} form`,
      ),
    );
  if (byYear && byYear !== format)
    problems.push(
      problem(
        'warning',
        'format-year',
        `the tables follow the ${format} form, though a report for ${year} would follow the ${byYear} form; read by its tables`,
      ),
    );
  else if (cited && cited !== format)
    problems.push(
      problem(
        'warning',
        'format-cited',
        `the tables follow the ${format} form, though the report cites the document of the ${cited} form; read by its tables`,
      ),
    );
  return { format, problems };
}

/** The form of the document a report's text cites (〔2019〕60号 or 〔2021〕30号), if exactly one. */
export function citedFormat(text: string): ReportFormat | undefined {
  const says2019 = /(?:〔|\[|【|\()?2019(?:〕|\]|】|\))?\s*60\s*号/.test(text);
  const says2021 = /(?:〔|\[|【|\()?2021(?:〕|\]|】|\))?\s*30\s*号/.test(text);
  if (says2019 === says2021) return undefined;
  return says2019 ? '2019' : '2021';
}
