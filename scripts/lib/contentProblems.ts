/**
 * Every problem of a content folder that stops a build, as `npm run check` and the build's content
 * gate (src/integrations/contentGate.ts) both report them: files that cannot be read or do not match
 * their schema, reports misfiled, unknown or twice, and originals missing, outside
 * content/sources/ or changed.
 */
import { crossCheckEntries } from '../../src/utils/integrity.ts';
import { type AgencyEntry, type ContentError, loadContent, type ReportEntry } from './content.ts';
import { checkSources } from './sourceIntegrity.ts';

export interface CheckedContent {
  agencies: AgencyEntry[];
  reports: ReportEntry[];
  problems: ContentError[];
}

/** The problems of `dir`, or with `region` (division-code prefixes) of that region's files only. */
export async function checkContent(dir: string, region?: readonly string[]): Promise<CheckedContent> {
  const { agencies, reports, errors } = await loadContent(dir, region);
  // An agency whose file is broken is reported there, not again as "unknown" by each of its reports.
  const broken = new Set(
    errors
      .filter((e) => e.file.startsWith('agencies/'))
      .map((e) => e.file.replace(/^agencies\/|\.yaml$/g, '')),
  );
  const crossed = crossCheckEntries(
    agencies,
    reports.map((r) => ({ ...r, filePath: r.file })),
  ).filter(
    (e) =>
      !(e.field === 'agency' && [...broken].some((id) => e.message.startsWith(`unknown agency "${id}"`))),
  );
  return { agencies, reports, problems: [...errors, ...crossed, ...(await checkSources(dir, reports))] };
}

/** `content/reports/x/2023.md:4: table3.newReceived.total: a count cannot be negative`. */
export const problemLine = (dir: string, p: ContentError) =>
  `${dir.replace(/\/$/, '')}/${p.file}${p.line ? `:${p.line}` : ''}: ${p.field || '(file)'}: ${p.message}`;
