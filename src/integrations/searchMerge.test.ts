import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as pagefind from 'pagefind';
import { termWordings } from '../catalogue/terms.ts';
import { sortValueFromMeta } from '../utils/search.ts';
import { indexExcludeSelectors, indexedCopy, pageUrl } from '../utils/searchHtml.ts';
import { normaliseText, occurrences } from '../utils/searchText.ts';
import { wholeTermWord } from '../utils/searchWholeTerms.ts';
import { buildSearchIndex } from './pagefind.ts';
import {
  decodeFilter,
  decodeFragment,
  decodeMeta,
  encodeMeta,
  readIndexFile,
  writeIndexFile,
} from './pagefindFiles.ts';
import { createFeed } from './searchFeed.ts';
import { mergeIndexParts } from './searchMerge.ts';
import { readPartPages } from './searchMergeFragments.ts';
import { chunkWeight } from './searchMergeWords.ts';

/** A small seeded generator, so the pages are the same on every run. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s % n;
  };
}

const words = ['行政复议', '法律援助', '依申请公开', '主动公开', '政府网站', '政务新媒体', '信息处理费'];
const agencies = ['甲市司法局', '乙县公安局', '丙区财政局', '丁省教育厅'];

/** Report pages with metadata, filters and the year sort key, plus agency pages without a year. */
function page(i: number, pick: (n: number) => number): string {
  const agency = agencies[i % agencies.length] as string;
  const year = String(2015 + pick(10));
  const isReport = i % 9 !== 0;
  const text = Array.from({ length: 120 }, () => `${words[pick(words.length)]}${pick(500)}件`).join('，');
  const marks = [
    `<span data-pagefind-meta="title[data-value]" data-value="${agency}${isReport ? `${year}年报告` : ''}"></span>`,
    `<span data-pagefind-filter="机关[data-value]" data-value="${agency}"></span>`,
    ...(isReport
      ? [
          `<span data-pagefind-meta="year[data-value]" data-value="${year}"></span>`,
          `<span data-pagefind-filter="年度[data-value]" data-value="${year}"></span>`,
          `<span data-pagefind-sort="year[data-value]" data-value="${year}"></span>`,
        ]
      : []),
  ];
  return `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>${agency}第${i}页</h1><p>${text}</p><div data-pagefind-ignore>${marks.join('')}</div></article></body></html>`;
}

/** The index Pagefind itself writes of a site's pages, in one go, handed the pages as the build hands them. */
async function pagefindAlone(dir: string): Promise<void> {
  const { index } = await pagefind.createIndex({
    forceLanguage: 'zh',
    excludeSelectors: indexExcludeSelectors,
  });
  assert.ok(index);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html')).sort())
    await index.addHTMLFile({
      url: pageUrl(file),
      content: indexedCopy(await readFile(join(dir, file), 'utf8')),
    });
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
}

async function site(pages: number, seed = 7): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touming-merge-'));
  const pick = random(seed);
  for (let i = 0; i < pages; i++) await writeFile(join(dir, `p${i}.html`), page(i, pick));
  return dir;
}

/** Everything a search can read from an index, keyed by page URL so page numbering does not matter. */
async function contents(dir: string) {
  const folder = join(dir, 'pagefind');
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8'));
  const meta = decodeMeta(await readIndexFile(join(folder, `pagefind.${entry.languages.zh.hash}.pf_meta`)));
  const urls: string[] = [];
  /** Each page's indexed text, in page order. */
  const contentOf: string[] = [];
  const yearOf = new Map<string, string>();
  /** Each page's indexed words, as its fragment gives them. */
  const wordsOf = new Map<string, string[]>();
  for (const p of meta.pages) {
    const file = join(folder, 'fragment', `${p.hash}.pf_fragment`);
    const fragment = decodeFragment(await readFile(file), file);
    urls.push(fragment.url);
    contentOf.push(fragment.content);
    wordsOf.set(fragment.url, fragment.content.split('\u200b'));
    if (fragment.meta?.year) yearOf.set(fragment.url, fragment.meta.year);
  }
  const index = new Map<string, string[]>();
  /** Each chunk's words' weights in Pagefind's measure: positions and meta positions, plus one a page. */
  const weights: number[][] = [];
  for (const chunk of meta.chunks) {
    const chunkWeights: number[] = [];
    weights.push(chunkWeights);
    const r = await readIndexFile(join(folder, 'index', `${chunk.hash}.pf_index`));
    r.array();
    const n = r.array();
    for (let i = 0; i < n; i++) {
      r.array();
      const word = r.text();
      const entries: string[] = [];
      let pageNumber = 0;
      let weight = 0;
      for (let k = r.array(); k > 0; k--) {
        r.array();
        pageNumber += r.uint();
        const [positions, metaPositions] = [r.ints(), r.ints()];
        weight += positions.length + metaPositions.length + 1;
        entries.push(JSON.stringify([urls[pageNumber], positions, metaPositions]));
      }
      chunkWeights.push(weight);
      r.array();
      assert.ok(!index.has(word), `${word} is in one chunk only`);
      index.set(word, entries.sort());
    }
  }
  const filters: Record<string, [string, string[]][]> = {};
  for (const f of meta.filters) {
    const filter = decodeFilter(await readIndexFile(join(folder, 'filter', `${f.hash}.pf_filter`)));
    filters[filter.name] = filter.values.map((v) => [v.value, v.pages.map((p) => urls[p] as string).sort()]);
  }
  const sorts = meta.sorts.map((s) => ({ name: s.name, pages: s.pages.map((p) => urls[p] as string) }));
  return { entry, meta, urls, contentOf, index, filters, sorts, yearOf, weights, wordsOf };
}

