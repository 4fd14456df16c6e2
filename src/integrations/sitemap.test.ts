import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sitemapPaths } from './sitemap.ts';

test('the sitemap takes the built pages, not the 404 page or endpoints, each once, sorted', () => {
  assert.deepEqual(
    sitemapPaths([
      'agencies/',
      '',
      '404/',
      'rss.xml',
      'data/csv/reports-zh.csv',
      'agencies/a/2023/',
      'agencies/',
      '/404',
    ]),
    ['', 'agencies/', 'agencies/a/2023/'],
  );
});
