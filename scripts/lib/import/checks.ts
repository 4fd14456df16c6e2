/**
 * After an import: the report file is validated with the same schema the site uses, then the
 * project's checks (src/checks) run on it, with the agency's previous year as context if present.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkReport, type Finding, type RuleInput } from '../../../src/checks/index.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { splitFrontmatter } from '../content.ts';
import type { Imported } from './importReport.ts';

/** The report file as the site will read it, or the schema's complaints. */
export function validateReportFile(id: string, text: string): { entry?: RuleInput; issues: string[] } {
  const { frontmatter, body } = splitFrontmatter(text);
  const parsed = reportSchema.safeParse(frontmatter);
  if (!parsed.success) return { issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { entry: { id, data: parsed.data, body }, issues: [] };
}

async function previousYear(
  contentDir: string,
  agency: string,
  year: number,
): Promise<RuleInput | undefined> {
  const id = `${agency}/${year - 1}`;
  const text = await readFile(join(contentDir, 'reports', `${id}.md`), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : validateReportFile(id, text).entry;
}

const describe = (f: Finding) =>
  `${f.status === 'unchecked' ? 'unchecked' : f.severity} ${f.rule}: ${f.message}${f.details ? ` (${f.details})` : ''}`;

/** The checks' findings for an imported report, one line each. */
export async function runChecks(imported: Imported, contentDir: string): Promise<string[]> {
  const { report, text } = imported;
  if (!report || text === undefined) return [];
  const id = `${report.agency}/${report.year}`;
  const { entry, issues } = validateReportFile(id, text);
  if (!entry) return issues.map((i) => `schema: ${i}`);
  const previous = await previousYear(contentDir, report.agency, report.year);
  const agencyName = imported.agency?.data.name;
  return checkReport(entry, { ...(previous ? { previous } : {}), ...(agencyName ? { agencyName } : {}) }).map(
    describe,
  );
}
