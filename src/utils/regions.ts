/**
 * The places that have agencies, as a tree of 省级 (province), 地级 (city) and 县级 (county)
 * regions, each with a six-digit division code that is the slug of its page (regions/<code>/).
 * Built from the agencies' own `region` fields: a county agency's city is the prefecture its code
 * names (first four digits), and a county with no city (a district of a municipality, a county
 * directly under a province) hangs from its province.
 */
import type { Region as AgencyRegion } from '../schemas/agency.ts';
import type { AgencyLike } from './collections.ts';

export type RegionLevel = 'province' | 'city' | 'county';

/** How a level is named on the site. */
export const levelNames: Readonly<Record<RegionLevel, string>> = {
  province: '省级',
  city: '地级',
  county: '县级',
};

/** One place in the chain of an agency's region. */
export interface Place {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface RegionNode extends Place {
  /** The enclosing region's code; none for a province. */
  parent?: string;
  /** The enclosing regions from the province down, this one excluded. */
  ancestors: Place[];
  /** The regions directly below, by code, in Chinese collation of their names. */
  children: string[];
  /** Agencies seated here (their own region is this one), by name in Chinese collation. */
  ownAgencyIds: string[];
  /** Agencies here and in every region below, by name in Chinese collation. */
  agencyIds: string[];
}

export interface RegionTree {
  byCode: ReadonlyMap<string, RegionNode>;
  /** Province codes, in Chinese collation of their names. */
  provinces: string[];
  /** Every region, each followed by the regions below it (province, its cities and their counties). */
  all: RegionNode[];
}

/** The chain of places an agency's region names, from the province down to the agency's seat. */
export function placesOf(region: AgencyRegion): Place[] {
  const places: Place[] = [
    { code: `${region.code.slice(0, 2)}0000`, name: region.province, level: 'province' },
  ];
  if (region.city)
    places.push({
      code: region.county ? `${region.code.slice(0, 4)}00` : region.code,
      name: region.city,
      level: 'city',
    });
  if (region.county) places.push({ code: region.code, name: region.county, level: 'county' });
  return places;
}

/** The region an agency sits in: the last of its places. */
export function seatOf(region: AgencyRegion): Place {
  return placesOf(region).at(-1) as Place;
}

/** The full name of a region, e.g. 宁夏回族自治区吴忠市利通区. */
export function fullName(node: Pick<RegionNode, 'name' | 'ancestors'>): string {
  return [...node.ancestors.map((a) => a.name), node.name].join('');
}

/**
 * The region tree of the given agencies. Two names for one code (or one code at two levels) would
 * put two places on one page: that is a content error and throws, naming the agency.
 */
export function regionTree(agencies: readonly AgencyLike[]): RegionTree {
  const collator = new Intl.Collator('zh-CN');
  const nameOf = new Map(agencies.map((a) => [a.id, a.data.name]));
  const byName = (x: string, y: string) => collator.compare(nameOf.get(x) ?? x, nameOf.get(y) ?? y);
  const byCode = new Map<string, RegionNode>();
  for (const a of agencies) {
    const places = placesOf(a.data.region);
    places.forEach((place, i) => {
      let node = byCode.get(place.code);
      if (node && (node.name !== place.name || node.level !== place.level))
        throw new Error(
          `agency ${a.id}: ${levelNames[place.level]}地区 ${place.name} has the code ${place.code} of ${levelNames[node.level]}地区 ${node.name}`,
        );
      const parent = places[i - 1];
      if (node && node.parent !== parent?.code)
        throw new Error(
          `agency ${a.id}: ${place.name} (${place.code}) lies under ${parent?.name ?? 'no region'} here and under another region elsewhere`,
        );
      if (!node) {
        node = {
          ...place,
          ...(parent ? { parent: parent.code } : {}),
          ancestors: places.slice(0, i),
          children: [],
          ownAgencyIds: [],
          agencyIds: [],
        };
        byCode.set(place.code, node);
        if (parent) byCode.get(parent.code)?.children.push(place.code);
      }
      node.agencyIds.push(a.id);
      if (i === places.length - 1) node.ownAgencyIds.push(a.id);
    });
  }
  const nameOfRegion = (code: string) => byCode.get(code)?.name ?? code;
  const byRegionName = (x: string, y: string) =>
    collator.compare(nameOfRegion(x), nameOfRegion(y)) || (x < y ? -1 : 1);
  for (const node of byCode.values()) {
    node.children.sort(byRegionName);
    node.ownAgencyIds.sort(byName);
    node.agencyIds.sort(byName);
  }
  const provinces = [...byCode.values()]
    .filter((n) => n.level === 'province')
    .map((n) => n.code)
    .sort(byRegionName);
  const all: RegionNode[] = [];
  const walk = (code: string) => {
    const node = byCode.get(code) as RegionNode;
    all.push(node);
    for (const child of node.children) walk(child);
  };
  for (const p of provinces) walk(p);
  return { byCode, provinces, all };
}

export interface YearCoverage {
  year: number;
  /** The region's agencies with a report for the year, and those without, in the order given. */
  with: string[];
  without: string[];
}

/**
 * For each year in which any of the agencies has a report (or each of `years`, when given: a
 * sub-region's columns line up with its parent's), which agencies have one and which do not.
 */
export function coverageOf(
  agencyIds: readonly string[],
  yearsOf: (agencyId: string) => readonly number[],
  years?: readonly number[],
): YearCoverage[] {
  const has = new Map(agencyIds.map((id) => [id, new Set(yearsOf(id))]));
  const columns = years ?? [...new Set([...has.values()].flatMap((s) => [...s]))].sort((a, b) => a - b);
  return columns.map((year) => ({
    year,
    with: agencyIds.filter((id) => has.get(id)?.has(year)),
    without: agencyIds.filter((id) => !has.get(id)?.has(year)),
  }));
}

/** The years of a coverage in which some agencies have a report and others do not: the gaps. */
export function gapsOf(coverage: readonly YearCoverage[]): YearCoverage[] {
  return coverage.filter((c) => c.with.length > 0 && c.without.length > 0);
}

/**
 * The region and the regions below it (at any depth) that have agencies of their own, in tree order
 * (a region, then each of its children and theirs): the groups an agency list is shown in.
 */
export function seatsOf(tree: RegionTree, code: string): RegionNode[] {
  const out: RegionNode[] = [];
  const walk = (n: RegionNode | undefined) => {
    if (!n) return;
    if (n.ownAgencyIds.length > 0) out.push(n);
    for (const c of n.children) walk(tree.byCode.get(c));
  };
  walk(tree.byCode.get(code));
  return out;
}

/** What a region's page shows, worked out once per region. */
export interface RegionView {
  node: RegionNode;
  parent?: RegionNode;
  /** Every agency of the region (here and below) by year, for each year any of them reported. */
  coverage: YearCoverage[];
  /** The agencies seated here, by the same years. */
  own: YearCoverage[];
  /** Each region directly below, with its agencies by the same years. */
  children: { node: RegionNode; coverage: YearCoverage[] }[];
  /** The regions below (at any depth) that have agencies of their own, in tree order. */
  seats: RegionNode[];
  /** How many reports the region's agencies have. */
  reports: number;
}

/** The page of one region of the tree; `yearsOf` gives the years an agency has a report for. */
export function regionView(
  tree: RegionTree,
  code: string,
  yearsOf: (agencyId: string) => readonly number[],
): RegionView {
  const node = tree.byCode.get(code);
  if (!node) throw new Error(`no region ${code}`);
  const coverage = coverageOf(node.agencyIds, yearsOf);
  const years = coverage.map((c) => c.year);
  const seats = seatsOf(tree, code).filter((s) => s !== node);
  const parent = node.parent ? tree.byCode.get(node.parent) : undefined;
  return {
    node,
    ...(parent ? { parent } : {}),
    coverage,
    own: coverageOf(node.ownAgencyIds, yearsOf, years),
    children: node.children.map((c) => {
      const child = tree.byCode.get(c) as RegionNode;
      return { node: child, coverage: coverageOf(child.agencyIds, yearsOf, years) };
    }),
    seats,
    reports: node.agencyIds.reduce((n, id) => n + yearsOf(id).length, 0),
  };
}
