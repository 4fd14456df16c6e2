/** Imports at the same time into one content folder (issue 14): one winner, the others told why, nothing lost. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli as cli, readSeed, replaceOnce, tempContent } from '../testkit/import.ts';
import { lockName } from './lock.ts';

/** Twenty versions of seed 004 that differ in one number: each is the same report, and none is another's. */
async function versions(n: number): Promise<string[]> {
  const dir = join(await tempContent(false), 'inbox');
  await mkdir(dir);
  const seed = await readSeed('004');
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const file = join(dir, `v${i}.txt`);
      await writeFile(file, replaceOnce(seed, '行政许可 0', `行政许可 ${i + 1}`));
      return file;
    }),
  );
}

test('twenty imports of the same report at once leave one winner; the others are refused and say why; the sha256 matches the stored source', async () => {
  const content = await tempContent();
  const dir = join(await tempContent(false), 'inbox');
  await mkdir(dir);
  const seed = await readSeed('004');
  // The inputs are pipes, all filled at one instant once every import has opened its own: the twenty
  // then read, parse and write at the same time, as they would not if each started when it loaded.
  const pipes = Array.from({ length: 20 }, (_, i) => join(dir, `v${i}.txt`));
  for (const p of pipes) execFileSync('mkfifo', [p]);
  const versions = pipes.map((_, i) => replaceOnce(seed, '行政许可 0', `行政许可 ${i + 1}`));
  const runs = pipes.map((p) => cli([p, '--content-dir', content]));
  const writers = await Promise.all(pipes.map((p) => open(p, 'w')));
  await Promise.all(writers.map((w, i) => w.writeFile(versions[i] as string).then(() => w.close())));
  const results = await Promise.all(runs);
  const winners = results.filter((r) => r.code === 0);
  assert.equal(winners.length, 1, results.map((r) => r.stdout + r.stderr).join('\n'));
  for (const r of results.filter((r) => r.code !== 0)) {
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /reports\/410307-sifaju\/2023\.md exists and differs; not overwritten \(use --force\)/,
    );
  }
  const stored = await readFile(join(content, 'sources/410307-sifaju/2023.txt'), 'utf8');
  assert.equal(stored, versions[results.indexOf(winners[0] as (typeof results)[number])]);
  const sha = createHash('sha256').update(stored).digest('hex');
  assert.ok(
    (await readFile(join(content, 'reports/410307-sifaju/2023.md'), 'utf8')).includes(`sha256: ${sha}`),
  );
  const left = await readdir(content, { recursive: true });
  assert.deepEqual(
    left.filter((f) => f.includes('.tmp') || f.endsWith(lockName)),
    [],
  );
});

test('a live lock is waited for, then the import fails naming the holder and writes nothing', async () => {
  const content = await tempContent();
  // Held by this test's own process: alive, on this host, just now.
  const holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: 'held' };
  await writeFile(join(content, lockName), JSON.stringify(holder));
  const [file] = await versions(1);
  const r = await cli([file as string, '--content-dir', content, '--lock-wait', '0.5']);
  assert.equal(r.code, 1);
  assert.ok(
    r.stderr.includes(
      `another import is writing into this content folder (process ${process.pid} on ${hostname()}, since ${holder.started}); waited 1 s`,
    ),
    r.stderr,
  );
  assert.deepEqual(await readdir(join(content, 'reports')).catch(() => []), []);
  assert.equal(JSON.parse(await readFile(join(content, lockName), 'utf8')).token, 'held');
});

test('a stale lock — its process gone, or too old — is taken over with a message', async () => {
  for (const [holder, why] of [
    [
      { pid: 4194305, host: hostname(), started: new Date().toISOString() },
      'process 4194305 is no longer running',
    ],
    [{ pid: process.pid, host: 'elsewhere', started: '2020-01-01T00:00:00.000Z' }, /it is \d+ minutes old/],
  ] as const) {
    const content = await tempContent();
    await writeFile(join(content, lockName), JSON.stringify(holder));
    await utimes(join(content, lockName), new Date('2020-01-01'), new Date('2020-01-01'));
    const [file] = await versions(1);
    const r = await cli([file as string, '--content-dir', content]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        `took over a stale import lock \\(process ${holder.pid} on ${holder.host}, since ${holder.started}\\): `,
      ),
    );
    assert.match(r.stderr, typeof why === 'string' ? new RegExp(why) : why);
    assert.ok((await readdir(join(content, 'reports/410307-sifaju'))).includes('2023.md'));
    assert.ok(!(await readdir(content)).includes(lockName));
  }
});
