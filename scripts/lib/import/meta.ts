/** The agency name and the year a report covers, from its title and preamble (its form: see format.ts). */
import { squeezeHanSpaces } from './normalize.ts';
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

export interface Meta {
  /** The title as printed, extraction spaces removed. */
  title: string;
  agencyName?: string;
  year?: number;
}

const yearIn = (s: string) => /((?:19|20)\d{2})\s*年/.exec(s);

/** Reads the agency and year; `options` (from the command line) override what is read. */
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

  return { meta, problems };
}
