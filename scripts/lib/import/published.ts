/**
 * When a report was published, when its source says so: a web page's publication meta tag
 * (PubDate, article:published_time …) or a labelled line before the report's first part
 * (发布时间：2024-01-19 10:20, 发布日期：2021年3月30日). A report's own signing date is not its
 * publication, and a date in a sentence is not a label: neither is taken. A date that cannot be
 * the publication of that year's report (before the year ended, or after the import) is a warning.
 */
import { problem } from './problems.ts';
import type { Problem } from './types.ts';

/** `2024-01-19`, `2024/1/19`, `2024.01.19` or `2024年1月19日`, optionally followed by a time. */
const dateText = /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;

/** The words that label a publication date on a government page. */
const label = /(?:发布|公开|发稿|发表)(?:时间|日期)\s*[:：]\s*/;

/** Meta tags (name or property, lower-cased) that government CMSs and others use for publication. */
export const publishedMetaNames: ReadonlySet<string> = new Set([
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'publish-date',
  'firstpublishedtime',
  'article:published_time',
  'dc.date',
  'dc.date.issued',
  'dcterms.issued',
  'datepublished',
]);

/** An ISO date (YYYY-MM-DD) from a date as printed, or undefined when it is not a calendar date. */
export function isoDate(text: string): string | undefined {
  const m = dateText.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date a line labels as its publication (发布时间：…), if it does. Long lines are prose, not labels. */
export function labelledDate(line: string): string | undefined {
  if (line.length > 160) return undefined;
  const m = label.exec(line);
  return m ? isoDate(line.slice(m.index + m[0].length)) : undefined;
}

export interface Published {
  date: string;
  /** What it was read from, for the message. */
  from: string;
}

/**
 * The publication date to keep for a report of `year` imported on `importedOn` (YYYY-MM-DD), or a
 * warning why the one the source gives is not kept.
 */
export function plausiblePublished(
  found: Published | undefined,
  year: number,
  importedOn: string,
): { date?: string; problems: Problem[] } {
  if (!found) return { problems: [] };
  if (found.date < `${year + 1}-01-01` || found.date > importedOn)
    return {
      problems: [
        problem(
          'warning',
          'published-dropped',
          `${found.from} gives ${found.date} as the publication date, which cannot be when the ${year} report was published (after ${year} ended, by ${importedOn}): not kept`,
        ),
      ],
    };
  return { date: found.date, problems: [] };
}
