import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  astroDevalue,
  importingReader,
  readerModuleId,
  releaseSyncedStore,
  storeReader,
  syncedContentLayer,
} from './contentStore.ts';

/** Astro's devalue, as its content layer writes and reads the store. */
const devalue = (await import(astroDevalue())) as {
  stringify(value: unknown): string;
  unflatten(value: unknown): unknown;
};

/** A store as Astro writes it: a Map of collections, flattened by devalue, with text that needs escaping. */
const storeJson = devalue.stringify(
  new Map([
    [
      'reports',
      new Map([
        [
          '110000-caizhengju/2023',
          { title: '北京市财政局2023年政府信息公开工作年度报告', note: 'a "quote" and a \\ backslash\n' },
        ],
      ]),
    ],
  ]),
);

test('the store module reads from the file the store Astro would have inlined, as the Map Astro makes of it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-store-'));
  try {
    const storeFile = join(dir, 'data store.json');
    await writeFile(storeFile, storeJson);
    const inlined = `export default JSON.parse(${JSON.stringify(storeJson)})`;
    const reader = storeReader(inlined, storeFile, astroDevalue());
    assert.ok(reader, 'an inlined store is replaced');
    assert.ok(!reader.includes('北京市'), 'the replacement carries none of the content');
    await writeFile(join(dir, 'inlined.mjs'), inlined);
    await writeFile(join(dir, 'reader.mjs'), reader);
    const fromCode = await import(pathToFileURL(join(dir, 'inlined.mjs')).href);
    const fromFile = await import(pathToFileURL(join(dir, 'reader.mjs')).href);
    assert.ok(fromFile.default instanceof Map, 'a Map, which Astro takes as it is');
    assert.deepEqual(fromFile.default, devalue.unflatten(fromCode.default));
    assert.equal(
      fromFile.default.get('reports').get('110000-caizhengju/2023').note,
      'a "quote" and a \\ backslash\n',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a store that is not inlined (chunked, or none yet) is left as Astro made it', () => {
  assert.equal(storeReader('export default new Map()', '/x/data-store.json', astroDevalue()), undefined);
  const chunked =
    'export default{"reports":[(await import("astro:data-layer-content-chunk:0123456789abcdef.txt"))]}';
  assert.equal(storeReader(chunked, '/x/data-store.json', astroDevalue()), undefined);
});

test('the content layer that synced the build, and the store it holds, are let go when the build starts', async () => {
  const holder = await syncedContentLayer();
  assert.ok(holder, 'Astro keeps its content layer where touming lets go of it');
  const { globalContentLayer } = (await import('../../node_modules/astro/dist/content/instance.js')) as {
    globalContentLayer: { init(options: object): unknown; get(): unknown };
  };
  assert.equal(holder, globalContentLayer, 'the very holder Astro uses');
  const layer = globalContentLayer.init({ settings: {}, logger: {}, store: new Map() });
  assert.equal(globalContentLayer.get(), layer);
  assert.equal(await releaseSyncedStore(), true);
  assert.equal(globalContentLayer.get(), null);
});

test("Astro's runtime imports the reader in place of the store module, and nothing else is touched", async () => {
  const file = fileURLToPath(new URL('../../node_modules/astro/dist/content/data-store.js', import.meta.url));
  const code = await readFile(file, 'utf8');
  const rewritten = importingReader(code, file);
  assert.ok(rewritten, "Astro's runtime imports its store where touming looks");
  assert.ok(rewritten.includes(`import(${JSON.stringify(readerModuleId)})`));
  assert.ok(
    !rewritten.includes('import("astro:data-layer-content")'),
    'the store module is no longer imported',
  );
  assert.equal(rewritten.length - code.length, readerModuleId.length - 'astro:data-layer-content'.length);
  assert.equal(
    importingReader(code, file.replace('data-store.js', 'other.js')),
    undefined,
    'only that module',
  );
  assert.equal(importingReader('export const x = 1;', file), undefined, 'only when it imports the store');
});
