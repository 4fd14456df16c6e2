import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempContent } from '../testkit/import.ts';
import { planWrite, writeAtomic } from './write.ts';

test('a plan says new, unchanged (same bytes), overwrite (with force) or conflict', async () => {
  const dir = await tempContent(false);
  const path = join(dir, 'a.md');
  assert.equal(await planWrite(path, 'x', false), 'new');
  await writeFile(path, 'x');
  assert.equal(await planWrite(path, 'x', false), 'unchanged');
  assert.equal(await planWrite(path, Buffer.from('x'), false), 'unchanged');
  assert.equal(await planWrite(path, 'y', false), 'conflict');
  assert.equal(await planWrite(path, 'y', true), 'overwrite');
});

test('an atomic write creates folders, replaces the file and leaves no temporary file behind', async () => {
  const dir = await tempContent(false);
  const path = join(dir, 'reports', 'x', '2023.md');
  await writeAtomic(path, 'old');
  await writeAtomic(path, '新的');
  assert.equal(await readFile(path, 'utf8'), '新的');
  assert.deepEqual(await readdir(join(dir, 'reports', 'x')), ['2023.md']);
});

test('a write that fails half-way leaves the old file whole and no temporary file', async () => {
  const dir = await tempContent(false);
  // The target is a non-empty folder: the rename at the end fails, after the data was written.
  const target = join(dir, 'busy');
  await mkdir(join(target, 'inside'), { recursive: true });
  await assert.rejects(writeAtomic(target, 'data'));
  assert.deepEqual(await readdir(dir), ['busy']);
  assert.deepEqual(await readdir(target), ['inside']);
});
