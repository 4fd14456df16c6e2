/**
 * Where rankings are made: the whole site, and every province, city and county that has agencies,
 * each by its six-digit division code. A county agency sits in its county, its city (when it has one:
 * districts of the four municipalities have none) and its province; a city agency in its city and
 * province; a provincial agency in its province alone.
 */
import type { Agency } from '../../schemas/agency.ts';
import type { AgencyLike } from '../collections.ts';
import { provinceCode } from '../provinces.ts';

export type RegionLevel = 'province' | 'city' | 'county';

export interface RankingRegion {
  /** Six-digit division code: the address of its rankings (rankings/<code>/). */
  code: string;
  /** Its own name, e.g. 淮安市. */
  name: string;
  /** With the regions above it, as the region pages name it, e.g. 江苏省淮安市. */
  fullName: string;
  level: RegionLevel;
  /** The region directly above, if any. */
  parent?: string;
  /** The regions directly below, by name in Chinese collation. */
  children: string[];
  /** Every agency in it or below it, by id. */
  agencyIds: string[];
}

interface Link {
  code: string;
  name: string;
  level: RegionLevel;
}

/** The regions an agency sits in, province first. */
export function regionChain(agency: Agency): Link[] {
  const { province, city, county, code } = agency.region;
  const chain: Link[] = [{ code: provinceCode(code), name: province, level: 'province' }];
  if (city) {
    // As the region pages have it (src/utils/regions.ts): a county's city is the prefecture its code names.
    const cityCode = county ? `${code.slice(0, 4)}00` : code;
    if (cityCode !== chain[0]?.code) chain.push({ code: cityCode, name: city, level: 'city' });
  }
  if (county && !chain.some((l) => l.code === code)) chain.push({ code, name: county, level: 'county' });
  return chain;
}

const collator = new Intl.Collator('zh-CN');

/** Every region that has agencies, by code; provinces first in Chinese collation, each followed by the regions in it. */
export function rankingRegions(agencies: readonly AgencyLike[]): Map<string, RankingRegion> {
  const found = new Map<string, RankingRegion>();
  for (const a of [...agencies].sort((x, y) => x.id.localeCompare(y.id))) {
    const chain = regionChain(a.data);
    chain.forEach((link, i) => {
      let region = found.get(link.code);
      if (!region) {
        const parent = chain[i - 1]?.code;
        region = {
          code: link.code,
          name: link.name,
          fullName: chain
            .slice(0, i + 1)
            .map((l) => l.name)
            .join(''),
          level: link.level,
          ...(parent ? { parent } : {}),
          children: [],
          agencyIds: [],
        };
        found.set(link.code, region);
        if (parent) found.get(parent)?.children.push(link.code);
      }
      region.agencyIds.push(a.id);
    });
  }
  const byName = (a: string, b: string) =>
    collator.compare(found.get(a)?.name ?? a, found.get(b)?.name ?? b) || a.localeCompare(b);
  for (const r of found.values()) r.children.sort(byName);
  const ordered = new Map<string, RankingRegion>();
  const visit = (code: string) => {
    const r = found.get(code);
    if (!r) return;
    ordered.set(code, r);
    for (const c of r.children) visit(c);
  };
  for (const code of [...found.values()]
    .filter((r) => !r.parent)
    .map((r) => r.code)
    .sort(byName))
    visit(code);
  return ordered;
}

/** Where an agency is, below the region being ranked (the whole site when none): 淮安市 洪泽区, or '' at its own level. */
export function placeWithin(agency: Agency, region?: string): string {
  const chain = regionChain(agency);
  const at = region ? chain.findIndex((l) => l.code === region) : -1;
  return chain
    .slice(at + 1)
    .map((l) => l.name)
    .join(' ');
}
