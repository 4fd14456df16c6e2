import { checkAll, type Finding, type Summary, summarize } from '../../../src/checks/index.ts';
import type { ContentError } from '../content.ts';
import { checkContent } from '../contentProblems.ts';

export interface CheckedReport {
  id: string;
  /** Relative to the content folder, e.g. reports/640302-sifaju/2023.md. */
  file: string;
  findings: Finding[];
}

export interface CheckRun {
  contentDir: string;
  /** Every valid report, sorted by id, with its findings (clean ones with none). */
  reports: CheckedReport[];
  schemaErrors: ContentError[];
  summary: Summary & { reports: number; schemaErrors: number };
}

/** Loads and validates `contentDir`, then runs every rule over the reports that loaded. */
export async function runCheck(contentDir: string): Promise<CheckRun> {
  // Everything the build would refuse: unreadable or invalid files, misfiled reports, bad originals.
  const { agencies, reports, problems: errors } = await checkContent(contentDir);
  const findings = checkAll(reports, agencies);
  const files = new Map(reports.map((r) => [r.id, r.file]));
  const checked = Object.entries(findings).map(([id, list]) => ({
    id,
    file: files.get(id) ?? '',
    findings: list,
  }));
  const invalidReports = new Set(errors.filter((e) => e.file.startsWith('reports')).map((e) => e.file));
  return {
    contentDir,
    reports: checked,
    schemaErrors: errors,
    summary: {
      reports: reports.length + invalidReports.size,
      schemaErrors: errors.length,
      ...summarize(checked.flatMap((r) => r.findings)),
    },
  };
}

/** 1 on schema errors, and with `strict` on any finding at all; else 0. */
export function exitCode(run: CheckRun, strict: boolean): number {
  if (run.summary.schemaErrors > 0) return 1;
  return strict && run.summary.findings > 0 ? 1 : 0;
}
