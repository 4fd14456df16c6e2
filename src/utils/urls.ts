/**
 * Every internal address of the site, built from the deployment base (e.g. `/` or `/touming/`),
 * so that the same build works at a domain root or under any sub-path.
 */
export function joinBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => '',
  agencies: () => 'agencies/',
  agency: (agencyId: string) => `agencies/${agencyId}/`,
  report: (agencyId: string, year: number) => `agencies/${agencyId}/${year}/`,
  years: () => 'years/',
  quality: () => 'quality/',
  /** One province's findings; the code is the province's six-digit code, e.g. 640000. */
  qualityProvince: (code: string) => `quality/${code}/`,
  year: (year: number) => `years/${year}/`,
  stats: () => 'stats/',
  statsProvince: (code: string) => `stats/${code}/`,
  compare: (a?: string, b?: string) => (a && b ? `compare/?a=${a}&b=${b}` : 'compare/'),
  openData: () => 'data/',
  accessibility: () => 'accessibility/',
  /** 术语解释; a term's explanation is at `#term-<key>`. */
  glossary: () => 'glossary/',
  source: (file: string) => `${file}`,
};

/** Splits a report id `<agency id>/<year>` into its parts. */
export function parseReportId(id: string): { agencyId: string; year: number } {
  const match = /^([a-z0-9-]+)\/(\d{4})$/.exec(id);
  if (!match) throw new Error(`report id "${id}" is not of the form <agency id>/<year>`);
  return { agencyId: match[1] as string, year: Number(match[2]) };
}