test('an index built in parts and merged holds what Pagefind writes when it indexes every page at once', async () => {
  const one = await site(150);
  const parted = await mkdtemp(join(tmpdir(), 'touming-merge-'));
  try {
    await cp(one, parted, { recursive: true });
    await pagefindAlone(one);
    await buildSearchIndex(parted, 16);
    assert.deepEqual(await readdir(join(parted, 'pagefind')).then((f) => f.includes('part')), false);
    const a = await contents(one);
    const b = await contents(parted);
    assert.equal(b.entry.languages.zh.page_count, 150);
    assert.deepEqual([...b.urls].sort(), [...a.urls].sort(), 'the same pages');
    assert.deepEqual(
      b.urls,
      a.urls,
      'in address order, as Pagefind numbers pages handed to it in that order',
    );
    assert.ok(a.meta.chunks.length > 1, `several index chunks (${a.meta.chunks.length}) to merge across`);
    const added = new Map(termWordings.map((t) => [wholeTermWord(t), t]));
    assert.deepEqual(
      [...b.index.keys()].filter((w) => !added.has(w)),
      [...a.index.keys()],
      'the same words, in the same byte order',
    );
    // The form's terms, added as words of their own: exactly the pages whose text has the term,
    // at the word each occurrence starts in.
    const used = [...added].filter(([, term]) => words.includes(term));
    assert.ok(used.length > 0, 'the pages use a term of the form');
    for (const [word, term] of used) {
      const having = b.urls.filter((u) => occurrences((b.wordsOf.get(u) ?? []).join('\u200b'), term) > 0);
      const entries = (b.index.get(word) ?? []).map((e) => JSON.parse(e) as [string, number[], number[]]);
      assert.deepEqual(entries.map(([u]) => u).sort(), having.sort(), `the pages of ${term}`);
      for (const [url, locs] of entries) {
        const pageWords = b.wordsOf.get(url) ?? [];
        assert.equal(locs[0], -25, 'of ordinary weight');
        let at = 0;
        const starts = locs.slice(1).map((step) => (at += step));
        assert.equal(starts.length, occurrences(pageWords.join('\u200b'), term), `${url}: each occurrence`);
        for (const p of starts) {
          const from = normaliseText(pageWords.slice(p).join(''));
          assert.ok(
            from.indexOf(term) < normaliseText(pageWords[p] ?? '').length,
            `${url}: ${term} starts in word ${p}`,
          );
        }
      }
    }
    for (const [word, entries] of a.index)
      assert.deepEqual(b.index.get(word), entries, `the pages of ${word}`);
    assert.deepEqual(b.filters, a.filters);
    assert.deepEqual(b.meta.metaKeys, a.meta.metaKeys);
    assert.deepEqual(
      b.sorts.map((x) => x.name),
      ['year'],
    );
    const years = (pages: string[]) => pages.map((url) => b.yearOf.get(url) ?? '');
    const [sorted] = b.sorts;
    assert.deepEqual(
      years(sorted?.pages ?? []),
      years(sorted?.pages ?? []).sort(),
      'the year sort is in year order',
    );
    assert.deepEqual(
      [...(sorted?.pages ?? [])].sort(),
      [...(a.sorts[0]?.pages ?? [])].sort(),
      'it lists the same pages, the reports',
    );
    const sum = (ns: number[]) => ns.reduce((x, y) => x + y, 0);
    for (const [i, w] of b.weights.entries()) {
      const last = i === b.weights.length - 1;
      assert.ok(last || sum(w) >= chunkWeight, `chunk ${i} is full: ${sum(w)}`);
      assert.ok(sum(w.slice(0, -1)) < chunkWeight, `chunk ${i} closes at the word that fills it`);
    }
    assert.ok(b.meta.chunks.length > a.meta.chunks.length, 'smaller chunks than Pagefind’s');
  } finally {
    await rm(one, { recursive: true, force: true });
    await rm(parted, { recursive: true, force: true });
  }
});

