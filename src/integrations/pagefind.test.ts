import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSearchIndex } from './pagefind.ts';
import { decodeFragment } from './pagefindFiles.ts';

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
    const bundle = await readdir(outputPath);
    assert.ok(bundle.includes('pagefind.js'));
    assert.deepEqual(
      bundle.filter((f) => /ui|highlight/.test(f)),
      [],
      'the unused ready-made interfaces are not shipped',
    );
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

/** The text Pagefind stored for each indexed page (fragments: gzip, a signature, then JSON). */
async function indexedTexts(dir: string): Promise<string[]> {
  const fragments = join(dir, 'pagefind/fragment');
  const files = await readdir(fragments);
  return Promise.all(
    files.map(async (f) =>
      decodeFragment(await readFile(join(fragments, f)), f).content.replace(/\u200b/g, ''),
    ),
  );
}

test('figures in adjacent header cells and inline elements stay separate words in the index', async () => {
  const dir = await site({
    'r.html': page(
      '<article data-pagefind-body><table><tr><th>2022</th><th>2023</th></tr></table><p><span>12</span><span>34</span></p></article>',
    ),
  });
  try {
    await buildSearchIndex(dir);
    const [text] = await indexedTexts(dir);
    assert.match(text ?? '', /2022\s+2023/);
    assert.match(text ?? '', /12\s+34/);
    assert.doesNotMatch(text ?? '', /20222023|1234/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
