import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { laneNicenessUnder, lowerThreadPriority } from './threadPriority.ts';

/** A thread's niceness from /proc (field 19 of its stat line). */
const niceOf = (path: string) => Number(readFileSync(path, 'utf8').split(') ')[1]?.split(' ')[16]);

test('a lane lowers its own thread and the processes it starts, not the renderer’s thread', {
  skip: process.platform !== 'linux' && 'niceness is per thread on Linux only',
}, async () => {
  const mainBefore = niceOf('/proc/thread-self/stat');
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const { execFileSync } = require('node:child_process');
    import(${JSON.stringify(new URL('./threadPriority.ts', import.meta.url).href)}).then(({ lowerThreadPriority }) => {
      const lowered = lowerThreadPriority();
      const own = readFileSync('/proc/thread-self/stat', 'utf8');
      const child = execFileSync('cat', ['/proc/self/stat'], { encoding: 'utf8' });
      parentPort.postMessage({ lowered, own, child });
    });`;
  const worker = new Worker(code, { eval: true });
  const reply = await new Promise<{ lowered: boolean; own: string; child: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const nice = (stat: string) => Number(stat.split(') ')[1]?.split(' ')[16]);
  assert.equal(reply.lowered, true);
  assert.equal(nice(reply.own), laneNicenessUnder(mainBefore), 'the lane’s thread, below the build');
  assert.ok(nice(reply.own) > mainBefore || mainBefore === 19, 'lower than the renderer’s');
  assert.equal(nice(reply.child), nice(reply.own), 'a process the lane starts (as Pagefind is started)');
  assert.equal(niceOf('/proc/thread-self/stat'), mainBefore, 'the renderer’s thread keeps its priority');
});

test('a lane runs ten steps below the build, never past the lowest priority', () => {
  assert.equal(laneNicenessUnder(0), 10);
  assert.equal(laneNicenessUnder(5), 15);
  assert.equal(laneNicenessUnder(15), 19);
});

test('off Linux, where niceness belongs to the whole process, the lane leaves it alone', () => {
  assert.equal(lowerThreadPriority('darwin'), false);
  assert.equal(lowerThreadPriority('win32'), false);
});
