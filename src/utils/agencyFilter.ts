/**
 * The agencies index's filter, without the DOM: what the URL asks for (?region=<code>&kind=<kind>),
 * whether a group of agencies lies in the chosen region, and the chain of selects a region sets.
 */

export interface AgencyFilter {
  /** A province's, city's or county's six-digit code; '' for every region. */
  region: string;
  /** An agency kind (机关类型) such as 司法局; '' for every kind. */
  kind: string;
}

/** The filter a query string asks for; anything that is not a six-digit code is no region. */
export function readAgencyFilter(search: string): AgencyFilter {
  const params = new URLSearchParams(search);
  const region = params.get('region') ?? '';
  return { region: /^\d{6}$/.test(region) ? region : '', kind: (params.get('kind') ?? '').trim() };
}

/** The query string of a filter: empty when it asks for everything, so the page's plain address stays. */
export function agencyFilterQuery(filter: AgencyFilter): string {
  const params = new URLSearchParams();
  if (filter.region) params.set('region', filter.region);
  if (filter.kind) params.set('kind', filter.kind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a group whose chain of region codes (province first, space-separated) lies in `region`. */
export function inRegion(chain: string, region: string): boolean {
  return region === '' || chain.split(' ').includes(region);
}

/** The codes from the province down to `code`, by each region's parent; [] for a code not known. */
export function chainOf(
  code: string,
  parentOf: (code: string) => string | undefined,
  known: (code: string) => boolean,
): string[] {
  if (!known(code)) return [];
  const out = [code];
  for (let p = parentOf(code); p !== undefined && out.length < 3; p = parentOf(p)) out.unshift(p);
  return out;
}
