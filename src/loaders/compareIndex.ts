/** The 对比 page's agencies and their years, from loadSite(), in the order of the 机关 page (by region). */
import { buildCompareIndex, type CompareIndexFile } from '../utils/compareIndex.ts';
import { loadSite } from './site.ts';

export async function loadCompareIndex(): Promise<CompareIndexFile> {
  const site = await loadSite();
  const agencies = site.regions.flatMap((p) => p.cities.flatMap((c) => c.agencies));
  return buildCompareIndex(
    agencies.map((a) => ({ id: a.id, ...a.data, province: a.data.region.province })),
    (id) => (site.byAgency.get(id) ?? []).map((r) => r.data.year),
  );
}
