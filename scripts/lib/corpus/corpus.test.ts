import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { table3Columns } from '../../../src/catalogue/index.ts';
import { checkAll } from '../../../src/checks/index.ts';
import { loadContent } from '../content.ts';
import { ruleFor } from './breaks.ts';
import { type CorpusOptions, corpusFiles, emptyManifest } from './corpus.ts';
import { writeCorpus } from './write.ts';

const options: CorpusOptions = { seed: 7, years: 6, lastYear: 2024, agencies: 40, brokenShare: 0.1 };

function digest(o: CorpusOptions): { hash: string; files: number } {
  const hash = createHash('sha256');
  let files = 0;
  for (const f of corpusFiles(o, emptyManifest(o))) {
    hash.update(`${f.path}\0${f.content}\0`);
    files += 1;
  }
  return { hash: hash.digest('hex'), files };
}

test('the same seed gives the same files, byte for byte; another seed other files', () => {
  const a = digest(options);
  assert.deepEqual(digest(options), a);
  assert.notEqual(digest({ ...options, seed: 8 }).hash, a.hash);
  assert.ok(a.files > 40 * 2);
});

test('--reports stops at exactly that many reports; --provinces keeps to those provinces', () => {
  const o: CorpusOptions = {
    ...options,
    agencies: undefined,
    reports: 137,
    provinces: ['宁夏回族自治区', '41'],
  };
  const manifest = emptyManifest(o);
  const files = [...corpusFiles(o, manifest)];
  assert.equal(manifest.reports, 137);
  assert.equal(files.filter((f) => f.path.startsWith('reports/')).length, 137);
  const codes = new Set(files.filter((f) => f.path.startsWith('agencies/')).map((f) => f.path.slice(9, 11)));
  assert.deepEqual([...codes].sort(), ['41', '64']);
});

test('written content validates; identities hold except in the broken share, which the checks catch; carry-overs chain', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'touming-corpus-'));
  try {
    const manifest = writeCorpus(dir, options);
    const { agencies, reports, errors } = await loadContent(dir);
    assert.deepEqual(errors, []);
    assert.equal(agencies.length, 40);
    assert.equal(reports.length, manifest.reports);
    for (const a of agencies) assert.match(a.id, /^\d{6}-[a-z]+$/);
    for (const r of reports) {
      const source = await readFile(join(dir, r.data.source.file));
      assert.equal(createHash('sha256').update(source).digest('hex'), r.data.source.sha256);
    }
    const broken = Object.keys(manifest.broken);
    assert.ok(
      broken.length >= reports.length * 0.04 && broken.length <= reports.length * 0.2,
      `${broken.length} broken`,
    );

    const findings = checkAll(reports, agencies);
    for (const r of reports) {
      const failed = new Set((findings[r.id] ?? []).filter((f) => f.status === 'failed').map((f) => f.rule));
      const b = manifest.broken[r.id];
      if (b) assert.ok(failed.has(ruleFor[b.kind]), `${r.id}: ${b.kind} not caught (${[...failed]})`);
      else assert.deepEqual([...failed], [], `${r.id} has unexpected findings`);
    }

    const byId = new Map(reports.map((r) => [r.id, r]));
    let chained = 0;
    for (const r of reports) {
      const previous = byId.get(`${r.data.agency}/${r.data.year - 1}`);
      if (!previous || manifest.broken[r.id]?.kind === 'carry-over') continue;
      const row = (data: typeof r.data, key: string) => data.table3[key as 'carriedOver'];
      for (const c of table3Columns)
        assert.equal(
          row(r.data, 'carriedOver')[c.key].value,
          row(previous.data, 'carriedForward')[c.key].value,
        );
      chained += 1;
    }
    assert.ok(chained > reports.length / 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
