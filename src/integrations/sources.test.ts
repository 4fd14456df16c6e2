import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { publishSources } from './sources.ts';

test('each original is copied byte for byte under its published name, a web page as text, once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-sources-'));
  try {
    const content = join(dir, 'content');
    const out = join(dir, 'dist');
    const files: Record<string, Uint8Array> = {
      'sources/640302-sifaju/2023.txt': new TextEncoder().encode('二、主动公开政府信息情况\n'),
      'sources/640302-sifaju/2024.html': new TextEncoder().encode('<script>alert(1)</script><p>年报</p>'),
      'sources/410307-sifaju/2023.pdf': Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x0a]),
    };
    for (const [file, bytes] of Object.entries(files)) {
      await mkdir(join(content, file, '..'), { recursive: true });
      await writeFile(join(content, file), bytes);
    }
    const named = [...Object.keys(files), 'sources/640302-sifaju/2023.txt'];
    assert.equal(await publishSources(content, named, out), 3);
    const published = {
      'sources/640302-sifaju/2023.txt': 'sources/640302-sifaju/2023.txt',
      'sources/640302-sifaju/2024.html': 'sources/640302-sifaju/2024.html.txt',
      'sources/410307-sifaju/2023.pdf': 'sources/410307-sifaju/2023.pdf',
    };
    for (const [file, at] of Object.entries(published))
      assert.deepEqual(new Uint8Array(await readFile(join(out, at))), files[file], at);
    const written = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
      .sort();
    assert.deepEqual(written, Object.values(published).sort());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an original that is missing fails the copy, naming it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-sources-'));
  try {
    await assert.rejects(
      publishSources(dir, ['sources/x/2023.txt'], join(dir, 'dist')),
      /sources\/x\/2023\.txt/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
