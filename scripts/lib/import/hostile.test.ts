/**
 * Hostile and broken inputs through the real importer (issue 14): nothing runs from what was
 * imported, no number silently changes, nothing is lost or half-written, every error is one line
 * naming the file.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { runCli as cli, readSeed, replaceOnce, tempContent } from '../testkit/import.ts';

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Seed 004 (偃师区司法局 2023) with one line changed, in a file named `name` inside a fresh inbox. */
async function variant(name: string, from: string, to: string): Promise<string> {
  const dir = join(await tempContent(false), 'inbox');
  await mkdir(dir);
  const file = join(dir, name);
  await writeFile(file, replaceOnce(await readSeed('004'), from, to));
  return file;
}

test('a report whose count is beyond what a number holds exactly is refused, naming table, row and column; nothing is written', async () => {
  for (const printed of ['100000000000000000000', '12,345,678,901,234,567,890']) {
    const content = await tempContent();
    const r = await cli([
      await variant('r.txt', '行政许可 0', `行政许可 ${printed}`),
      '--content-dir',
      content,
    ]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(
      r.stderr.includes(
        `r.txt:53: error: 表二 · “行政许可” · “本年处理决定数量”: "${printed}" is larger than the largest number that can be kept exactly (9007199254740991)`,
      ),
      r.stderr,
    );
    assert.deepEqual(await listFiles(join(content, 'reports')), []);
  }
});

test('a fee with more digits than a number holds is refused, never rounded; nor is a 20-digit fee written', async () => {
  for (const [printed, reason] of [
    ['12345678.123456789012', 'has more digits than can be kept exactly (it would become 12345678.12345679)'],
    ['100000000000000000000', 'is larger than the largest number that can be kept exactly'],
  ] as const) {
    const content = await tempContent();
    const r = await cli([
      await variant('r.txt', '行政事业性收费 0', `行政事业性收费 ${printed}`),
      '--content-dir',
      content,
    ]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(
      r.stderr.includes(`表二 · “行政事业性收费” · “本年收费金额（单位：万元）”: "${printed}" ${reason}`),
      r.stderr,
    );
    assert.deepEqual(await listFiles(join(content, 'reports')), []);
  }
});

test('thousands separators are read and said in a warning naming the cell; an exact fee is kept to its last digit', async () => {
  const content = await tempContent();
  const file = await variant('r.txt', '行政许可 0', '行政许可 12,345');
  await writeFile(
    file,
    replaceOnce(await readFile(file, 'utf8'), '行政事业性收费 0', '行政事业性收费 1234.56789'),
  );
  const r = await cli([file, '--content-dir', content]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /warning: 表二 · “行政许可” · “本年处理决定数量”: "12,345" read with thousands separators as 12345/,
  );
  const report = await readFile(join(content, 'reports/410307-sifaju/2023.md'), 'utf8');
  assert.match(report, /licensing: \{ decisions: \{ value: 12345, raw: "12,345" \} \}/);
  assert.match(report, /fees: \{ amount: 1234\.56789 \}/);
});

test('what a file is comes from its bytes: an SVG, a script, XML or markdown holding a report is kept only as .txt', async () => {
  const seed = await readSeed('004');
  const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script><text><![CDATA[\n${seed}\n]]></text></svg>\n`;
  const inputs: Record<string, string> = {
    '2023.svg': svg,
    '2023.xml': svg,
    '2023.js': `/*\n${seed}\n*/ alert(document.domain);\n`,
    '2023.mjs': seed,
    '2023.css': seed,
    '2023.xhtml': seed,
    '2023.html': seed,
    '2023.md': seed,
  };
  await Promise.all(
    Object.entries(inputs).map(async ([name, text]) => {
      const content = await tempContent();
      const file = join(await tempContent(false), name);
      await writeFile(file, text);
      const r = await cli([file, '--content-dir', content]);
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.deepEqual(await listFiles(join(content, 'sources')), ['410307-sifaju/2023.txt'], name);
      assert.deepEqual(await readFile(join(content, 'sources/410307-sifaju/2023.txt')), await readFile(file));
      const front = load(
        (await readFile(join(content, 'reports/410307-sifaju/2023.md'), 'utf8')).split('---\n')[1] ?? '',
      ) as { source: { file: string; kind: string } };
      assert.deepEqual(
        [front.source.file, front.source.kind],
        ['sources/410307-sifaju/2023.txt', 'text'],
        name,
      );
    }),
  );
});

test('an input over the size limit is refused with the limit named, before it is read whole', async () => {
  const content = await tempContent();
  const file = await variant('big.txt', '行政许可 0', '行政许可 0');
  // A sparse file: 50 MB on the size, nothing to read; refused by its size alone.
  await truncate(file, 50 * 1024 * 1024);
  const r = await cli([file, '--content-dir', content]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /big\.txt: error: the file is 50 MB, over the 20 MB limit for text or a web page: not read/,
  );
  const pdf = join(await tempContent(false), 'big.pdf');
  await writeFile(pdf, '%PDF-1.7\n');
  await truncate(pdf, 60 * 1024 * 1024);
  const p = await cli([pdf, '--content-dir', content]);
  assert.equal(p.code, 1);
  assert.match(p.stderr, /big\.pdf: error: the file is 60 MB, over the 50 MB limit for a PDF: not read/);
  assert.deepEqual(await listFiles(join(content, 'reports')), []);
});

test('a broken agency file stops the import with one line naming the file and line: no stack trace, nothing written', async () => {
  const content = await tempContent();
  await writeFile(join(content, 'agencies/999999-broken.yaml'), 'name: 某局\nkind: [unclosed\nlevel: x\n');
  const before = await listFiles(content);
  const r = await cli([await variant('r.txt', '行政许可 0', '行政许可 0'), '--content-dir', content]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /agencies\/999999-broken\.yaml:\d+: error: not valid YAML: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.deepEqual(await listFiles(content), before);
});

test('a killed import’s temporary files are removed by the next run, which says so; orphan sources are named, not deleted', async () => {
  const content = await tempContent();
  // Leftovers of a process that is gone (pid 2^22+1 is beyond Linux's pid_max default) and of a live one (this test).
  const dead = 4194305;
  await mkdir(join(content, 'reports/410307-sifaju'), { recursive: true });
  await mkdir(join(content, 'sources/640500-sifaju'), { recursive: true });
  const deadTemps = [
    `reports/410307-sifaju/.2023.md.${dead}.0a1b2c3d4e5f.tmp`,
    `sources/640500-sifaju/.2023.txt.${dead}.abcdefabcdef.tmp`,
  ];
  const liveTemp = `agencies/.x.yaml.${process.pid}.0123456789ab.tmp`;
  for (const t of [...deadTemps, liveTemp]) await writeFile(join(content, t), 'half');
  await writeFile(join(content, 'sources/640500-sifaju/2023.txt'), 'an orphan');
  const r = await cli([await variant('r.txt', '行政许可 0', '行政许可 0'), '--content-dir', content]);
  assert.equal(r.code, 0, r.stderr);
  for (const t of deadTemps)
    assert.ok(
      r.stderr.includes(`removed ${t}: a temporary file left by an import (process ${dead})`),
      r.stderr,
    );
  assert.match(
    r.stderr,
    /warning: sources\/640500-sifaju\/2023\.txt has no report \(reports\/640500-sifaju\/2023\.md\): left as it is/,
  );
  const left = await listFiles(content);
  for (const t of deadTemps) assert.ok(!left.includes(t), t);
  assert.ok(left.includes(liveTemp));
  assert.ok(left.includes('sources/640500-sifaju/2023.txt'));
  assert.ok(!left.some((f) => f.endsWith('.lock')));
});

test('the report’s sha256 is that of the source stored beside it', async () => {
  const content = await tempContent();
  const r = await cli([await variant('r.txt', '行政许可 0', '行政许可 3'), '--content-dir', content]);
  assert.equal(r.code, 0, r.stderr);
  const report = await readFile(join(content, 'reports/410307-sifaju/2023.md'), 'utf8');
  const sha = createHash('sha256')
    .update(await readFile(join(content, 'sources/410307-sifaju/2023.txt')))
    .digest('hex');
  assert.ok(report.includes(`sha256: ${sha}`));
});

test('a saved page whose canonical link is javascript: is imported without it: only an http(s) address becomes source.url', async () => {
  const page = await readFile(
    new URL('../../../../shared/samples/shuyang-fgj-2023.html', import.meta.url),
    'latin1',
  );
  for (const [href, kept] of [
    ['javascript:alert(document.domain)', undefined],
    [
      'https://www.shuyang.gov.cn/syfgj/zfxxgkndbg/2024/01/report.html',
      'https://www.shuyang.gov.cn/syfgj/zfxxgkndbg/2024/01/report.html',
    ],
  ] as const) {
    const content = await tempContent();
    const dir = join(content, '..', `inbox-${kept ? 'http' : 'js'}`);
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'page.html');
    await writeFile(
      file,
      Buffer.from(page.replace(/<head([^>]*)>/i, `<head$1><link rel="canonical" href="${href}">`), 'latin1'),
    );
    const r = await cli([file, '--content-dir', content]);
    assert.equal(r.code, 0, r.stderr);
    const text = await readFile(join(content, 'reports/321322-fazhanhegaigeju/2023.md'), 'utf8');
    const front = load(text.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as { source: { url?: string } };
    assert.equal(front.source.url, kept);
    if (!kept) assert.match(r.stderr + r.stdout, /not an http\(s\) web address: not kept/);
  }
});
