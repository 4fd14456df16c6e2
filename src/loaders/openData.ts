/** The open-data records of every report, from loadSite(), in a stable order. */
import { type ReportRecord, reportRecord, sortRecords } from '../utils/opendata/records.ts';
import { loadSite } from './site.ts';

export async function loadRecords(): Promise<ReportRecord[]> {
  const site = await loadSite();
  return sortRecords(site.reports.map((r) => reportRecord(r, site.agency(r.data.agency))));
}
