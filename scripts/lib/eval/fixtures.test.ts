import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { loadTruths } from './files.ts';
import { type FixtureSources, loadFixtures } from './fixtures.ts';

const repo = new URL('../../../', import.meta.url).pathname;
const shared = resolve(repo, '../shared');

async function sources(dir: string): Promise<FixtureSources> {
  const name = (p: string) => relative(repo, p);
  const { truths } = await loadTruths(join(repo, 'tests/eval/truth'), name);
  return { dir, truths, shared, repo, name, picked: () => true };
}

/** A fixtures folder holding this manifest and one fixture file, x.txt. */
async function folder(manifest: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touming-fixtures-'));
  await writeFile(join(dir, 'MANIFEST.yaml'), manifest);
  await writeFile(join(dir, 'x.txt'), 'text');
  return dir;
}

test('every entry of the repository’s manifest is valid, and every fixture there is listed', async () => {
  const { fixtures, invalid, unlisted } = await loadFixtures(
    await sources(join(repo, 'tests/fixtures/shapes')),
  );
  assert.deepEqual(invalid, []);
  assert.deepEqual(unlisted, []);
  assert.ok(fixtures.length >= 56);
});

test('a seed report’s content id finds the seed truth whose sample is the same bytes', async () => {
  const dir = await folder(
    '- file: x.txt\n  base: seeds/002_3da027cb40d86439.txt\n  truth: 640500-sifaju/2023\n' +
      '  undetermined:\n    - table2.normativeDocuments.{repealed,inForce}\n',
  );
  const { fixtures, invalid } = await loadFixtures(await sources(dir));
  assert.deepEqual(invalid, []);
  const [x] = fixtures;
  assert.equal(x?.truth.file, 'tests/eval/truth/seeds/002_3da027cb40d86439.yaml');
  assert.equal(x?.truth.sample, 'x.txt');
  assert.equal(x?.truth.cells.has('table2.normativeDocuments.inForce'), false);
  assert.equal(x?.truth.cells.get('table2.licensing.decisions')?.value, 74);
});

test('an entry whose truth, base or file cannot be found is invalid, naming the entry', async () => {
  const dir = await folder(
    '- file: x.txt\n  base: samples/huaian-gov-2024.pdf\n  truth: hongze-gov-2023\n  undetermined: []\n' +
      '- file: y.txt\n  base: samples/huaian-gov-2024.pdf\n  truth: huaian-gov-2024\n  undetermined: []\n' +
      '- file: z.txt\n  base: samples/huaian-gov-2024.pdf\n  truth: no-such-report\n  undetermined: []\n',
  );
  await writeFile(join(dir, 'z.txt'), 'text');
  const { fixtures, invalid } = await loadFixtures(await sources(dir));
  assert.deepEqual(fixtures, []);
  const at = (file: string) => invalid.find((m) => m.includes(`MANIFEST.yaml: ${file}: `)) ?? '';
  assert.match(
    at('x.txt'),
    /base: samples\/huaian-gov-2024\.pdf is not the document .*hongze-gov-2023\.yaml/,
  );
  assert.match(at('y.txt'), /file: no such file/);
  assert.match(at('z.txt'), /truth: no valid truth file named no-such-report\.yaml/);
});

test('a file in the folder that the manifest does not list is reported', async () => {
  const dir = await folder('[]\n');
  assert.deepEqual((await loadFixtures(await sources(dir))).unlisted, ['x.txt']);
});