test('indexes of another Pagefind version, or whose sort disagrees with the pages’ values, are refused with the reason', async () => {
  const first = await site(20);
  const second = await site(20);
  try {
    await buildSearchIndex(first, 10_000);
    await buildSearchIndex(second, 10_000);
    const parts = [join(first, 'pagefind'), join(second, 'pagefind')];
    const reversed = (_sort: string, meta: Record<string, string>) =>
      meta.year ? String(9999 - Number(meta.year)) : undefined;
    const files = async () =>
      (await Promise.all(parts.map((p) => readdir(p, { recursive: true })))).flat().sort();
    const before = await files();
    await assert.rejects(
      mergeIndexParts({ parts, sortValue: reversed }),
      /sorts year "\d+" before "\d+", not the order of the pages' values/,
    );
    assert.deepEqual(await files(), before, 'a refused merge leaves the parts as they were');
    const entryFile = join(second, 'pagefind/pagefind-entry.json');
    const entry = JSON.parse(await readFile(entryFile, 'utf8'));
    await writeFile(entryFile, JSON.stringify({ ...entry, version: '9.9.9' }));
    await assert.rejects(
      mergeIndexParts({ parts, sortValue: sortValueFromMeta }),
      /written by Pagefind 9\.9\.9; touming merges the parts of Pagefind 1\.6\.0/,
    );
  } finally {
    await rm(first, { recursive: true, force: true });
    await rm(second, { recursive: true, force: true });
  }
});

test('two parts that gave different pages the same fragment name keep both pages', async () => {
  const first = await site(12);
  const second = await site(30, 11);
  try {
    await buildSearchIndex(first, 10_000);
    await buildSearchIndex(second, 10_000);
    const a = await contents(first);
    const b = await contents(second);
    // Give the second part's first page the first part's first fragment name, as a hash collision would.
    const taken = a.meta.pages[0]?.hash as string;
    const victim = b.meta.pages[0]?.hash as string;
    const folder = join(second, 'pagefind');
    await rename(
      join(folder, 'fragment', `${victim}.pf_fragment`),
      join(folder, 'fragment', `${taken}.pf_fragment`),
    );
    const metaFile = join(folder, `pagefind.${b.entry.languages.zh.hash}.pf_meta`);
    const pages = b.meta.pages.map((p, i) => (i === 0 ? { ...p, hash: taken } : p));
    await writeIndexFile(metaFile, encodeMeta({ ...b.meta, pages }));
    await mergeIndexParts({ parts: [join(first, 'pagefind'), folder], sortValue: sortValueFromMeta });
    const merged = await contents(first);
    assert.equal(merged.urls.length, 42);
    assert.equal(new Set(merged.meta.pages.map((p) => p.hash)).size, 42, 'every page its own fragment');
    // Both sites have pages p0 to p11: each keeps its own text, the renamed one included.
    const texts = (c: typeof a) => [...c.urls.map((u, i) => `${u} ${c.contentOf[i]}`)].sort();
    assert.deepEqual(texts(merged), [...texts(a), ...texts(b)].sort());
  } finally {
    await rm(first, { recursive: true, force: true });
    await rm(second, { recursive: true, force: true });
  }
});

