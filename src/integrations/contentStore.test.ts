import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { storeReader } from './contentStore.ts';

/** A store as Astro's devalue writes it: a flat array, with text that needs escaping. */
const storeJson = JSON.stringify([
  ['Map', 1],
  ['reports', 2],
  { title: '北京市财政局2023年政府信息公开工作年度报告', note: 'a "quote" and a \\ backslash\n' },
]);

test('the store module reads the same array from the file that Astro would have inlined', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-store-'));
  try {
    const storeFile = join(dir, 'data store.json');
    await writeFile(storeFile, storeJson);
    const inlined = `export default JSON.parse(${JSON.stringify(storeJson)})`;
    const reader = storeReader(inlined, storeFile);
    assert.ok(reader, 'an inlined store is replaced');
    assert.ok(!reader.includes('北京市'), 'the replacement carries none of the content');
    await writeFile(join(dir, 'inlined.mjs'), inlined);
    await writeFile(join(dir, 'reader.mjs'), reader);
    const fromCode = await import(pathToFileURL(join(dir, 'inlined.mjs')).href);
    const fromFile = await import(pathToFileURL(join(dir, 'reader.mjs')).href);
    assert.deepEqual(fromFile.default, fromCode.default);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a store that is not inlined (chunked, or none yet) is left as Astro made it', () => {
  assert.equal(storeReader('export default new Map()', '/x/data-store.json'), undefined);
  const chunked =
    'export default{"reports":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}';
  assert.equal(storeReader(chunked, '/x/data-store.json'), undefined);
});
