import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { astroBuild, type BuildResult, copyContent } from '../lib/build.ts';
import { assertFindingsOnProvincePages } from '../lib/detailPages.ts';

// 中卫市司法局 2023 prints 本年新收 自然人 1; make it 2 so its own columns no longer balance.
describe('a report whose numbers do not add up', () => {
  let build: BuildResult;
  before(async () => {
    const dir = await copyContent();
    const file = join(dir, 'reports/640500-sifaju/2023.md');
    const text = await readFile(file, 'utf8');
    const broken = text.replace('newReceived: { natural: 1,', 'newReceived: { natural: 2,');
    assert.notEqual(broken, text);
    await writeFile(file, broken);
    build = await astroBuild(dir, join(dir, 'dist'));
  });

  const page = (path: string) => readFile(join(build.outDir, path), 'utf8');

  test('still builds, and its page shows the number exactly as published', async () => {
    assert.equal(build.code, 0, build.output);
    const html = await page('agencies/640500-sifaju/2023/index.html');
    // The number, as a link to its line of the original (原文对照).
    assert.match(html, /data-cell="table3\.newReceived\.natural"[^>]*>(?:<a [^>]*>)?2</);
  });

  test('its 数据核验 panel states the broken identity with the numbers on both sides', async () => {
    const html = await page('agencies/640500-sifaju/2023/index.html');
    assert.match(
      html,
      /表三「自然人」列：本年新收（2）加上年结转（0）为 2，但办理结果总计（1）加结转下年度（0）为 1，相差 1。/,
    );
    assert.match(html, /一 \+ 二 = <strong>2<\/strong>；（七）总计 \+ 四 = <strong>1<\/strong>/);
  });

  test('the cells involved are highlighted in the table and linked from the panel', async () => {
    const html = await page('agencies/640500-sifaju/2023/index.html');
    assert.match(
      html,
      /<td id="cell-table3-newReceived-natural" data-cell="table3\.newReceived\.natural" class="flagged"/,
    );
    assert.match(
      html,
      /<td id="cell-table3-outcomeTotal-natural" data-cell="table3\.outcomeTotal\.natural" class="flagged"/,
    );
    assert.match(html, /href="#cell-table3-newReceived-natural"/);
    assert.doesNotMatch(html, /id="cell-table3-granted-natural"[^>]*class="flagged"/);
  });

  test('the 数据质量 page counts it under 宁夏, whose page lists it; findings.json has it', async () => {
    const quality = await page('quality/index.html');
    // The main page counts (宁夏: 4 reports, 1 with findings) and links the province; it lists no finding.
    assert.match(
      quality,
      /<th scope="row"><a href="\/quality\/640000\/">宁夏回族自治区<\/a><\/th>\s*<td>4<\/td><td>1<\/td><td>[1-9]\d*<\/td>/,
    );
    assert.doesNotMatch(quality, /本年新收（2）加上年结转（0）为 2|data-agency=/);
    const ningxia = await page('quality/640000/index.html');
    assert.match(ningxia, /data-agency="640500-sifaju" data-year="2023"/);
    assert.match(ningxia, /本年新收（2）加上年结转（0）为 2/);
    assert.match(ningxia, /<option value="640500-sifaju">中卫市司法局<\/option>/);
    const json = JSON.parse(await page('data/findings.json'));
    const rules = json.findings['640500-sifaju/2023'].map((f: { rule: string }) => f.rule);
    assert.ok(rules.includes('table3-balance'), rules.join());
    assert.ok(json.summary.errors >= 2, JSON.stringify(json.summary));
  });

  test('every finding of findings.json is on the province page the 数据质量 page links, once', async () => {
    await assertFindingsOnProvincePages(build.outDir);
  });

  test('the agency page shows it under the year', async () => {
    const html = await page('agencies/640500-sifaju/index.html');
    assert.match(html, /数据核验/);
    assert.match(html, /本年新收（2）加上年结转（0）为 2/);
  });
});