test('the merged index names its files by count, and renames every one when any page changes', async () => {
  const first = await site(30);
  const changed = await site(30);
  try {
    await writeFile(join(changed, 'p3.html'), page(3, random(99)));
    await buildSearchIndex(first, 8);
    await buildSearchIndex(changed, 8);
    const a = await contents(first);
    const b = await contents(changed);
    const names = (c: typeof a) => [...c.meta.pages.map((p) => p.hash), ...c.meta.chunks.map((x) => x.hash)];
    for (const name of names(a)) assert.match(name, /^zh_[0-9a-f]{6}[0-9a-z]{1,2}$/);
    const tag = (name: string) => name.slice(0, 9);
    assert.equal(new Set(names(a).map(tag)).size, 1, 'one tag for the whole index');
    assert.deepEqual(
      a.meta.pages.map((p) => p.hash.slice(9)),
      a.meta.pages.map((_, i) => i.toString(36)),
      'the pages’ fragments counted in page order',
    );
    assert.equal(
      names(b).filter((n) => names(a).includes(n)).length,
      0,
      'a changed page renames every file, so no cached file meets another build’s metadata',
    );
    const again = await mkdtemp(join(tmpdir(), 'touming-merge-'));
    try {
      await cp(first, again, { recursive: true });
      await rm(join(again, 'pagefind'), { recursive: true });
      await buildSearchIndex(again, 8);
      assert.deepEqual(names(await contents(again)), names(a), 'the same pages, the same names');
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  } finally {
    await rm(first, { recursive: true, force: true });
    await rm(changed, { recursive: true, force: true });
  }
});

test('a merge handed the parts’ fragments as read beforehand writes the same files as one that reads them itself', async () => {
  const first = await site(20);
  const second = await site(25, 5);
  const copies: string[] = [];
  try {
    await buildSearchIndex(first, 10_000);
    await buildSearchIndex(second, 10_000);
    const copy = async () => {
      const dir = await mkdtemp(join(tmpdir(), 'touming-merge-'));
      copies.push(dir);
      await cp(join(first, 'pagefind'), join(dir, 'a'), { recursive: true });
      await cp(join(second, 'pagefind'), join(dir, 'b'), { recursive: true });
      return [join(dir, 'a'), join(dir, 'b')];
    };
    const files = async (folder: string) => {
      const names = (await readdir(folder, { recursive: true })).sort();
      const out: [string, string][] = [];
      for (const name of names)
        out.push([
          name,
          await readFile(join(folder, name)).then(
            (b) => b.toString('base64'),
            () => 'folder',
          ),
        ]);
      return out;
    };
    const wholeTerms = termWordings;
    const itself = await copy();
    await mergeIndexParts({ parts: itself, sortValue: sortValueFromMeta, wholeTerms });
    const expected = await files(itself[0] as string);

    const readBefore = await copy();
    const partPages = await Promise.all(readBefore.map((p) => readPartPages(p, wholeTerms)));
    assert.ok(
      partPages.some((p) => Object.values(p.fragments).some((f) => f.terms.some((t) => t.length > 0))),
      'the pages hold the form’s terms',
    );
    await mergeIndexParts({ parts: readBefore, sortValue: sortValueFromMeta, wholeTerms, partPages });
    assert.deepEqual(await files(readBefore[0] as string), expected);

    // Read for other terms: not used, the merge reads the part again.
    const otherTerms = await copy();
    const forNone = await Promise.all(otherTerms.map((p) => readPartPages(p, [])));
    await mergeIndexParts({
      parts: otherTerms,
      sortValue: sortValueFromMeta,
      wholeTerms,
      partPages: forNone,
    });
    assert.deepEqual(await files(otherTerms[0] as string), expected);

    // Read before a page was added: refused, with nothing moved.
    const stale = await copy();
    const missing = await Promise.all(stale.map((p) => readPartPages(p, wholeTerms)));
    const [one] = missing;
    if (one) one.fragments = Object.fromEntries(Object.entries(one.fragments).slice(1));
    const before = await files(stale[0] as string);
    await assert.rejects(
      mergeIndexParts({ parts: stale, sortValue: sortValueFromMeta, wholeTerms, partPages: missing }),
      /lists a page whose fragment was not read/,
    );
    assert.deepEqual(
      await files(stale[0] as string),
      before,
      'a refused merge leaves the parts as they were',
    );
  } finally {
    for (const dir of [first, second, ...copies]) await rm(dir, { recursive: true, force: true });
  }
});

test('the same pages give the same index files, whichever parts they were indexed in and in whatever order', async () => {
  const dir = await site(40, 3);
  const copies: string[] = [];
  try {
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
    /** Indexes the site's pages in this order, in parts of this size, as a build's feed does; its index files. */
    const indexed = async (order: string[], partPages: number) => {
      const copy = await mkdtemp(join(tmpdir(), 'touming-merge-'));
      copies.push(copy);
      const feed = createFeed({ outputPath: join(copy, 'pagefind'), partPages });
      try {
        for (const file of order) await feed.add(pageUrl(file), await readFile(join(dir, file)));
        assert.equal(await feed.finish(), 40);
      } finally {
        await pagefind.close();
      }
      const folder = join(copy, 'pagefind');
      const names = (await readdir(folder, { recursive: true }))
        .filter((n) => /^(index|filter|fragment)\/|\.pf_meta$|^pagefind-entry\.json$/.test(n))
        .sort();
      return Promise.all(names.map(async (n) => [n, (await readFile(join(folder, n))).toString('base64')]));
    };
    const pick = random(5);
    const shuffled = [...pages];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    const inOrder = await indexed(pages, 16);
    assert.ok(inOrder.filter(([n]) => n?.startsWith('fragment/')).length === 40, 'every page indexed');
    assert.deepEqual(await indexed(shuffled, 16), inOrder, 'in another order');
    assert.deepEqual(await indexed([...pages].reverse(), 7), inOrder, 'in other parts, in reverse');
    assert.deepEqual(await indexed(shuffled, 10_000), inOrder, 'in one part');
  } finally {
    for (const d of [dir, ...copies]) await rm(d, { recursive: true, force: true });
  }
});
