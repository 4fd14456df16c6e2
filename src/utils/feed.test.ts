import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAddedLog } from '../data/reportDates.ts';
import { absoluteUrl, escapeXml, newestFirst, robotsTxt, rssXml, sitemapXml } from './feed.ts';

const site = new URL('https://example.gov.cn');

test('escapeXml leaves no markup characters', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});

test('absolute addresses keep the base path the link already has', () => {
  assert.equal(absoluteUrl('/touming/agencies/', site), 'https://example.gov.cn/touming/agencies/');
  assert.throws(() => absoluteUrl('/', undefined), /SITE_URL/);
});

test('sitemap and robots.txt', () => {
  assert.match(
    sitemapXml(['https://example.gov.cn/a&b/']),
    /<url><loc>https:\/\/example\.gov\.cn\/a&#38;b\/<\/loc><\/url>/,
  );
  assert.equal(
    robotsTxt('https://x/sitemap.xml'),
    'User-agent: *\nAllow: /\n\nSitemap: https://x/sitemap.xml\n',
  );
});

test('newest first: undated (just added) first, then by date added, then by year covered', () => {
  const d = (s: string) => new Date(s);
  const items = [
    { id: 'a/2022', year: 2022, date: d('2024-01-01') },
    { id: 'b/2023', year: 2023, date: d('2023-01-01') },
    { id: 'c/2021', year: 2021 },
    { id: 'd/2024', year: 2024, date: d('2024-01-01') },
  ];
  assert.deepEqual(
    newestFirst(items).map((i) => i.id),
    ['c/2021', 'd/2024', 'a/2022', 'b/2023'],
  );
});

test('the feed dates itself by its newest item, so rebuilding changes nothing', () => {
  const feed = {
    title: 'T',
    link: 'https://x/',
    self: 'https://x/rss.xml',
    description: 'D',
    items: [
      {
        title: 'R <1>',
        link: 'https://x/r/',
        description: 'd',
        date: new Date('2024-05-06T07:08:09Z'),
        categories: ['c'],
      },
      { title: 'S', link: 'https://x/s/', description: 'd' },
    ],
  };
  const xml = rssXml(feed);
  assert.equal(xml, rssXml(feed));
  assert.match(xml, /<lastBuildDate>Mon, 06 May 2024 07:08:09 GMT<\/lastBuildDate>/);
  assert.match(xml, /<title>R &#60;1&#62;<\/title>/);
  assert.equal(xml.match(/<pubDate>/g)?.length, 1);
});

test('report dates come from the latest addition of each report file in git log', () => {
  const log =
    '\0 2024-03-01T10:00:00+08:00\n\nreports/640302-sifaju/2023.md\nagencies/x.yaml\n' +
    '\0 2023-01-01T00:00:00+00:00\n\nreports/640302-sifaju/2023.md\nreports/640500-sifaju/2022.md\n';
  const dates = parseAddedLog(log);
  assert.deepEqual([...dates.keys()], ['640302-sifaju/2023', '640500-sifaju/2022']);
  assert.equal(dates.get('640302-sifaju/2023')?.toISOString(), '2024-03-01T02:00:00.000Z');
});
