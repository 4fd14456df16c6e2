import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  bundledImportDay,
  gbkBytes,
  importText,
  readSeed,
  replaceOnce,
  repoAgencies,
  repoContent,
  seedNames,
  seeds,
  utf16Bytes,
  values,
} from '../testkit/import.ts';
import { importReport } from './importReport.ts';
import { formatProblem } from './problems.ts';
import type { Problem } from './types.ts';

const bundled = (path: string) => readFile(join(repoContent, path), 'utf8');

test('all five seeds import to exactly the bundled report files, byte for byte', async () => {
  for (const name of seedNames) {
    const r = await importText(await readSeed(name), { importedOn: await bundledImportDay(seeds[name]) });
    assert.deepEqual(r.errors, [], name);
    assert.equal(r.paths?.source, seeds[name], name);
    assert.equal(r.text, await bundled(r.paths?.report ?? ''), name);
  }
});

test('re-importing the same source gives the same bytes', async () => {
  for (const name of seedNames) {
    const text = await readSeed(name);
    assert.equal((await importText(text)).text, (await importText(text)).text, name);
  }
});

test('the numbers are the ones the seeds print', async () => {
  const s002 = await importText(await readSeed('002'));
  const t2 = values(s002.report?.table2);
  assert.deepEqual(t2.normativeDocuments, { issued: 0, repealed: 1, inForce: 13 });
  assert.deepEqual(t2.licensing, { decisions: 74 });
  const t3 = values(s002.report?.table3);
  assert.deepEqual(t3.newReceived, {
    natural: 1,
    commercial: 0,
    research: 0,
    publicInterest: 0,
    legalService: 0,
    other: 0,
    total: 1,
  });
  assert.deepEqual(t3.partiallyGranted, t3.newReceived);
  assert.deepEqual(t3.outcomeTotal, t3.newReceived);
  const s003 = await importText(await readSeed('003'));
  assert.deepEqual(values(s003.report?.table4).reconsideration, {
    upheld: 1,
    corrected: 1,
    other: 1,
    pending: 1,
    total: 4,
  });
  // Everything else the five reports print is 0.
  for (const name of seedNames) {
    const r = await importText(await readSeed(name));
    const nonZero = Object.entries({ ...r.report?.table2, ...r.report?.table3, ...r.report?.table4 }).flatMap(
      ([row, cols]) =>
        Object.entries(cols)
          .filter(([, c]) => c.value !== 0)
          .map(([col]) => `${row}.${col}`),
    );
    const expected = {
      '000': [],
      '001': [],
      '002': [
        'normativeDocuments.repealed',
        'normativeDocuments.inForce',
        'licensing.decisions',
        ...['newReceived', 'partiallyGranted', 'outcomeTotal'].flatMap((r) => [`${r}.natural`, `${r}.total`]),
      ],
      '003': [
        'reconsideration.upheld',
        'reconsideration.corrected',
        'reconsideration.other',
        'reconsideration.pending',
        'reconsideration.total',
      ],
      '004': [],
    }[name];
    assert.deepEqual(nonZero, expected, name);
  }
});

test('titles, agencies and years come from the title lines; the body keeps every part heading as printed', async () => {
  const r = await importText(await readSeed('001'));
  assert.equal(r.report?.title, '利通区司法局2022年政府信息公开工作年度报告');
  assert.deepEqual([r.report?.agency, r.report?.year], ['640302-sifaju', 2022]);
  assert.deepEqual(
    r.body?.split('\n').filter((l) => l.startsWith('## ')),
    [
      '## 一、总体情况',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
    ],
  );
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['heading-truncated', 'alias-label', 'alias-label'],
  );
});

test('the body has the preamble, no table text and no 勾稽关系 note', async () => {
  const r = await importText(await readSeed('000'));
  const body = r.body ?? '';
  assert.match(body, /^根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅/);
  assert.ok(!body.includes('勾稽关系'));
  assert.ok(!body.includes('行政规范性文件'));
  assert.ok(!body.includes('0 0 0'));
  assert.match(
    body,
    /## 四、政府信息公开行政复议、行政诉讼情况\n\n## 五、存在的主要问题及改进情况\n\n2023年以来/,
  );
});

async function failure(text: string) {
  const r = await importText(text);
  assert.equal(r.text, undefined);
  assert.ok(r.errors.length > 0);
  return r.errors.map((e) => formatProblem('in.txt', e));
}

