/**
 * The two real samples of issue #4, imported from their originals kept under content/sources: every
 * number below was typed by hand from the documents themselves (the web page's tables as a browser
 * shows them; the PDF's pages rendered to images and read by eye), not from the importer's output.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundledImportDay, repoAgencies, repoContent, values } from '../testkit/import.ts';
import { importFile } from './importFile.ts';
import type { ImportOptions } from './importReport.ts';

const html = 'sources/321322-fazhanhegaigeju/2023.html';
const pdf = 'sources/320800-renminzhengfu/2024.pdf';

async function importSample(path: string, options: ImportOptions = {}) {
  const bytes = await readFile(join(repoContent, path));
  return importFile({
    bytes,
    ext: path.slice(path.lastIndexOf('.')),
    options,
    agencies: await repoAgencies(),
  });
}
/** A sample imported as on the day its bundled report records. */
const reimport = async (path: string) => importSample(path, { importedOn: await bundledImportDay(path) });

const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
const row = (...cells: (number | null)[]) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? null]));
const group = (...cells: number[]) =>
  Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c, i) => [c, cells[i]]));

test('沭阳县发展和改革局 2023 (web page): every cell as the page shows it, blank cells not reported', async () => {
  const r = await importSample(html);
  assert.deepEqual(r.errors, []);
  assert.equal(r.report?.format, '2021');
  assert.equal(r.report?.title, '沭阳县发展和改革局2023年政府信息公开年度报告');
  assert.equal(r.report?.source.kind, 'html');
  assert.equal(
    r.report?.source.url,
    'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml',
  );
  assert.deepEqual(values(r.report?.table2), {
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 8, repealed: 0, inForce: 18 },
    licensing: { decisions: 0 },
    penalties: { decisions: 0 },
    coercion: { decisions: 0 },
    fees: { amount: 0 },
  });
  // The page fills in only 自然人 and 总计; the five 法人或其他组织 columns are empty cells on every row.
  const t3 = values(r.report?.table3);
  const filled: Record<string, number> = { newReceived: 26, granted: 26, outcomeTotal: 26 };
  for (const [key, cells] of Object.entries(t3)) {
    const n = filled[key] ?? 0;
    assert.deepEqual(cells, row(n, null, null, null, null, null, n), key);
  }
  assert.equal(Object.keys(t3).length, 25);
  assert.deepEqual(values(r.report?.table4), {
    reconsideration: group(0, 0, 0, 1, 1),
    litigationDirect: group(0, 0, 0, 0, 0),
    litigationAfterReconsideration: group(0, 0, 0, 0, 0),
  });
  assert.match(r.warnings.find((w) => w.code === 'blank-cells')?.message ?? '', /^125 blank cells/);
});

