/** The agency name, the year and the form a report follows, from its title and preamble. */
import { squeezeHanSpaces } from './normalize.ts';
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

export interface Meta {
  /** The title as printed, extraction spaces removed. */
  title: string;
  agencyName?: string;
  year?: number;
  format?: '2021';
}

const yearIn = (s: string) => /((?:19|20)\d{2})\s*年/.exec(s);

/** Reads the agency, year and format; `options` (from the command line) override what is read. */
export function detectMeta(
  rawTitle: string,
  preamble: string,
  options: { agencyName?: string; year?: number },
): { meta: Meta; problems: Problem[] } {
  const problems: Problem[] = [];
  const title = squeezeHanSpaces(rawTitle);
  const meta: Meta = { title };
  const m = /^(.*?)(?:关于)?((?:19|20)\d{2})年度?/.exec(title);
  const printedName = m?.[1]?.replace(/关于$/, '').trim();
  meta.agencyName = options.agencyName ?? (printedName || undefined);
  if (!meta.agencyName)
    problems.push(
      problem(
        'error',
        'no-agency',
        `the title “${title}” does not name the agency before the year; pass --agency`,
      ),
    );

  const titleYear = m?.[2] ? Number(m[2]) : undefined;
  const period = /统计期限|统计时限|统计期|数据统计|统计数据/.test(preamble)
    ? yearIn(preamble.slice(preamble.search(/统计/)))
    : null;
  const periodYear = period?.[1] ? Number(period[1]) : undefined;
  meta.year = options.year ?? titleYear ?? periodYear;
  if (meta.year === undefined)
    problems.push(problem('error', 'no-year', `the title “${title}” names no year; pass --year`));
  else if (options.year === undefined && titleYear === undefined)
    problems.push(
      problem(
        'warning',
        'year-from-preamble',
        `the title names no year; took ${meta.year} from the statistics period`,
      ),
    );
  else if (options.year === undefined && periodYear !== undefined && periodYear !== titleYear)
    problems.push(
      problem(
        'warning',
        'year-mismatch',
        `the title says ${titleYear} but the statistics period starts in ${periodYear}`,
      ),
    );

  const text = `${title}${preamble}`;
  const says2019 = /(?:〔|\[|【)?2019(?:〕|\]|】)\s*60\s*号/.test(text);
  if (meta.year !== undefined && (meta.year < 2021 || (says2019 && !/2021.{0,3}30\s*号/.test(text)))) {
    problems.push(
      problem(
        'error',
        'format-2019',
        `a report for ${meta.year} follows the 2019 form (国办公开办函〔2019〕60号); only the 2021 form can be imported yet`,
      ),
    );
  } else if (meta.year !== undefined) meta.format = '2021';
  return { meta, problems };
}
