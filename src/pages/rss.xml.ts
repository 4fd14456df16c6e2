/** RSS feed of the reports added to the site, newest first, with absolute addresses under the base. */
import type { APIRoute } from 'astro';
import { siteTitle } from '../loaders/config.ts';
import { reportAddedDates } from '../loaders/reportDates.ts';
import { loadSite } from '../loaders/site.ts';
import { regionLine } from '../utils/collections.ts';
import { absoluteUrl, newestFirst, rssXml } from '../utils/feed.ts';
import { asset, href } from '../utils/link.ts';

/** Enough for a reader to catch up; the full list is on the site and in data/reports.json. */
const limit = 50;

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const added = reportAddedDates();
  const reports = newestFirst(
    site.reports.map((r) => ({ id: r.id, year: r.data.year, date: added.get(r.id), report: r })),
  ).slice(0, limit);
  const xml = rssXml({
    title: `${siteTitle}：新收录的年度报告`,
    link: absoluteUrl(href('home'), origin),
    self: absoluteUrl(asset('rss.xml'), origin),
    description: '本站新收录的政府信息公开工作年度报告。',
    items: reports.map(({ report, date }) => {
      const agency = site.agency(report.data.agency).data;
      return {
        title: report.data.title,
        link: absoluteUrl(href('report', report.data.agency, report.data.year), origin),
        description: `${agency.name}（${regionLine(agency)}）${report.data.year}年政府信息公开工作年度报告。`,
        date,
        categories: [agency.name, `${report.data.year}年`],
      };
    }),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
