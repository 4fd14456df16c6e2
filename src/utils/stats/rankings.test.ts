import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zeroReportInput } from '../../../scripts/lib/testkit/tables.ts';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import { allCellPaths, cellKeys } from '../../catalogue/index.ts';
import { type ReportData, reportSchema } from '../../schemas/report.ts';
import {
  type Candidate,
  fractionText,
  minimumSample,
  rank,
  rankingMeasures,
  type Standing,
  standing,
  standingText,
} from './rankings.ts';

const measure = (key: string) => {
  const m = rankingMeasures().find((x) => x.key === key);
  assert.ok(m, key);
  return m;
};
const t3 = (row: string, n: number | null) => ({ [`table3.${row}.total`]: n });
/** A 2021-format report whose 表三 total column gives 新收 and the outcome rows given (every other cell 0). */
const report = (id: string, cells: Record<string, number | null | object>) =>
  reportWith(id, cells as Record<string, number | null>).data;
const candidate = (name: string, data: ReportData): Candidate => ({ id: `${name}/2023`, name, data });

describe('measures come from the catalogue', () => {
  test('every cell a measure reads is a catalogue cell of both forms', () => {
    const known = new Set(allCellPaths().map((c) => c.key));
    for (const m of rankingMeasures())
      for (const t of [...m.numerator, ...(m.denominator ?? [])]) {
        assert.ok(known.has(t.key), t.key);
        assert.ok(cellKeys('2021').has(t.key) && cellKeys('2019').has(t.key), `${t.key} in both forms`);
      }
  });

  test('the eight measures, their names built from catalogue labels', () => {
    assert.deepEqual(
      rankingMeasures().map((m) => [m.key, m.label, m.kind]),
      [
        ['new-received', '本年新收', 'count'],
        ['disclosure-rate', '公开率', 'rate'],
        ['denial-rate', '不予公开率', 'rate'],
        ['unavailable-rate', '无法提供率', 'rate'],
        ['reconsideration', '行政复议', 'count'],
        ['litigation', '行政诉讼', 'count'],
        ['reconsideration-correction', '行政复议纠错率', 'rate'],
        ['litigation-correction', '行政诉讼纠错率', 'rate'],
      ],
    );
    assert.equal(measure('denial-rate').numerator.length, 8, '不予公开: its eight reasons');
    assert.equal(measure('unavailable-rate').numerator.length, 3, '无法提供: its three reasons');
  });
});

