/**
 * A seed report laid out as a PDF's text layer with table 三 drawn in bordered cells, as a word
 * processor prints it: labels wrapped in their cells, numbers centred in their rows, and then broken
 * the ways real files are: cells and whole rows left empty, numbers wrapped in narrow cells, a row
 * border missing, the borders between the 法人 columns left out. No number lands on a row or column it
 * was not printed in, and no blank is read as a number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { repoAgencies } from '../../testkit/import.ts';
import { importReport } from '../importReport.ts';
import type { Numbers } from '../propertyKit.ts';
import { runs, shaped, wrongCells } from '../propertyShapes.ts';
import { pagesDocument } from './document.ts';
import type { Ledge, Rule } from './rules.ts';
import type { PdfItem, PdfPage } from './text.ts';

const agencies = await repoAgencies();
const size = 10;
const lineGap = 12;
const valueX = (j: number) => 315 + j * 32;
const cjkWidth = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0);

interface Mutation {
  /** Per table 三 row: value columns printed empty. */
  blanks: readonly (readonly number[])[];
  /** Per table 三 row: the column whose number wraps onto a second line, or -1. */
  wraps: readonly number[];
  /** Rows whose border below is not drawn. */
  openBelow: ReadonlySet<number>;
  /** The borders between the five 法人 columns left out. */
  groupsOnly: boolean;
  /** No borders drawn at all: the table read by positions alone. */
  bare?: boolean;
}

/** Chunks of `n` characters. */
const chunks = (s: string, n: number) =>
  Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, i * n + n));

/** The seed's lines as pages of positioned text; table 三 in bordered cells, mutated. */
function layout(text: string, m: Mutation): { pages: PdfPage[]; printed: Map<string, null> } {
  const pages: PdfPage[] = [];
  let page: PdfPage = {
    number: 1,
    width: 595,
    height: 842,
    items: [],
    borders: { vertical: [], horizontal: [] },
  };
  pages.push(page);
  let y = 800;
  const newPage = () => {
    page = {
      number: pages.length + 1,
      width: 595,
      height: 842,
      items: [],
      borders: { vertical: [], horizontal: [] },
    };
    pages.push(page);
    y = 800;
  };
  const item = (str: string, x: number, at: number): PdfItem => ({ str, x, y: at, w: cjkWidth(str), size });
  const printed = new Map<string, null>();
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('一、本年新收'));
  const last = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
  let row = -1;
  let tableTop: number | undefined;
  for (const [i, line] of lines.entries()) {
    const inTable3 = i >= first && i <= last;
    if (!inTable3) {
      if (tableTop !== undefined) tableTop = undefined;
      const cells = line.split('\t').filter((c) => c.trim() !== '');
      const values = cells.filter((c) => /^[\d.]+$/.test(c.trim()));
      const labels = cells.filter((c) => !/^[\d.]+$/.test(c.trim()));
      if (y < 60) newPage();
      if (!cells.length) {
        y -= lineGap;
        continue;
      }
      const label = labels.join(' ');
      const wrapped = values.length ? [label] : chunks(label, 45);
      for (const [k, part] of wrapped.entries()) if (part) page.items.push(item(part, 70, y - k * lineGap));
      const pitch = values.length > 7 ? 17 : 32;
      for (const [j, v] of values.entries()) page.items.push(item(v, 315 + j * pitch + 2, y));
      y -= lineGap * Math.max(1, wrapped.length) + 6;
      continue;
    }
    const cells = line.split('\t').filter((c) => c.trim() !== '');
    const values = cells.filter((c) => /^\d+$/.test(c.trim()));
    const labels = cells.filter((c) => !/^\d+$/.test(c.trim()));
    // An empty line between the table's rows (seed 003 has one) is no row.
    if (!values.length) continue;
    row++;
    const [heading, own] =
      labels.length > 1 ? [labels[0] as string, labels.slice(1).join('')] : ['', labels[0] ?? ''];
    const headingLines = heading ? chunks(heading, 5) : [];
    const ownLines = chunks(own, 17);
    const wrap = m.wraps[row] ?? -1;
    const height = Math.max(headingLines.length, ownLines.length, wrap >= 0 ? 2 : 1);
    const rowHeight = height * lineGap + 8;
    if (y - rowHeight < 60) {
      newPage();
      tableTop = undefined;
    }
    const top = y;
    tableTop ??= top;
    for (const [k, part] of headingLines.entries()) page.items.push(item(part, 70, top - 10 - k * lineGap));
    for (const [k, part] of ownLines.entries()) page.items.push(item(part, 130, top - 10 - k * lineGap));
    const middle = top - 10 - Math.floor((height - 1) / 2) * lineGap;
    values.forEach((v, j) => {
      const key = `table3.${rowKeys[row]}.${columnKeys[j]}`;
      if (m.blanks[row]?.includes(j)) {
        printed.set(key, null);
        return;
      }
      if (j === wrap && v.length > 1) {
        const cut = Math.ceil(v.length / 2);
        page.items.push(item(v.slice(0, cut), valueX(j) + 3, middle + lineGap / 2));
        page.items.push(item(v.slice(cut), valueX(j) + 3, middle - lineGap / 2));
      } else page.items.push(item(v, valueX(j) + 3, middle));
    });
    const bottom = top - rowHeight;
    const borders = page.borders as { vertical: Rule[]; horizontal: Ledge[] };
    borders.horizontal.push({ y: top, x0: 65, x1: valueX(7) });
    if (!m.openBelow.has(row) || i === last) borders.horizontal.push({ y: bottom, x0: 65, x1: valueX(7) });
    const xs = [65, 125, 315, ...[1, 2, 3, 4, 5, 6, 7].map(valueX)].filter(
      (x) => !(m.groupsOnly && x > valueX(1) && x < valueX(6)),
    );
    for (const x of xs) borders.vertical.push({ x, y0: bottom, y1: top });
    y = bottom - 2;
  }
  if (m.bare) for (const p of pages) delete p.borders;
  return { pages, printed };
}

