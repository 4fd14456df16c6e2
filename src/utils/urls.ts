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
  /** 报告数据有误？: how to check a number against the original and whom to tell. */
  corrections: () => 'corrections/',
  source: (file: string) => `${file}`,
  /** A report's original as text with numbered lines (原文对照): `#L12`, or a PDF's `#p3` and `#p3-L12`. */
  sourceView: (agencyId: string, year: number) => `agencies/${agencyId}/${year}/source/`,
  /** What changed in a report since the agency's report for the year before (与上年对比). */
  changes: (agencyId: string, year: number) => `agencies/${agencyId}/${year}/changes/`,
  /** Rankings of agencies by a measure: the whole site, or one region (six-digit code). */
  rankings: (region?: string) => (region ? `rankings/${region}/` : 'rankings/'),
  /** What each ranking measure counts (口径). */
  measures: () => 'rankings/measures/',
  /** One year's rankings: the whole site's (each measure's top) or one region's (every agency). */
  rankingsYear: (year: number, region?: string) =>
    region ? `rankings/${region}/${year}/` : `rankings/${year}/`,
  /** One measure of a region's year, on a page of its own when the year has too many agencies for one. */
  rankingsMeasure: (region: string, year: number, measure: string) =>
    `rankings/${region}/${year}/${measure}/`,
  /** One year's rankings of every agency, as CSV. */
  rankingsCsv: (year: number) => `rankings/${year}.csv`,
  /** The regions that have agencies, and one region's page (province, city or county, six-digit code). */
  regions: () => 'regions/',
  region: (code: string) => `regions/${code}/`,
};

/** The routes that need no parameters: the site's sections, which any page may link to. */
export type SectionRoute = {
  [K in keyof typeof paths]: [] extends Parameters<(typeof paths)[K]> ? K : never;
}[keyof typeof paths];

/** A link to a section of the site as every page shows it: the route and the link's words. */
export interface SectionLink {
  readonly route: SectionRoute;
  readonly label: string;
}

/** The header's navigation, in order: the sections a reader moves between. */
export const headerSections = [
  { route: 'home', label: '首页' },
  { route: 'agencies', label: '机关' },
  { route: 'years', label: '年度' },
  { route: 'stats', label: '统计' },
  { route: 'openData', label: '数据下载' },
  { route: 'quality', label: '数据质量' },
] as const satisfies readonly SectionLink[];

/** The footer's links, in order (the RSS feed, a file rather than a page, follows them). */
export const footerSections = [
  { route: 'rankings', label: '机关排名' },
  { route: 'regions', label: '按地区浏览' },
  { route: 'glossary', label: '术语解释' },
  { route: 'corrections', label: '报告数据有误？' },
  { route: 'accessibility', label: '无障碍声明' },
] as const satisfies readonly SectionLink[];

/** Splits a report id `<agency id>/<year>` into its parts. */
export function parseReportId(id: string): { agencyId: string; year: number } {
  const match = /^([a-z0-9-]+)\/(\d{4})$/.exec(id);
  if (!match) throw new Error(`report id "${id}" is not of the form <agency id>/<year>`);
  return { agencyId: match[1] as string, year: Number(match[2]) };
}
