import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSearchIndex } from './pagefind.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><body><header>站点</header>${body}</body></html>`;

async function site(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'touming-pagefind-'));
  for (const [name, html] of Object.entries(files)) await writeFile(join(dir, name), html);
  return dir;
}

test('only pages that mark their content are indexed, into pagefind/ in the site', async () => {
  const dir = await site({
    'index.html': page('<main>首页</main>'),
    'report.html': page('<article data-pagefind-body><h1>年度报告</h1><td>74</td><td>13</td></article>'),
  });
  try {
    const { pages, outputPath } = await buildSearchIndex(dir);
    assert.equal(pages, 1);
    assert.equal(outputPath, join(dir, 'pagefind'));
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.zh.page_count, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a site with nothing to index fails the build instead of shipping an empty search', async () => {
  const dir = await site({ 'index.html': page('<main>首页</main>') });
  try {
    await assert.rejects(buildSearchIndex(dir), /no page with data-pagefind-body/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
