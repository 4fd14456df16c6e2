/** The real harness, run as `npm run eval:import` runs it, on a seed, a fixture and doctored truth and manifests. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
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
      maxBuffer: 256 * 1024 * 1024,
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

const fixture = 'huaian-2024.md-base.md';

/** A fixtures folder holding the Huaian markdown fixture, listed with these undetermined patterns. */
async function fixtureFolder(...undetermined: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'touming-fixtures-'));
  await copyFile(join(repo, 'tests/fixtures/shapes', fixture), join(dir, fixture));
  const patterns = undetermined.map((p) => `\n    - ${p}`).join('') || ' []';
  await writeFile(
    join(dir, 'MANIFEST.yaml'),
    `- file: ${fixture}\n  base: samples/huaian-gov-2024.pdf\n  truth: huaian-gov-2024\n  undetermined:${patterns}\n`,
  );
  return dir;
}

test('a seed the importer reads exactly passes', async () => {
  const { code, stdout } = await harness('--group', 'samples', '--only', seed);
  assert.match(stdout, new RegExp(`seeds/${seed}\\.txt\\s+2021\\s+200\\s+200\\s+0\\s+0\\s+100\\.0 %`));
  assert.match(stdout, /bar .*: met/);
  assert.equal(code, 0);
});

test('one number changed in the truth fails the run and names the cell', async () => {
  const text = await readFile(seedTruth, 'utf8');
  const doctored = text.replace('licensing: { decisions: 74 }', 'licensing: { decisions: 75 }');
  assert.notEqual(doctored, text);
  const { code, stdout } = await harness(
    '--group',
    'samples',
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
  const { code, stdout } = await harness('--group', 'samples', '--only', seed, '--truth', dir);
  assert.match(stdout, /invalid truth: .*bad\.yaml: table3\.carriedOverr: unknown row/);
  assert.equal(code, 1);
});

test('--json prints the same result as JSON, both groups; --only picks fixtures by their base too', async () => {
  const { stdout } = await harness('--only', seed, '--json');
  const json = JSON.parse(stdout);
  assert.equal(json.samples.reports[0].sample, `seeds/${seed}.txt`);
  assert.deepEqual(json.samples.total, { reports: 1, cells: 200, exact: 200, refused: 0, wrong: 0 });
  assert.ok(json.derived.reports.length > 0);
  for (const r of json.derived.reports) assert.equal(r.base, `seeds/${seed}.txt`);
});

test('a derived fixture read exactly passes, and --group derived runs only that group', async () => {
  const { code, stdout } = await harness('--group', 'derived', '--only', 'huaian-2024.md-base');
  assert.match(stdout, /^derived fixtures \(tests\/fixtures\/shapes\)\n/);
  assert.match(stdout, /\nhuaian-2024\.md-base\.md +2021 +200 /);
  assert.doesNotMatch(stdout, /samples\//);
  assert.equal(code, 0);
});

test('a number in a cell the manifest marks undetermined is wrong, and fails the run', async () => {
  const dir = await fixtureFolder('table2.rules.{issued,inForce}');
  const { code, stdout } = await harness('--group', 'derived', '--fixtures', dir);
  assert.match(stdout, /huaian-2024\.md-base\.md +2021 +198 +198 +0 +2 /);
  assert.match(stdout, /wrong table2\.rules\.issued: printed not in the document, read 1/);
  assert.match(stdout, /wrong table2\.rules\.inForce: printed not in the document, read 11/);
  assert.equal(code, 1);
});

test('an undetermined pattern that matches no cell of the form fails the run, saying which', async () => {
  const dir = await fixtureFolder('table4.*.total', 'table2.rulez.*');
  const { code, stdout } = await harness('--group', 'derived', '--fixtures', dir);
  assert.match(
    stdout,
    /invalid manifest: .*MANIFEST\.yaml: huaian-2024\.md-base\.md: undetermined: “table2\.rulez\.\*” matches no cell of the 2021 form with row “rulez”/,
  );
  assert.equal(code, 1);
});

test('an unknown group is a usage error', async () => {
  assert.equal((await harness('--group', 'seeds')).code, 2);
});

test('no cell of any sample or derived fixture is read wrong: every one exact or refused with its reason', async () => {
  const { code, stdout } = await harness('--json');
  const run = JSON.parse(stdout) as Record<
    'samples' | 'derived',
    { total: { reports: number; wrong: number } }
  >;
  assert.ok(run.samples.total.reports >= 12 && run.derived.total.reports >= 61, stdout.slice(0, 300));
  assert.equal(run.samples.total.wrong, 0);
  assert.equal(run.derived.total.wrong, 0);
  assert.equal(code, 0);
});
