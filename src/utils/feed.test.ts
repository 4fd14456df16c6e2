import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAddedLog } from '../loaders/reportDates.ts';
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

/** An XML element's text as an XML parser gives it to a feed reader: CDATA sections and character references resolved. */
function xmlText(xml: string, element: string): string[] {
  const entity = (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10))
        : (({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? ''),
    );
  return [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].map((m) =>
    (m[1] as string)
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : entity(part)))
      .join(''),
  );
}

test('a description is HTML showing the text: markup in a name reaches a reader as text, never as tags', () => {
  const hostile = `<img src=x onerror=alert(1)>"><script>alert(1)</script> & ]]><b>`;
  const xml = rssXml({
    title: 'T',
    link: 'https://x/',
    self: 'https://x/rss.xml',
    description: hostile,
    items: [{ title: hostile, link: 'https://x/r/', description: `${hostile}（宁夏）` }],
  });
  const descriptions = xmlText(xml, 'description');
  assert.equal(descriptions.length, 2);
  for (const html of descriptions) {
    // What a reader renders: no tag, and the text it shows is the text given.
    assert.doesNotMatch(html, /</);
    assert.match(
      html.replace(
        /&(lt|gt|amp|quot|#39);/g,
        (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[e as 'lt'],
      ),
      /^<img src=x onerror=alert\(1\)>"><script>alert\(1\)<\/script> & \]\]><b>/,
    );
  }
  // Titles are plain text, escaped once with character references, as the RSS Best Practices Profile asks.
  assert.equal(xmlText(xml, 'title')[1], hostile);
});
