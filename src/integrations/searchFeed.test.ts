import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as pagefind from 'pagefind';
import { closeSearchFeed, openSearchFeed, searchFeed } from './searchFeed.ts';
import { indexUrl } from './searchMiddleware.ts';

const page = (i: number) =>
  `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>第${i}份年度报告</h1><p>法律援助</p></article></body></html>`;

test('pages are recorded under the site root, whatever base the build is served under', () => {
  assert.equal(indexUrl('/agencies/640302-sifaju/2023/', '/'), '/agencies/640302-sifaju/2023/');
  assert.equal(indexUrl('/touming/agencies/640302-sifaju/', '/touming/'), '/agencies/640302-sifaju/');
  assert.equal(indexUrl('/touming/agencies/640302-sifaju/', '/touming'), '/agencies/640302-sifaju/');
});

test('pages fed during a build, more than are let in flight at once, all land in the written index', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-feed-'));
  try {
    const feed = openSearchFeed();
    assert.equal(searchFeed(), feed);
    for (let i = 0; i < 150; i++) await feed.add(`/r/${i}/`, page(i));
    assert.equal(await feed.finish(join(dir, 'pagefind')), 150);
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.zh.page_count, 150);
  } finally {
    closeSearchFeed();
    await pagefind.close();
    await rm(dir, { recursive: true, force: true });
  }
  assert.equal(searchFeed(), undefined);
});

test('a feed that got no page writes nothing and says so', async () => {
  try {
    assert.equal(await openSearchFeed().finish('/nonexistent/pagefind'), 0);
  } finally {
    closeSearchFeed();
    await pagefind.close();
  }
});
