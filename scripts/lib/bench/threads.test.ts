import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type TreeUsage, watchTree } from './procTree.ts';
import { threadKind, threadKinds } from './threads.ts';

test("threads are grouped by what they do: the first process's main thread, V8's, Node's thread pool, workers, Pagefind", () => {
  assert.equal(threadKind('node', 'MainThread', true), threadKinds.main);
  assert.equal(threadKind('node', 'V8Worker', false), threadKinds.v8);
  assert.equal(threadKind('node', 'V8 DefaultWorke', false), threadKinds.v8);
  assert.equal(threadKind('node', 'libuv-worker', false), threadKinds.libuv);
  assert.equal(threadKind('node', 'WorkerThread', false), threadKinds.worker);
  assert.equal(threadKind('pagefind_extend', 'tokio-runtime-w', false), threadKinds.pagefind);
  assert.equal(threadKind('pagefind_extend', 'pagefind_extend', false), threadKinds.pagefind);
  // Another process's main thread is not the build's main thread.
  assert.equal(threadKind('esbuild', 'esbuild', false), 'esbuild');
  assert.equal(threadKind('node', 'DelayedTaskSche', false), 'DelayedTaskSche');
});

/** Runs `script` in a child Node under the tree watch; its usage, and CPU seconds by kind. */
async function watched(script: string): Promise<{ usage: TreeUsage; by: Map<string, number> }> {
  const p = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const watch = watchTree(p.pid as number);
  const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
  const usage = watch.stop();
  assert.equal(code, 0);
  return { usage, by: new Map(usage.cpuByThread) };
}

// A child whose worker thread and main thread each spend a set amount of their own CPU time (so the
// test holds on a busy machine), then stay alive past the next reading of the threads.
const child = `
const { Worker } = require('node:worker_threads');
const burn = (s) => { const from = process.threadCpuUsage(); for (;;) { const u = process.threadCpuUsage(from); if (u.user + u.system >= s * 1e6) break; } };
const worker = new Worker("const { parentPort } = require('node:worker_threads'); const from = process.threadCpuUsage(); for (;;) { const u = process.threadCpuUsage(from); if (u.user + u.system >= 1.2e6) break; } parentPort.postMessage('done'); setTimeout(() => {}, 60000);", { eval: true });
burn(0.6);
worker.once('message', () => setTimeout(() => process.exit(0), 3000));
`;

test("a process tree's CPU is split among its kinds of thread, and the kinds add up to the tree's CPU", {
  skip: process.platform !== 'linux',
}, async () => {
  const { usage, by } = await watched(child);
  assert.ok((by.get(threadKinds.worker) ?? 0) >= 1.0, `worker threads: ${by.get(threadKinds.worker)} s`);
  assert.ok((by.get(threadKinds.main) ?? 0) >= 0.5, `main thread: ${by.get(threadKinds.main)} s`);
  const sum = usage.cpuByThread.reduce((n, [, s]) => n + s, 0);
  assert.ok(
    Math.abs(sum - usage.cpu) <= 0.1,
    `kinds ${sum.toFixed(2)} s against the tree's ${usage.cpu.toFixed(2)} s`,
  );
  // Largest first.
  const seconds = usage.cpuByThread.map(([, s]) => s);
  assert.deepEqual(
    seconds,
    [...seconds].sort((a, b) => b - a),
  );
});

test("a Pagefind process's time counts as Pagefind's even when it ends before its threads are read", {
  skip: process.platform !== 'linux',
}, async () => {
  // A shell under Pagefind's name (/proc names a process after the file it runs; Node renames its
  // own to MainThread), counting to a million: a fraction of a second of CPU each.
  const dir = await mkdtemp(join(tmpdir(), 'touming-threads-'));
  const pagefind = join(dir, 'pagefind_extended');
  await symlink('/bin/sh', pagefind);
  try {
    // The parent starts three short "Pagefind" processes one after another, as a lane does one a part.
    const count = 'i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done';
    const parent = `
const { spawnSync } = require('node:child_process');
for (let i = 0; i < 3; i++) spawnSync(${JSON.stringify(pagefind)}, ['-c', ${JSON.stringify(count)}], { stdio: 'ignore' });
`;
    const { by } = await watched(parent);
    assert.ok((by.get(threadKinds.pagefind) ?? 0) >= 0.5, `Pagefind: ${by.get(threadKinds.pagefind)} s`);
    assert.ok((by.get(threadKinds.ended) ?? 0) < 0.2, `ended: ${by.get(threadKinds.ended)} s`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
