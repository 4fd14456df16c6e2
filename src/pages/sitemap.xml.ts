/** sitemap.xml: every page of the site (not the 404 page or data files), as absolute addresses. */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
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
    href('years'),
    ...site.years.map((y) => href('year', y)),
    href('stats'),
    ...provinces.map((p) => href('statsProvince', p.code)),
    href('compare'),
    href('openData'),
    href('quality'),
    ...provinces.map((p) => href('qualityProvince', p.code)),
    href('glossary'),
    href('accessibility'),
    // The search page: a starting point for readers, though its results are not pages of their own.
    asset('search/'),
  ];
  const xml = sitemapXml(paths.map((p) => absoluteUrl(p, origin)));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
