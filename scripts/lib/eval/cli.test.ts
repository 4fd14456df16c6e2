/** The real harness, run as `npm run eval:import` runs it, on a seed and on doctored truth files. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const repo = new URL('../../../', import.meta.url).pathname;
const seed = '002_3da027cb40d86439';
const seedTruth = join(repo, 'tests/eval/truth/seeds', `${seed}.yaml`);

async function harness(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/eval-import.ts', ...args], {
      cwd: repo,
    });
    return { code: 0, stdout };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

/** A truth folder holding one file with this text. */
async function truthFolder(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touming-eval-'));
  await writeFile(join(dir, name), text);
  return dir;
}

test('a seed the importer reads exactly passes', async () => {
  const { code, stdout } = await harness('--only', seed);
  assert.match(stdout, new RegExp(`seeds/${seed}\\.txt\\s+2021\\s+200\\s+200\\s+0\\s+0\\s+100\\.0 %`));
  assert.match(stdout, /bar .*: met/);
  assert.equal(code, 0);
});

test('one number changed in the truth fails the run and names the cell', async () => {
  const text = await readFile(seedTruth, 'utf8');
  const doctored = text.replace('licensing: { decisions: 74 }', 'licensing: { decisions: 75 }');
  assert.notEqual(doctored, text);
  const { code, stdout } = await harness(
    '--only',
    seed,
    '--truth',
    await truthFolder(`${seed}.yaml`, doctored),
  );
  assert.match(stdout, /wrong table2\.licensing\.decisions: printed 75, read 74/);
  assert.match(stdout, /bar .*: NOT met/);
  assert.equal(code, 1);
});

test('a truth file with an unknown row key fails the run, naming the file and the key', async () => {
  const text = (await readFile(seedTruth, 'utf8')).replace('  carriedOver:', '  carriedOverr:');
  const dir = await truthFolder('bad.yaml', text);
  const { code, stdout } = await harness('--only', seed, '--truth', dir);
  assert.match(stdout, /invalid truth: .*bad\.yaml: table3\.carriedOverr: unknown row/);
  assert.equal(code, 1);
});

test('--json prints the same result as JSON', async () => {
  const { code, stdout } = await harness('--only', seed, '--json');
  const json = JSON.parse(stdout);
  assert.equal(json.reports[0].sample, `seeds/${seed}.txt`);
  assert.deepEqual(json.total, { reports: 1, cells: 200, exact: 200, refused: 0, wrong: 0 });
  assert.equal(code, 0);
});
