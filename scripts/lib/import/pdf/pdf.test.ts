import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { getDocumentProxy } from 'unpdf';
import { repoAgencies, repoContent, values } from '../../testkit/import.ts';
import { importFile } from '../importFile.ts';
import { importReport } from '../importReport.ts';
import { pagesDocument } from './document.ts';
import { bytesForText } from './fonts.ts';
import { minimalPdf, tinyImage } from './testPdf.ts';
import { type PdfItem, type PdfPage, readPdfText } from './text.ts';

const samplePath = join(repoContent, 'sources/320800-renminzhengfu/2024.pdf');
let sample: Uint8Array;
let pages: PdfPage[];

before(async () => {
  sample = await readFile(samplePath);
  const read = await readPdfText(sample);
  assert.ok(read.ok);
  pages = read.pages;
});

/** Imports the sample's pages after `change` altered a copy of them. */
async function importPages(change: (pages: PdfPage[]) => void) {
  const copy = structuredClone(pages);
  change(copy);
  return importReport({
    bytes: sample,
    ext: '.pdf',
    doc: pagesDocument(copy),
    agencies: await repoAgencies(),
  });
}

const find = (page: PdfPage, str: string, near?: { x?: number; y?: number }) => {
  const i = page.items.findIndex(
    (it) =>
      it.str === str &&
      (near?.x === undefined || Math.abs(it.x - near.x) < 2) &&
      (near?.y === undefined || Math.abs(it.y - near.y) < 2),
  );
  assert.ok(i >= 0, `${str} on page ${page.number}`);
  return i;
};
const page = (ps: PdfPage[], n: number) => ps[n - 1] as PdfPage;

test('a PDF without a text layer (a scan: only an image, or only drawings) is refused, saying so', async () => {
  const scans = [
    minimalPdf([{ content: 'q 595 0 0 842 0 0 cm /Im1 Do Q', resources: { XObject: { Im1: tinyImage } } }]),
    minimalPdf([{ content: '72 72 m 500 770 l S 100 100 200 300 re f' }, { content: '0 0 m 10 10 l S' }]),
  ];
  for (const bytes of scans) {
    const r = await importFile({ bytes, ext: '.pdf' });
    assert.deepEqual(
      r.errors.map((e) => e.code),
      ['pdf-no-text'],
    );
    assert.match(r.errors[0]?.message ?? '', /no text layer.*scan.*OCR/);
  }
});

test('a file that only starts like a PDF is refused as unreadable; a PDF is told by its bytes, not its name', async () => {
  const r = await importFile({ bytes: Buffer.from('%PDF-1.7\nnot really'), ext: '.txt' });
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['pdf-unreadable'],
  );
});