test('a deleted row: refused, naming the table and the row', async () => {
  const errors = await failure(
    replaceOnce(await readSeed('000'), '3.要求提供公开出版物 0 0 0 0 0 0 0\n', ''),
  );
  assert.deepEqual(errors, ['in.txt: error: 表三 · “3.要求提供公开出版物”: row not found in the table']);
});

test('a number removed: refused, naming table, row, what was expected and the source line', async () => {
  const errors = await failure(replaceOnce(await readSeed('002'), '行政许可\t74\t\t', '行政许可\t\t\t'));
  assert.equal(errors.length, 1);
  assert.match(
    errors[0] ?? '',
    /^in\.txt:\d+: error: 表二 · “行政许可”: found the row’s label but no numbers that belong to it \(expected 1\)\n {4}\| 行政许可$/,
  );
});

test('a number removed from a table 三 row names the row, the columns expected and the line', async () => {
  const text = replaceOnce(
    await readSeed('000'),
    '1.属于国家秘密 0 0 0 0 0 0 0',
    '1.属于国家秘密 0 0 0 0 0 0',
  );
  const errors = await failure(text);
  const line = text.split('\n').indexOf('1.属于国家秘密 0 0 0 0 0 0') + 1;
  assert.deepEqual(errors, [
    `in.txt:${line}: error: 表三 · “1.属于国家秘密”: expected 7 numbers (自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计), found 6 (0 0 0 0 0 0): 6 numbers where the form has 7 cells, and too few digits to split into them\n    | 1.属于国家秘密 0 0 0 0 0 0`,
  ]);
});

test('a garbled label between read rows: placed by the form’s order, confirmed by the identities, and said so', async () => {
  const text = replaceOnce(await readSeed('004'), '7.属于行政执法案卷 0', '7.喵喵喵喵喵喵喵 0');
  const r = await importText(text);
  assert.deepEqual(r.errors, []);
  const said = r.warnings.find((w) => w.code === 'placed-by-order');
  assert.equal(said?.row, '7.属于行政执法案卷');
  assert.match(
    formatProblem('in.txt', said as Problem),
    /placed by the form’s order as 0 0 0 0 0 0 0, confirmed by the table’s identities\n {4}\| 7\.喵喵喵喵喵喵喵 0 0 0 0 0 0 0/,
  );
  assert.equal(r.reads?.table3.get('deniedEnforcementFiles.total')?.how, 'order');
  assert.match(r.text ?? '', /\n {2}table3\.deniedEnforcementFiles: \{ how: order, line: \d+ \}\n/);
});

test('two garbled labels side by side whose numbers differ: which is which cannot be told, so both are refused', async () => {
  let text = replaceOnce(
    await readSeed('002'),
    '4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0',
    '4.喵喵喵喵喵喵喵\t1\t0\t0\t0\t0\t0\t1',
  );
  text = replaceOnce(text, '5.属于三类内部事务信息', '5.汪汪汪汪汪汪汪');
  // 自然人 now has one more outcome: the totals agree with it, so that only the order is in doubt.
  text = replaceOnce(text, '(七) 总计\t1\t0\t0\t0\t0\t0\t1', '(七) 总计\t2\t0\t0\t0\t0\t0\t2');
  text = replaceOnce(text, '数量\t\t1\t0\t0\t0\t0\t0\t1', '数量\t\t2\t0\t0\t0\t0\t0\t2');
  const errors = await failure(text);
  assert.ok(
    errors.some((e) =>
      /表三 · “4\.保护第三方合法权益、5\.属于三类内部事务信息”: 2 rows of numbers without a label .* can be read 2 ways/.test(
        e,
      ),
    ),
    errors.join('\n'),
  );
});

test('an empty file, a file that is not a report and binary junk are each refused with the reason', async () => {
  assert.deepEqual(await failure(''), ['in.txt: error: the file is empty']);
  assert.deepEqual(await failure('会议通知\n\n请各单位准时参加。\n'), [
    'in.txt: error: not a report: no title ending in 报告 (e.g. …2023年政府信息公开工作年度报告), no part headings and none of the three tables',
  ]);
  const junk = importReport({
    bytes: Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
    ext: 'txt',
  });
  assert.deepEqual(
    junk.errors.map((e) => e.message),
    ['the file is binary, not text'],
  );
  const seed = await readSeed('002');
  const truncated = await failure(seed.slice(0, seed.indexOf('二、主动公开政府信息情况')));
  assert.deepEqual(truncated, [
    'in.txt: error: 表二: table not found: none of its header words or row labels are in the source',
    'in.txt: error: 表三: table not found: none of its header words or row labels are in the source',
    'in.txt: error: 表四: table not found: none of its header words or row labels are in the source',
  ]);
});