const rowKeys = [
  'newReceived',
  'carriedOver',
  'granted',
  'partiallyGranted',
  'deniedStateSecret',
  'deniedProhibitedByLaw',
  'deniedThreeSecurities',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFiles',
  'deniedInquiry',
  'unavailableNotHeld',
  'unavailableNeedsCreation',
  'unavailableUnclear',
  'notProcessedComplaint',
  'notProcessedRepeated',
  'notProcessedPublication',
  'notProcessedMassive',
  'notProcessedConfirmation',
  'otherNoCorrection',
  'otherUnpaidFee',
  'otherOther',
  'outcomeTotal',
  'carriedForward',
];
const columnKeys = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];

function run(pages: PdfPage[]) {
  return importReport({
    bytes: Buffer.from('a generated layout'),
    ext: '.pdf',
    doc: pagesDocument(pages),
    options: { allowPartial: true },
    agencies,
  });
}

/** Table 三's cells read as printed (a blank where printed empty), out of all. */
function exactShare(r: ReturnType<typeof run>, numbers: Numbers, printed: ReadonlyMap<string, null>) {
  let exact = 0;
  for (const [row, cols] of Object.entries(numbers.table3))
    for (const [col, n] of Object.entries(cols)) {
      const want = printed.has(`table3.${row}.${col}`) ? null : n;
      const cell = r.tables?.table3[row]?.[col];
      if (cell?.value === want && !(want === null && cell?.unread)) exact++;
    }
  return exact;
}

const plain: Mutation = { blanks: [], wraps: [], openBelow: new Set(), groupsOnly: false };

test('a seed laid out with table 三 in bordered cells, labels wrapped in them: every cell read as printed', () => {
  for (const index of [1, 2, 3]) {
    const s = shaped(index, 7, false);
    const { pages, printed } = layout(s.text, plain);
    const r = run(pages);
    assert.deepEqual(wrongCells(r, s.numbers, printed), [], s.name);
    assert.equal(
      exactShare(r, s.numbers, printed),
      175,
      `${s.name}: ${r.errors.map((e) => e.message).join('; ')}`,
    );
  }
});

const stats = { runs: 0, cells: 0, exact: 0 };

test('table 三 in bordered cells (or with no borders) with cells and rows left empty, numbers wrapped, a row border or the 法人 columns’ borders missing: never a number or a blank on the wrong cell', (t) => {
  const rows = rowKeys.length;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 3 }),
      fc.integer(),
      fc.boolean(),
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constant<number[]>([]) },
          { weight: 2, arbitrary: fc.uniqueArray(fc.nat(6), { maxLength: 5 }) },
          { weight: 1, arbitrary: fc.constant([0, 1, 2, 3, 4, 5, 6]) },
        ),
        { minLength: rows, maxLength: rows },
      ),
      fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(6) }), {
        minLength: rows,
        maxLength: rows,
      }),
      fc.uniqueArray(fc.nat(rows - 1), { maxLength: 2 }),
      fc.boolean(),
      fc.nat(4).map((n) => n === 0),
      (index, numbersSeed, small, blanks, wraps, open, groupsOnly, bare) => {
        const s = shaped(index, numbersSeed, small);
        const m: Mutation = { blanks, wraps, openBelow: new Set(open), groupsOnly, bare };
        const { pages, printed } = layout(s.text, m);
        const r = run(pages);
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}, ${JSON.stringify({ blanks, wraps, open, groupsOnly, bare })}`;
        assert.deepEqual(wrongCells(r, s.numbers, printed), [], where);
        stats.runs++;
        stats.cells += 175;
        stats.exact += exactShare(r, s.numbers, printed);
      },
    ),
    { numRuns: runs(60) },
  );
  t.diagnostic(`${stats.runs} tables: ${stats.exact} of ${stats.cells} cells read as printed`);
});
