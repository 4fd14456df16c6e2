/**
 * The one place pages read content: both collections loaded once per build, checked for
 * references, and indexed, so no page rescans a collection.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { checkAll } from '../checks/index.ts';
import { agenciesByRegion, reportsByAgency, reportsByYear } from '../utils/collections.ts';
import { crossCheckEntries, formatIntegrityErrors } from '../utils/integrity.ts';
import { reportDataOf } from '../utils/unread.ts';

export type AgencyEntry = CollectionEntry<'agencies'>;
export type ReportEntry = CollectionEntry<'reports'>;

async function buildSite() {
  const agencies = await getCollection('agencies');
  // By id (agency, then year), not in the order files were found: the same every build, and the
  // order of the open-data records, so the routes over reports list them alike (utils/renderOrder.ts).
  const reports = (await getCollection('reports')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const errors = crossCheckEntries(agencies, reports);
  if (errors.length > 0) throw new Error(`Invalid content:\n${formatIntegrityErrors(errors)}`);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const agency = (id: string) => agencyById.get(id) as AgencyEntry;
  const byAgency = reportsByAgency(reports);
  const byYear = reportsByYear(reports, (id) => agency(id).data.shortName);
  // Findings never stop the build: they are published beside the numbers they concern.
  const findings = checkAll(
    reports.map((r) => ({ id: r.id, data: r.data, body: r.body ?? '' })),
    agencies,
  );
  return {
    agencies,
    reports,
    agency,
    byAgency,
    /** A report's data by its id (how findings tell a blank cell from an unread one). */
    dataOf: reportDataOf(byAgency),
    byYear,
    years: [...byYear.keys()],
    regions: agenciesByRegion(agencies),
    /** Findings of the checks, by report id (every report present, clean ones with none). */
    findings,
  };
}

export type Site = Awaited<ReturnType<typeof buildSite>>;

let site: Promise<Site> | undefined;

/** All content, loaded and indexed once per build. */
export function loadSite(): Promise<Site> {
  site ??= buildSite();
  return site;
}

/** A report's page parameters under agencies/[agency]/[year]/ (the report, its source view, its changes). */
export function reportParams(report: ReportEntry): { agency: string; year: string } {
  return { agency: report.data.agency, year: String(report.data.year) };
}

/** One page per report, the report as its prop: getStaticPaths of the report and source-view pages. */
export async function reportPages() {
  const site = await loadSite();
  return site.reports.map((report) => ({ params: reportParams(report), props: { report } }));
}
