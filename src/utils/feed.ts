/** The site's machine-readable listings, as text: sitemap.xml, robots.txt and the RSS feed. */

import { escapeHtml } from './html.ts';

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Plain text as a feed description. Readers render a description as HTML, so text escaped for XML
 * alone (`&#60;img …&#62;`) reaches them as a live tag: the text is escaped for HTML, then kept
 * verbatim in a CDATA section. HTML-escaped text holds no `>`, so no `]]>` can end the section early;
 * it is split all the same should that ever change.
 */
export function descriptionXml(text: string): string {
  return `<![CDATA[${escapeHtml(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** An absolute address for a site path (which already includes the base), for feeds and sitemaps. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('SITE_URL (astro.config.mjs `site`) is needed for absolute addresses');
  return new URL(path, site).href;
}

export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</urlset>
`;
}

export function robotsTxt(sitemap: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** When the item was added to the site, if known. */
  date?: Date;
  categories?: string[];
}

export interface Feed {
  title: string;
  /** The site's home page. */
  link: string;
  /** The feed's own address. */
  self: string;
  description: string;
  items: readonly FeedItem[];
}

export function rssXml(feed: Feed): string {
  const dates = feed.items.flatMap((i) => (i.date ? [i.date.getTime()] : []));
  // The newest item's date, not the build time, so building again changes nothing.
  const updated = dates.length > 0 ? new Date(Math.max(...dates)).toUTCString() : undefined;
  const items = feed.items.map((i) =>
    [
      '    <item>',
      `      <title>${escapeXml(i.title)}</title>`,
      `      <link>${escapeXml(i.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
      `      <description>${descriptionXml(i.description)}</description>`,
      ...(i.date ? [`      <pubDate>${i.date.toUTCString()}</pubDate>`] : []),
      ...(i.categories ?? []).map((c) => `      <category>${escapeXml(c)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml" />
    <description>${descriptionXml(feed.description)}</description>
    <language>zh-CN</language>
${updated ? `    <lastBuildDate>${updated}</lastBuildDate>\n` : ''}${items.join('\n')}
  </channel>
</rss>
`;
}

/**
 * Newest first: reports added most recently (by the date they were added to the site), then those
 * without a known date by the year they cover, newest year first.
 */
export function newestFirst<T extends { date?: Date; year: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (b.date?.getTime() ?? Number.POSITIVE_INFINITY) - (a.date?.getTime() ?? Number.POSITIVE_INFINITY) ||
      b.year - a.year ||
      a.id.localeCompare(b.id),
  );
}