test('a Word document, an old Office file or an image is refused saying what it is and what to import instead', async () => {
  // A .docx LibreOffice wrote from the 沭阳 web page (a ZIP whose entries are under word/), under a .txt name.
  const docx = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    Buffer.from('\0\0[Content_Types].xml\0\0word/document.xml\0'),
  ]);
  const message = (bytes: Uint8Array) => importReport({ bytes, ext: 'txt' }).errors.map((e) => e.message);
  assert.deepEqual(message(docx), [
    'the file is a Word document (.docx), not text: save it as a web page, PDF or text, or convert it (pandoc -t gfm report.docx -o report.md), and import that',
  ]);
  const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  assert.match(
    message(doc)[0] ?? '',
    /^the file is a Word 97–2003 document .*, not text: save it as a web page, PDF or text, and import that$/,
  );
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  assert.match(message(png)[0] ?? '', /^the file is an image .*: run OCR on it first/);
});

test('--allow-partial writes what it could read, the rest as not read with the reason, and says so', async () => {
  const text = replaceOnce(
    await readSeed('000'),
    '1.属于国家秘密 0 0 0 0 0 0 0',
    '1.属于国家秘密 0 0 0 0 0 0',
  );
  const r = await importText(text, { allowPartial: true });
  assert.deepEqual(r.errors, []);
  assert.ok(r.text);
  assert.deepEqual(r.report?.table3.deniedStateSecret?.natural, {
    value: null,
    unread: 'found 6 (0 0 0 0 0 0) where 7 numbers belong',
  });
  assert.deepEqual(r.report?.table3.deniedProhibitedByLaw?.natural, { value: 0 });
  assert.deepEqual(
    r.warnings.map((w) => [w.code, w.table]),
    [
      ['cell-count', '表三'],
      ['partial', '表三'],
    ],
  );
  assert.match(
    r.text ?? '',
    /deniedStateSecret: \{ natural: \{ value: null, unread: "found 6 \(0 0 0 0 0 0\) where 7 numbers belong" \}, commercial/,
  );
});

test('CRLF line endings, a GBK file and a UTF-16 file (Notepad’s “Unicode”, byte-order mark first) read the same as UTF-8 with LF', async () => {
  const text = await readSeed('003');
  const plain = await importText(text);
  assert.ok(plain.report, 'the seed imports');
  const crlf = await importText(text.replace(/\n/g, '\r\n'));
  assert.equal(crlf.body, plain.body);
  assert.deepEqual(crlf.report?.table3, plain.report?.table3);
  for (const [name, bytes] of [
    ['gb18030', gbkBytes(text)],
    ['utf-16le', utf16Bytes(text, 'le')],
    ['utf-16be', utf16Bytes(text, 'be')],
  ] as const) {
    const r = importReport({ bytes, ext: 'txt', agencies: await repoAgencies() });
    assert.deepEqual(r.errors, [], name);
    assert.equal(r.body, plain.body, name);
    assert.deepEqual(
      [r.report?.table2, r.report?.table3, r.report?.table4],
      [plain.report?.table2, plain.report?.table3, plain.report?.table4],
      name,
    );
    assert.ok(
      r.warnings.some((w) => w.code === 'encoding' && w.message === `decoded as ${name}`),
      name,
    );
  }
});

test('radical code points a PDF converter leaves (⼈ for 人, ⺠ for 民, ⾏ for 行) read as the characters they draw', async () => {
  const text = await readSeed('003');
  const plain = await importText(text);
  const radicals: Record<string, string> = {
    人: '⼈',
    民: '⺠',
    行: '⾏',
    一: '⼀',
    长: '⻓',
    门: '⻔',
    见: '⻅',
  };
  const swapped = text.replace(/[人民行一长门见]/g, (c) => radicals[c] ?? c);
  assert.notEqual(swapped, text);
  const r = await importText(swapped);
  assert.deepEqual(r.errors, []);
  assert.equal(r.body, plain.body);
  assert.equal(r.report?.title, plain.report?.title);
  assert.deepEqual(
    [r.report?.table2, r.report?.table3, r.report?.table4],
    [plain.report?.table2, plain.report?.table3, plain.report?.table4],
  );
});

test('a web page saved in GBK reads as the same page in UTF-8 does, whether or not it names its charset', async () => {
  const page = await readFile(join(repoContent, 'sources/321322-fazhanhegaigeju/2023.html'), 'utf8');
  assert.match(page, /<meta charset="utf-8" \/>/);
  const agencies = await repoAgencies();
  const utf8 = importReport({ bytes: Buffer.from(page), ext: 'html', agencies });
  assert.ok(utf8.report, 'the page imports');
  // Markup, styles and scripts are most of a page's characters: only its readable text is Chinese.
  for (const meta of [
    '<meta charset="gbk" />',
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '',
  ]) {
    const bytes = gbkBytes(page.replace('<meta charset="utf-8" />', meta));
    const r = importReport({ bytes, ext: 'html', agencies });
    assert.deepEqual(r.errors, [], meta);
    assert.equal(r.body, utf8.body, meta);
    assert.deepEqual(r.report?.table3, utf8.report?.table3, meta);
  }
});

test('an empty file, and bytes in no encoding Chinese text arrives in, are refused with why', () => {
  const empty = importReport({ bytes: new Uint8Array(), ext: 'txt' });
  assert.equal(empty.errors[0]?.message, 'the file is empty');
  // Latin-1 bytes under a page that says so: neither UTF-8 nor GB18030.
  const latin1 = Buffer.from(
    '<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9 na\xefve</p></body></html>',
    'latin1',
  );
  const r = importReport({ bytes: latin1, ext: 'html' });
  assert.equal(r.errors[0]?.message, 'the file is neither UTF-8 nor GB18030 text (it declares iso-8859-1)');
});

test('options override detection: --year and --agency by id', async () => {
  const r = await importText(await readSeed('004'), { year: 2024, agency: '410307-sifaju' });
  assert.deepEqual(
    [r.report?.agency, r.report?.year, r.paths?.report],
    ['410307-sifaju', 2024, 'reports/410307-sifaju/2024.md'],
  );
  assert.ok((await repoAgencies()).some((a) => a.id === '410307-sifaju'));
});

test('the same report extracted as markdown tables (| cells |, |---| rows) reads the same tables and prose', async () => {
  const seed = await readSeed('002');
  const markdown = seed
    .split('\n')
    .map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l))
    .join('\n')
    .replace(/(\| 信息内容[^\n]*\n)/g, '$1|---|---|---|---|\n');
  assert.match(markdown, /\| 行政许可 \| 74 \| {2}\| {2}\|\n/);
  const [a, b] = [await importText(seed), await importText(markdown)];
  assert.deepEqual(b.errors, []);
  assert.deepEqual(b.warnings, []);
  assert.deepEqual(values(b.report?.table2), values(a.report?.table2));
  assert.deepEqual(values(b.report?.table3), values(a.report?.table3));
  assert.deepEqual(values(b.report?.table4), values(a.report?.table4));
  assert.equal(b.body, a.body);
});

test('a heading with its first paragraph run in on the same line reads as the heading and that paragraph', async () => {
  const seed = await readSeed('002');
  const runIn = replaceOnce(seed, '一、总体情况\n\n2023 年，我局坚持', '一、总体情况 2023 年，我局坚持');
  const [a, b] = [await importText(seed), await importText(runIn)];
  assert.deepEqual(b.errors, []);
  assert.equal(b.body, a.body);
});

test('blank cells are written as not reported and listed in one warning per table', async () => {
  const text = replaceOnce(
    await readSeed('001'),
    '一、本年新收政府信息公开申请数量\t\t0\t0\t0',
    '一、本年新收政府信息公开申请数量\t\t0\t\t0',
  );
  const r = await importText(text);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.report?.table3.newReceived?.commercial, { value: null });
  const blank = r.warnings.filter((w) => w.code === 'blank-cells');
  assert.deepEqual(
    blank.map((w) => [w.table, w.message]),
    [['表三', '1 blank cell read as not reported: 本年新收政府信息公开申请数量 商业企业']],
  );
  assert.match(r.text ?? '', /newReceived: \{ natural: 0, commercial: null, research: 0/);
});