describe('one report’s standing', () => {
  test('公开率 = (予以公开 + 部分公开) / 总计, with numerator and denominator', () => {
    const s = standing(
      report('a/2023', { ...t3('granted', 10), ...t3('partiallyGranted', 2), ...t3('outcomeTotal', 40) }),
      measure('disclosure-rate'),
    );
    assert.deepEqual(s, { status: 'value', value: 12 / 40, numerator: 12, denominator: 40, small: false });
    assert.equal(standingText(s), '30.0%');
    assert.equal(fractionText(s), '12/40');
  });

  test('a blank (未填报) is never 0: the agency cannot be computed, and the cell is named', () => {
    const s = standing(
      report('a/2023', { ...t3('granted', null), ...t3('outcomeTotal', 40) }),
      measure('disclosure-rate'),
    );
    assert.deepEqual(s, { status: 'none', reason: '未填报：表三「（一）予以公开」行「总计」列' });
    assert.equal(standingText(s), '无法计算');
    const count = standing(report('a/2023', t3('newReceived', null)), measure('new-received'));
    assert.deepEqual(count, {
      status: 'none',
      reason: '未填报：表三「一、本年新收政府信息公开申请数量」行「总计」列',
    });
  });

  test('an unread cell is named with the importer’s reason', () => {
    const s = standing(
      report('a/2023', {
        'table3.outcomeTotal.total': { value: null, unread: '该行印了两次' },
      }),
      measure('denial-rate'),
    );
    assert.deepEqual(s, { status: 'none', reason: '未读取：表三「（七）总计」行「总计」列（该行印了两次）' });
  });

  test(`under ${minimumSample} cases a rate is small (listed apart); at 0 it has no value`, () => {
    const nine = standing(
      report('a/2023', { ...t3('granted', 9), ...t3('outcomeTotal', 9) }),
      measure('disclosure-rate'),
    );
    assert.equal(nine.status === 'value' && nine.small, true);
    const zero = standing(report('a/2023', {}), measure('disclosure-rate'));
    assert.deepEqual(zero, { status: 'value', value: null, numerator: 0, denominator: 0, small: true });
    assert.equal(standingText(zero), '—');
    const ten = standing(
      report('a/2023', { ...t3('granted', 1), ...t3('outcomeTotal', 10) }),
      measure('disclosure-rate'),
    );
    assert.equal(ten.status === 'value' && ten.small, false);
  });

  test('纠错率 = 结果纠正 / (总计 − 尚未审结); a group that does not add up cannot be computed', () => {
    const g = (upheld: number, corrected: number, other: number, pending: number, total: number) => ({
      'table4.reconsideration.upheld': upheld,
      'table4.reconsideration.corrected': corrected,
      'table4.reconsideration.other': other,
      'table4.reconsideration.pending': pending,
      'table4.reconsideration.total': total,
    });
    const ok = standing(report('a/2023', g(8, 3, 1, 2, 14)), measure('reconsideration-correction'));
    assert.deepEqual(ok, { status: 'value', value: 3 / 12, numerator: 3, denominator: 12, small: false });
    // 洪泽区 2023 as printed: 维持 10, 纠正 1, 总计 0.
    const broken = standing(report('a/2023', g(10, 1, 0, 0, 0)), measure('reconsideration-correction'));
    assert.deepEqual(broken, {
      status: 'none',
      reason: '表四“行政复议”不平衡：总计 0，而结果维持、结果纠正、其他结果、尚未审结之和为 11',
    });
    assert.equal(standing(report('a/2023', g(10, 1, 0, 0, 0)), measure('reconsideration')).status, 'none');
  });

  test('a numerator larger than its denominator is inconsistent, not a rate over 100%', () => {
    const s = standing(
      report('a/2023', { ...t3('granted', 30), ...t3('outcomeTotal', 20) }),
      measure('disclosure-rate'),
    );
    assert.equal(s.status, 'none');
  });

  test('a 2019-form report is read by the same catalogue keys', () => {
    const input = zeroReportInput('2019');
    input.table3.granted = { ...input.table3.granted, total: 30 };
    input.table3.outcomeTotal = { ...input.table3.outcomeTotal, total: 50 };
    input.table3.deniedInquiry = { ...input.table3.deniedInquiry, total: 5 };
    const data = reportSchema.parse(input) as ReportData;
    assert.equal(data.format, '2019');
    assert.equal(standingText(standing(data, measure('disclosure-rate'))), '60.0%');
    assert.equal(fractionText(standing(data, measure('denial-rate'))), '5/50');
  });
});

describe('ranking', () => {
  const rate = (name: string, n: number, d: number) =>
    candidate(name, report('a/2023', { ...t3('granted', n), ...t3('outcomeTotal', d) }));

  test('highest first; equal rates (as fractions) share a rank, the larger denominator first; the small and the blank apart', () => {
    const r = rank(measure('disclosure-rate'), [
      rate('丙', 1, 3),
      rate('甲', 20, 40),
      rate('乙', 10, 30),
      rate('丁', 12, 24),
      rate('小', 5, 5),
      candidate('空', report('a/2023', t3('granted', null))),
    ]);
    assert.deepEqual(
      r.ranked.map((p) => [p.rank, p.candidate.name, fractionText(p.standing)]),
      [
        [1, '甲', '20/40'],
        [1, '丁', '12/24'],
        [3, '乙', '10/30'],
      ],
    );
    assert.deepEqual(
      r.small.map((p) => p.candidate.name),
      ['小', '丙'],
    );
    assert.deepEqual(
      r.none.map((p) => p.candidate.name),
      ['空'],
    );
  });

  test('counts are all ranked, whatever their size; ties by name', () => {
    const c = (name: string, n: number) => candidate(name, report('a/2023', t3('newReceived', n)));
    const r = rank(measure('new-received'), [c('乙', 0), c('甲', 0), c('丙', 3)]);
    assert.deepEqual(
      r.ranked.map((p) => [p.rank, p.candidate.name]),
      [
        [1, '丙'],
        [2, '甲'],
        [2, '乙'],
      ],
    );
    assert.equal(r.small.length, 0);
  });

  test('a caller’s cache of standings is used', () => {
    let calls = 0;
    const cached = (c: Candidate): Standing => {
      calls++;
      return standing(c.data, measure('new-received'));
    };
    rank(measure('new-received'), [rate('甲', 1, 1)], cached);
    assert.equal(calls, 1);
  });
});
