/**
 * The build checks the content before it writes anything: a missing original, one outside
 * content/sources/, one changed since import and a `javascript:` website stop it with one line per
 * problem naming the file, no stack trace, and no dist/ at all (not half of one). A region's build
 * checks its own region's files only, as it reads only those.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { astroBuild, copyContent } from '../lib/build.ts';

let dir = '';
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const edit = async (file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  assert.match(before, from);
  await writeFile(path, before.replace(from, to));
};

test('bad content stops the build before dist/ is written, one line per problem naming its file, no stack trace', async () => {
  dir = await copyContent();
  await rm(join(dir, 'sources/640303-sifaju/2024.txt'));
  await edit('reports/640302-sifaju/2023.md', /^ {2}file: .*$/m, '  file: sources/../../../../etc/hostname');
  await writeFile(join(dir, 'sources/640500-sifaju/2023.txt'), 'not the original');
  await edit('agencies/640500-sifaju.yaml', /^website: .*$/m, 'website: "javascript:alert(document.domain)"');
  // Astro's YAML reads an unquoted date as a date: the gate must see the same, not pass it as text.
  await edit('agencies/640303-sifaju.yaml', /^shortName: .*$/m, 'shortName: 2023-01-01');
  const outDir = join(dir, 'dist');
  const r = await astroBuild(dir, outDir);
  assert.notEqual(r.code, 0);
  assert.match(r.output, /5 problems in the content; nothing was built/);
  for (const line of [
    /reports\/640303-sifaju\/2024\.md: source\.file: "sources\/640303-sifaju\/2024\.txt" does not exist/,
    /reports\/640302-sifaju\/2023\.md: source\.file: a file under content\/sources\/ \(no “\.\.”\)/,
    /reports\/640500-sifaju\/2023\.md: source\.sha256: does not match "sources\/640500-sifaju\/2023\.txt"/,
    /agencies\/640500-sifaju\.yaml: website: an http\(s\) web address/,
    /agencies\/640303-sifaju\.yaml: shortName: .*received Date: put the value in quotes/,
  ])
    assert.match(r.output, line);
  assert.doesNotMatch(r.output, /^\s+at |Stack trace|ENOENT|NoMatchingStaticPathFound/m);
  assert.equal(existsSync(outDir), false, 'nothing written to dist/');
});

test('a region’s build is stopped by a problem in its region, not by one in another region', async () => {
  const regionDir = await copyContent();
  try {
    await rm(join(regionDir, 'sources/410307-sifaju/2023.txt'));
    await rm(join(regionDir, 'sources/640500-sifaju/2023.txt'));
    const outDir = join(regionDir, 'dist');
    const r = await astroBuild(regionDir, outDir, { SITE_REGION: '64' });
    assert.notEqual(r.code, 0);
    assert.match(r.output, /1 problem in the content; nothing was built/);
    assert.match(r.output, /reports\/640500-sifaju\/2023\.md: source\.file: .* does not exist/);
    assert.doesNotMatch(r.output, /410307/);
    assert.equal(existsSync(outDir), false, 'nothing written to dist/');
  } finally {
    await rm(regionDir, { recursive: true, force: true });
  }
});
