import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { backgroundNicenessUnder, lowerThreadPriority } from './threadPriority.ts';

/** The niceness in a /proc stat line (its 19th field). */
const nice = (stat: string) => Number(stat.split(') ')[1]?.split(' ')[16]);
const ownNice = () => nice(readFileSync('/proc/thread-self/stat', 'utf8'));

test('a lane lowers its own thread and the processes it starts, not the renderer’s thread', {
  skip: process.platform !== 'linux' && 'niceness is per thread on Linux only',
}, async () => {
  const mainBefore = ownNice();
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
  assert.equal(reply.lowered, true);
  assert.equal(nice(reply.own), backgroundNicenessUnder(mainBefore), 'the lane’s thread, below the build');
  assert.ok(nice(reply.own) > mainBefore || mainBefore === 19, 'lower than the renderer’s');
  assert.equal(nice(reply.child), nice(reply.own), 'a process the lane starts (as Pagefind is started)');
  assert.equal(ownNice(), mainBefore, 'the renderer’s thread keeps its priority');
});

test('a background thread runs ten steps below the build, never past the lowest priority', () => {
  assert.equal(backgroundNicenessUnder(0), 10);
  assert.equal(backgroundNicenessUnder(5), 15);
  assert.equal(backgroundNicenessUnder(15), 19);
});

test('off Linux, where niceness belongs to the whole process, a background thread leaves it alone', () => {
  assert.equal(lowerThreadPriority('darwin'), false);
  assert.equal(lowerThreadPriority('win32'), false);
});
