/**
 * `npm run check` on hundreds of reports under a low limit of open files (as a CI runner or a
 * container may set) reads every original without running out of file handles. The real CLI in a
 * child process, on a generated corpus of ordinary content files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeCorpus } from '../corpus/write.ts';

const script = new URL('../../check.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'touming-scale-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('npm run check reads six hundred originals with only 256 file handles', () => {
  writeCorpus(dir, { seed: 1, years: 10, lastYear: 2024, reports: 600, brokenShare: 0 });
  // `ulimit -n` is a shell built-in: the limit is set for the shell and inherited by node.
  const r = spawnSync(
    'sh',
    ['-c', 'ulimit -n 256 && exec "$0" "$1" --content-dir "$2"', process.execPath, script, dir],
    {
      encoding: 'utf8',
    },
  );
  assert.doesNotMatch(r.stderr, /EMFILE|could not finish/);
  assert.match(r.stdout, /^600 reports, 0 schema errors/m);
  assert.equal(r.status, 0);
});
