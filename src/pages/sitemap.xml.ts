/** sitemap.xml: every page of the site (not the 404 page or data files), as absolute addresses. */
import type { APIRoute } from 'astro';
import { loadRankings } from '../data/rankings.ts';
import { loadRegions } from '../data/regions.ts';
import { loadSite } from '../data/site.ts';
import { previousYearPairs } from '../utils/changes/pairs.ts';
import { absoluteUrl, sitemapXml } from '../utils/feed.ts';
import { asset, href } from '../utils/link.ts';
import { provincesOf } from '../utils/provinces.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const provinces = provincesOf(site.agencies);
  const paths = [
    href('home'),
    href('agencies'),
    ...site.agencies.map((a) => href('agency', a.id)),
    ...site.reports.map((r) => href('report', r.data.agency, r.data.year)),
    // 与上年对比: each report whose agency has a report for the year before.
    ...previousYearPairs(site.byAgency).map(({ report: r }) => href('changes', r.data.agency, r.data.year)),
    // 原文对照: each report's original, its lines numbered, where every number of the report page leads.
    ...site.reports.map((r) => href('sourceView', r.data.agency, r.data.year)),
    href('years'),
    ...site.years.map((y) => href('year', y)),
    href('stats'),
    ...provinces.map((p) => href('statsProvince', p.code)),
    href('compare'),
    href('openData'),
    href('quality'),
    ...provinces.map((p) => href('qualityProvince', p.code)),
    href('regions'),
    ...(await loadRegions()).tree.all.map((r) => href('region', r.code)),
    // 排名: the index, the definitions, each region's and each year's views.
    ...(await loadRankings()).pages(),
    href('glossary'),
    href('corrections'),
    href('accessibility'),
    // The search page: a starting point for readers, though its results are not pages of their own.
    asset('search/'),
  ];
  const xml = sitemapXml(paths.map((p) => absoluteUrl(p, origin)));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
