/**
 * Provinces as the unit of the detail pages (数据质量, 统计): their number is fixed (31 or so),
 * so a summary with one row per province stays small however many reports the site holds.
 */
import type { AgencyLike, ReportLike } from './collections.ts';

export interface Province {
  /** Six-digit code of the province (e.g. 640000): the slug of its pages, plain ASCII in any URL. */
  code: string;
  /** e.g. 宁夏回族自治区. */
  name: string;
  /** Its agencies' ids, by agency name in Chinese collation. */
  agencyIds: string[];
}

/** The province's code from any agency's region code: its first two digits name the province. */
export function provinceCode(regionCode: string): string {
  return `${regionCode.slice(0, 2)}0000`;
}

/** The provinces that have agencies, in Chinese collation of their names. */
export function provincesOf(agencies: readonly AgencyLike[]): Province[] {
  const collator = new Intl.Collator('zh-CN');
  const byCode = new Map<string, { name: string; agencies: AgencyLike[] }>();
  for (const a of agencies) {
    const code = provinceCode(a.data.region.code);
    const seen = byCode.get(code);
    // One code, one name: otherwise two provinces would share a page address.
    if (seen && seen.name !== a.data.region.province)
      throw new Error(
        `agency ${a.id}: province ${a.data.region.province} has the code of ${seen.name} (${code})`,
      );
    if (seen) seen.agencies.push(a);
    else byCode.set(code, { name: a.data.region.province, agencies: [a] });
  }
  return [...byCode]
    .map(([code, { name, agencies: list }]) => ({
      code,
      name,
      agencyIds: list.sort((x, y) => collator.compare(x.data.name, y.data.name)).map((a) => a.id),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Reports bucketed by their agency's province code, in one pass; every province present. */
export function reportsByProvince<R extends ReportLike>(
  reports: readonly R[],
  provinces: readonly Province[],
): Map<string, R[]> {
  const codeOf = new Map(provinces.flatMap((p) => p.agencyIds.map((id) => [id, p.code] as const)));
  const out = new Map(provinces.map((p) => [p.code, [] as R[]]));
  for (const r of reports) {
    const code = codeOf.get(r.data.agency);
    if (code !== undefined) out.get(code)?.push(r);
  }
  return out;
}