test('a PDF with text that is no report says so, like any other input', async () => {
  const bytes = minimalPdf([
    {
      content: 'BT /F1 12 Tf 72 700 Td (Minutes of the meeting) Tj ET',
      resources: { Font: { F1: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' } },
    },
  ]);
  assert.deepEqual(
    (await importFile({ bytes, ext: '.pdf' })).errors.map((e) => e.code),
    ['no-report'],
  );
});

test('rows and columns come from positions: a number missing from a row leaves that cell blank, the rest in place', async () => {
  const r = await importPages((ps) => {
    const p4 = page(ps, 4);
    p4.items.splice(find(p4, '53', { y: 370.7 }), 1);
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(values(r.report?.table3).newReceived, {
    natural: 3001,
    commercial: null,
    research: 0,
    publicInterest: 0,
    legalService: 61,
    other: 4,
    total: 3119,
  });
  assert.ok(r.warnings.some((w) => w.code === 'blank-cells' && w.page === 4));
  // A blank is not 0: no sum is said to fail for it.
  assert.ok(!r.warnings.some((w) => w.code.startsWith('sum-')));
});

test('a row whose label is gone: its numbers placed by the form’s order, confirmed by the identities, with its page', async () => {
  const r = await importPages((ps) => {
    const p5 = page(ps, 5);
    p5.items.splice(find(p5, '2.重复申请'), 1);
  });
  assert.deepEqual(r.errors, []);
  const placed = r.warnings.filter((w) => w.code === 'placed-by-order');
  assert.deepEqual(
    placed.map((w) => [w.row, w.page]),
    [['2.重复申请', 5]],
  );
  assert.equal(r.reads?.table3.get('notProcessedRepeated.natural')?.how, 'order');
  assert.match(r.text ?? '', /\n {2}table3\.notProcessedRepeated: \{ how: order, page: 5 \}\n/);
});

test('a row whose label is gone where no identity can confirm its place is refused, naming the row, with its page', async () => {
  const r = await importPages((ps) => {
    const p5 = page(ps, 5);
    p5.items.splice(find(p5, '2.重复申请'), 1);
    // （七）总计 printed as "/" throughout: nothing can confirm where the unlabelled numbers go.
    const p7 = ps.find((p) => p.items.some((it) => it.str === '（七）总计')) as PdfPage;
    const y = p7.items[find(p7, '（七）总计')]?.y ?? 0;
    const row = p7.items.filter((it) => Math.abs(it.y - y) < 3 && /^\d+$/.test(it.str));
    assert.equal(row.length, 7);
    for (const it of row) it.str = '/';
  });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row ?? '', e.page ?? 0]),
    [['unread', '2.重复申请', 5]],
  );
});

test('the order of the content stream does not matter, only where the text stands', async () => {
  const [a, b] = [
    await importPages(() => {}),
    await importPages((ps) => {
      for (const p of ps) p.items.reverse();
    }),
  ];
  assert.equal(b.text, a.text);
});

test('running headers and footers are dropped wherever they recur; page numbers never reach the text', async () => {
  const header: PdfItem = {
    str: '淮安市人民政府2024年政府信息公开工作年度报告',
    x: 150,
    y: 800,
    w: 300,
    size: 9,
  };
  const a = await importPages(() => {});
  const b = await importPages((ps) => {
    for (const p of ps) p.items.push({ ...header }, { ...header, str: `第 ${p.number} 页，共 6 页`, y: 20 });
  });
  assert.deepEqual(b.errors, []);
  assert.equal(b.text, a.text);
});

test('font programs are hidden from pdfjs only when every font maps to Unicode itself, and the text is the same', async () => {
  const fast = bytesForText(sample);
  const changed = [...fast.keys()].filter((i) => fast[i] !== sample[i]);
  assert.equal(changed.length, 9, 'the nine /FontFile2 keys');
  const items = async (bytes: Uint8Array) => {
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const out: string[] = [];
    for (let n = 1; n <= doc.numPages; n++)
      for (const it of (await (await doc.getPage(n)).getTextContent()).items)
        if ('str' in it) out.push(`${it.str}@${it.transform.join(',')}/${it.width}`);
    await doc.destroy();
    return out;
  };
  assert.deepEqual(await items(fast), await items(sample));
  const noMap = Buffer.from(
    '%PDF-1.4\n5 0 obj\n<< /Type /Font /Subtype /TrueType /FontDescriptor 6 0 R >>\nendobj\n6 0 obj\n<< /FontFile2 7 0 R >>\nendobj\n',
    'latin1',
  );
  assert.deepEqual(bytesForText(noMap), new Uint8Array(noMap));
  const hidden = Buffer.concat([sample, Buffer.from('\n9 0 obj\n<< /Type /ObjStm >>\nendobj\n', 'latin1')]);
  assert.deepEqual(bytesForText(hidden), new Uint8Array(hidden));
});

/** The cells of table 三 read from the sample, unchanged, as a map of key to value. */
const table3Cells = (r: Awaited<ReturnType<typeof importPages>>) =>
  new Map(
    Object.entries(values(r.report?.table3)).flatMap(([row, cells]) =>
      Object.entries(cells ?? {}).map(([col, v]) => [`${row}.${col}`, v] as const),
    ),
  );

/** Takes out table 三's numbers where `drop` says, on the pages it spans (4 and 5, above table 四). */
function dropTable3Numbers(ps: PdfPage[], drop: (it: PdfItem) => boolean) {
  const last = page(ps, 5).items[find(page(ps, 5), '四、结转下年度继续办理')]?.y ?? 0;
  const inTable3 = (n: number, it: PdfItem) => (n === 4 ? it.y < 380 : it.y > last - 3);
  for (const n of [4, 5]) {
    const p = page(ps, n);
    p.items = p.items.filter((it) => !(/^\d+$/.test(it.str) && inTable3(n, it) && drop(it)));
  }
}

test('a column left blank in every row is read as blanks where the borders between cells place it', async () => {
  const unchanged = table3Cells(await importPages(() => {}));
  // 科研机构 and 社会公益组织 (0 on every row of this report) printed as empty cells.
  const blankColumns = (it: PdfItem) => Math.abs(it.x - 337) < 3 || Math.abs(it.x - 377) < 3;
  const r = await importPages((ps) => dropTable3Numbers(ps, blankColumns));
  assert.deepEqual(r.errors, []);
  const cells = table3Cells(r);
  assert.equal(cells.size, 175);
  for (const [key, value] of unchanged) {
    const blank = /\.(research|publicInterest)$/.test(key);
    assert.equal(cells.get(key), blank ? null : value, key);
  }
  // Without the borders the two columns cannot be seen: five numbers where the form has seven are refused.
  const unruled = await importPages((ps) => {
    dropTable3Numbers(ps, blankColumns);
    for (const p of ps) delete p.borders;
  });
  assert.ok(unruled.errors.some((e) => e.code === 'cell-count'));
});

test('a row left blank, only its label printed, is a row of blank cells between bordered rows', async () => {
  const unchanged = table3Cells(await importPages(() => {}));
  // 3.要求提供公开出版物 (beside its heading （五）不予处理) and 4.无正当理由大量反复申请: all 0 in this report.
  const blankRows = (it: PdfItem) => Math.abs(it.y - 650) < 2 || Math.abs(it.y - 626) < 2;
  const r = await importPages((ps) => dropTable3Numbers(ps, (it) => blankRows(it)));
  assert.deepEqual(r.errors, []);
  const cells = table3Cells(r);
  for (const [key, value] of unchanged) {
    const blank = /^(notProcessedPublication|notProcessedMassive)\./.test(key);
    assert.equal(cells.get(key), blank ? null : value, key);
  }
});

test('a number wrapped inside its narrow cell (3001 printed 30 over 01) is one number, by the borders around it', async () => {
  const wrap = (ps: PdfPage[]) => {
    const p4 = page(ps, 4);
    const i = find(p4, '3001', { y: 370.7 });
    const it = p4.items[i] as PdfItem;
    p4.items.splice(
      i,
      1,
      { ...it, str: '30', y: it.y + 5, w: it.w / 2 },
      { ...it, str: '01', y: it.y - 5, w: it.w / 2 },
    );
  };
  const r = await importPages(wrap);
  assert.deepEqual(r.errors, []);
  assert.equal(values(r.report?.table3).newReceived?.natural, 3001);
  // Without the borders the two lines are two rows of numbers: refused, never 30 or 01 on a row.
  const unruled = await importPages((ps) => {
    wrap(ps);
    for (const p of ps) delete p.borders;
  });
  const natural = values(unruled.report?.table3).newReceived?.natural;
  assert.ok(natural === undefined || natural === 3001, String(natural));
});

test('a heading and the label beside it, too close for the gap to part them, are parted by the border between their cells', async () => {
  const close = (ps: PdfPage[]) => {
    const p4 = page(ps, 4);
    const label = p4.items[find(p4, '5.属于三类内部事务信息')] as PdfItem;
    const heading = p4.items[find(p4, '予公开')] as PdfItem;
    // On the label's baseline, ending 4.4 points before it (under 0.6 of a character), the border between.
    Object.assign(heading, { y: label.y, x: label.x - 4.4 - heading.w });
  };
  const lineOf = (ps: PdfPage[]) =>
    pagesDocument(ps)
      .lines.find((l) => l.includes('5.属于三类内部事务信息'))
      ?.split('\t')
      .slice(0, 2)
      .join('\t');
  const ruled = structuredClone(pages);
  close(ruled);
  assert.equal(lineOf(ruled), '予公开\t5.属于三类内部事务信息');
  const unruled = structuredClone(ruled);
  for (const p of unruled) delete p.borders;
  assert.equal(lineOf(unruled), '予公开5.属于三类内部事务信息\t7');
  const r = await importPages(close);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.report?.table3, (await importPages(() => {})).report?.table3);
});

test('a table ruled only around groups of columns (no border between the 法人 columns) is read by the numbers’ positions', async () => {
  const unchanged = await importPages(() => {});
  const r = await importPages((ps) => {
    for (const n of [4, 5]) {
      const b = page(ps, n).borders;
      // The borders between 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他, on table 三's rows.
      if (b) b.vertical = b.vertical.filter((v) => !(v.x > 300 && v.x < 470 && v.y1 > 400));
    }
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.report?.table3, unchanged.report?.table3);
});

test('a row border missing between two labelled rows with numbers in the same columns does not join them (规章 / 行政规范性文件, 行政处罚 / 行政强制)', async () => {
  const unchanged = await importPages(() => {});
  const r = await importPages((ps) => {
    const drop = (n: number, y: number) => {
      const b = page(ps, n).borders;
      if (b) b.horizontal = b.horizontal.filter((h) => Math.abs(h.y - y) > 1);
    };
    drop(3, 268.1);
    drop(4, 690.7);
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.report?.table2, unchanged.report?.table2);
});
