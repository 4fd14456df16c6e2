import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as pagefind from 'pagefind';
import { closeSearchFeed, openSearchFeed, searchFeed } from './searchFeed.ts';
import { indexUrl } from './searchMiddleware.ts';

const page = (i: number) =>
  new TextEncoder().encode(
    `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>第${i}份年度报告</h1><p>法律援助</p></article></body></html>`,
  );

test('pages are recorded under the site root, whatever base the build is served under', () => {
  assert.equal(indexUrl('/agencies/640302-sifaju/2023/', '/'), '/agencies/640302-sifaju/2023/');
  assert.equal(indexUrl('/touming/agencies/640302-sifaju/', '/touming/'), '/agencies/640302-sifaju/');
  assert.equal(indexUrl('/touming/agencies/640302-sifaju/', '/touming'), '/agencies/640302-sifaju/');
});

test('pages fed during a build, more than are let in flight at once, all land in the written index', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-feed-'));
  try {
    // At most three parts' pages in flight: 60 here, and 150 fed without waiting for any.
    const feed = openSearchFeed({ outputPath: join(dir, 'pagefind'), partPages: 20 });
    assert.equal(searchFeed(), feed);
    for (let i = 0; i < 150; i++) await feed.add(`/r/${i}/`, page(i));
    assert.equal(await feed.finish(), 150);
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.zh.page_count, 150);
    assert.equal((await readdir(join(dir, 'pagefind/fragment'))).length, 150);
    const manifest = JSON.parse(await readFile(join(dir, 'pagefind/touming-parts.json'), 'utf8'));
    assert.deepEqual(manifest, { parts: [] }, 'the parts are merged into one index');
  } finally {
    closeSearchFeed();
    await pagefind.close();
    await rm(dir, { recursive: true, force: true });
  }
  assert.equal(searchFeed(), undefined);
});

test('a feed that got no page writes nothing and says so', async () => {
  try {
    const feed = openSearchFeed({ outputPath: '/nonexistent/pagefind', partPages: 1000 });
    assert.equal(await feed.finish(), 0);
  } finally {
    closeSearchFeed();
    await pagefind.close();
  }
});

test('a feed larger than a part fills parts on two lanes, writes them as they fill, then merges them into one index', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-feed-'));
  try {
    const feed = openSearchFeed({ outputPath: join(dir, 'pagefind'), partPages: 40 });
    for (let i = 0; i < 100; i++) await feed.add(`/r/${i}/`, page(i));
    assert.equal(await feed.finish(), 100);
    const sizes = feed.times().parts;
    assert.ok(sizes.length >= 3, `${sizes.length} parts`);
    assert.equal(
      sizes.reduce((a, b) => a + b, 0),
      100,
      `every page in exactly one part: ${sizes}`,
    );
    assert.equal(sizes[0], 40, 'the first lane fills the first part before the second lane starts');
    assert.ok(sizes[1] !== undefined && sizes[1] <= 20, 'the second lane starts with half a part');
    assert.ok(
      sizes.every((n) => n > 0 && n <= 40),
      `no part over 40 pages, none empty: ${sizes}`,
    );
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.zh.page_count, 100, 'the main index lists every page');
    assert.equal((await readdir(join(dir, 'pagefind/fragment'))).length, 100);
    const manifest = JSON.parse(await readFile(join(dir, 'pagefind/touming-parts.json'), 'utf8'));
    assert.deepEqual(manifest, { parts: [] }, 'no part is left for the search page to merge');
    assert.deepEqual(
      (await readdir(join(dir, 'pagefind'))).filter((f) => f === 'part' || f.startsWith('.')),
      [],
      'the parts and the merge’s working folder are gone',
    );
  } finally {
    closeSearchFeed();
    await pagefind.close();
    await rm(dir, { recursive: true, force: true });
  }
});