test('沭阳 2023: the report is cut out of the page shell, prose by the page’s paragraphs', async () => {
  const r = await importSample(html);
  const body = r.body ?? '';
  for (const shell of ['繁體版', '无障碍', '索引号', '走进沭阳', '智能问答', '采集时间', 'jquery'])
    assert.ok(!body.includes(shell), shell);
  assert.match(body, /^根据《中华人民共和国政府信息公开条例》/);
  assert.match(body, /\n### （一）主动公开政府信息情况\n/);
  assert.match(body, /## 五、存在的主要问题及整改措施\n/);
  assert.match(body, /沭阳县发展和改革局\n\n2024年1月17日\n$/);
  assert.equal(r.warnings.find((w) => w.code === 'heading-variant')?.line, 1197);
});

test('淮安市人民政府 2024 (PDF): every cell as the printed pages show it', async () => {
  const r = await importSample(pdf);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.report?.title, '淮安市人民政府2024年政府信息公开工作年度报告');
  assert.equal(r.report?.source.kind, 'pdf');
  assert.deepEqual(values(r.report?.table2), {
    rules: { issued: 1, repealed: 0, inForce: 11 },
    normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
    licensing: { decisions: 447228 },
    penalties: { decisions: 3985758 },
    coercion: { decisions: 88283 },
    fees: { amount: 96171.6 },
  });
  assert.deepEqual(values(r.report?.table3), {
    newReceived: row(3001, 53, 0, 0, 61, 4, 3119),
    carriedOver: row(34, 0, 0, 0, 0, 0, 34),
    granted: row(1288, 21, 0, 0, 50, 3, 1362),
    partiallyGranted: row(447, 7, 0, 0, 0, 0, 454),
    deniedStateSecret: row(2, 0, 0, 0, 0, 0, 2),
    deniedProhibitedByLaw: row(30, 1, 0, 0, 0, 0, 31),
    deniedThreeSecurities: row(5, 0, 0, 0, 0, 0, 5),
    deniedThirdParty: row(6, 0, 0, 0, 0, 0, 6),
    deniedInternalAffairs: row(7, 1, 0, 0, 0, 0, 8),
    deniedProcessInfo: row(12, 0, 0, 0, 0, 0, 12),
    deniedEnforcementFiles: row(9, 0, 0, 0, 0, 0, 9),
    deniedInquiry: row(105, 0, 0, 0, 0, 0, 105),
    unavailableNotHeld: row(746, 12, 0, 0, 10, 1, 769),
    unavailableNeedsCreation: row(11, 0, 0, 0, 0, 0, 11),
    unavailableUnclear: row(1, 0, 0, 0, 0, 0, 1),
    notProcessedComplaint: row(56, 6, 0, 0, 0, 0, 62),
    notProcessedRepeated: row(25, 0, 0, 0, 0, 0, 25),
    notProcessedPublication: row(0, 0, 0, 0, 0, 0, 0),
    notProcessedMassive: row(0, 0, 0, 0, 0, 0, 0),
    notProcessedConfirmation: row(1, 0, 0, 0, 0, 0, 1),
    otherNoCorrection: row(67, 3, 0, 0, 1, 0, 71),
    otherUnpaidFee: row(6, 0, 0, 0, 0, 0, 6),
    otherOther: row(108, 2, 0, 0, 0, 0, 110),
    outcomeTotal: row(2932, 53, 0, 0, 61, 4, 3050),
    carriedForward: row(103, 0, 0, 0, 0, 0, 103),
  });
  assert.deepEqual(values(r.report?.table4), {
    reconsideration: group(72, 64, 178, 37, 351),
    litigationDirect: group(13, 4, 8, 1, 26),
    litigationAfterReconsideration: group(12, 1, 1, 6, 20),
  });
});

test('淮安 2024: prose joined across lines and pages, page numbers dropped', async () => {
  const body = (await importSample(pdf)).body ?? '';
  // Page 1 ends “…‘四最’一流” and page 2 goes on “营商环境…”: one sentence.
  assert.match(body, /“建设‘四最’一流营商环境高质量推进产业发展”/);
  assert.match(body, /电子邮箱：hazwgkc@163\.com）。/);
  assert.ok(!/- \d -/.test(body), 'no page numbers');
  const paragraphs = body.split('\n\n');
  assert.equal(
    paragraphs.filter((p) => p.startsWith('（')).length,
    5,
    'the five run-in sub-parts of part 一',
  );
  assert.match(
    body,
    /## 六、其他需要报告的事项\n\n2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。\n$/,
  );
});

test('both samples re-import to exactly the bundled report files', async () => {
  for (const path of [html, pdf]) {
    const r = await reimport(path);
    assert.equal(r.paths?.source, path);
    assert.equal(r.text, await readFile(join(repoContent, r.paths?.report ?? ''), 'utf8'), path);
  }
});

test('the real samples that import completely (issue #13) re-import to exactly the bundled report files', async () => {
  for (const path of [
    'sources/320813-renminzhengfu/2023.pdf',
    'sources/320813-renminzhengfu/2024.pdf',
    'sources/310000-renminzhengfu/2020.html',
  ]) {
    const r = await reimport(path);
    assert.deepEqual(r.errors, [], path);
    assert.equal(r.paths?.source, path);
    assert.doesNotMatch(r.text ?? '', /\bunread:/, `${path}: every cell read`);
    assert.equal(r.text, await readFile(join(repoContent, r.paths?.report ?? ''), 'utf8'), path);
  }
});
