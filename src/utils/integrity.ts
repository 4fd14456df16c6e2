import type { AgencyLike, ReportLike } from './collections.ts';
import { parseReportId } from './urls.ts';

/** A content error the schema alone cannot see: references and file placement. */
export interface IntegrityError {
  file: string;
  field: string;
  message: string;
}

/**
 * Checks that every report names a known agency and sits at `reports/<agency>/<year>.md`
 * matching its own `agency` and `year` fields (the URL is derived from the path).
 */
export function crossCheckEntries(
  agencies: readonly AgencyLike[],
  reports: readonly (ReportLike & { filePath?: string })[],
): IntegrityError[] {
  const known = new Set(agencies.map((a) => a.id));
  const errors: IntegrityError[] = [];
  for (const r of reports) {
    const file = r.filePath ?? `content/reports/${r.id}.md`;
    if (!known.has(r.data.agency)) {
      errors.push({
        file,
        field: 'agency',
        message: `unknown agency "${r.data.agency}": there is no content/agencies/${r.data.agency}.yaml`,
      });
    }
    const { agencyId, year } = parseReportId(r.id);
    if (agencyId !== r.data.agency) {
      errors.push({
        file,
        field: 'agency',
        message: `is "${r.data.agency}" but the file is in reports/${agencyId}/`,
      });
    }
    if (year !== r.data.year) {
      errors.push({ file, field: 'year', message: `is ${r.data.year} but the file is named ${year}.md` });
    }
  }
  // Two files for one agency's year: which is the report cannot be told, so neither is published.
  const byYear = new Map<string, string[]>();
  for (const r of reports) {
    const key = `${r.data.agency}/${r.data.year}`;
    byYear.set(key, [...(byYear.get(key) ?? []), r.filePath ?? `content/reports/${r.id}.md`]);
  }
  for (const [key, files] of byYear)
    if (files.length > 1)
      for (const file of files)
        errors.push({
          file,
          field: 'year',
          message: `is the report of ${key}, as is ${files.filter((f) => f !== file).join(', ')}: one report per agency and year`,
        });
  return errors;
}

export function formatIntegrityErrors(errors: readonly IntegrityError[]): string {
  return errors.map((e) => `${e.file}: field "${e.field}" ${e.message}`).join('\n');
}
