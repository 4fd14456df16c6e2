/** The region tree of this build's agencies, made once per build for the region pages and the agencies index. */
import { type RegionTree, regionTree } from '../utils/regions.ts';
import { loadSite } from './site.ts';

export interface Regions {
  tree: RegionTree;
  /** The years an agency has a report for, newest first. */
  yearsOf: (agencyId: string) => readonly number[];
}

let regions: Promise<Regions> | undefined;

async function build(): Promise<Regions> {
  const site = await loadSite();
  const years = new Map([...site.byAgency].map(([id, list]) => [id, list.map((r) => r.data.year)]));
  return { tree: regionTree(site.agencies), yearsOf: (id) => years.get(id) ?? [] };
}

export function loadRegions(): Promise<Regions> {
  regions ??= build();
  return regions;
}
