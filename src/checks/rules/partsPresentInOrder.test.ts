import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport } from '../../../scripts/lib/testkit/reports.ts';
import { partsPresentInOrder } from './partsPresentInOrder.ts';

const withBody = (body: string) => {
  const r = makeReport();
  r.body = body;
  return r;
};

const headings = (titles: string[]) => titles.map((t) => `## ${t}\n\n正文。`).join('\n\n');

const official = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

test('the six official headings in order pass', () => {
  assert.deepEqual(partsPresentInOrder.check(withBody(`前言。\n\n${headings(official)}`), {}), []);
});

test("seed 001's truncated 三、收到和处理政府信息公开 and a reworded 五 still count, and no preamble is fine", () => {
  const printed = [...official];
  printed[2] = '三、收到和处理政府信息公开';
  printed[4] = '五、存在的主要问题及改进措施';
  assert.deepEqual(partsPresentInOrder.check(withBody(headings(printed)), {}), []);
});

test('a body without part 四 is a warning naming the missing part', () => {
  const body = headings(official.filter((t) => !t.startsWith('四')));
  assert.deepEqual(partsPresentInOrder.check(withBody(body), {}), [
    {
      rule: 'parts-present-in-order',
      severity: 'warning',
      status: 'failed',
      report: '000000-shili/2021',
      cells: [],
      left: { label: '规定的部分数', value: 6 },
      right: { label: '正文中找到的部分数', value: 5 },
      message: '报告正文缺少第四部分「政府信息公开行政复议、行政诉讼情况」。',
    },
  ]);
});

test('a "## 一是…" heading is not taken for part 一', () => {
  const body = headings(['一是加强学习', ...official.slice(1)]);
  const [f] = partsPresentInOrder.check(withBody(body), {});
  assert.equal(f?.message, '报告正文缺少第一部分「总体情况」。');
});

test('part 四 printed before part 三 is a warning giving their positions', () => {
  const swapped = [official[0], official[1], official[3], official[2], official[4], official[5]] as string[];
  assert.deepEqual(partsPresentInOrder.check(withBody(headings(swapped)), {}), [
    {
      rule: 'parts-present-in-order',
      severity: 'warning',
      status: 'failed',
      report: '000000-shili/2021',
      cells: [],
      left: { label: '第四部分「政府信息公开行政复议、行政诉讼情况」在正文中的序号', value: 3 },
      right: { label: '第三部分「收到和处理政府信息公开申请情况」在正文中的序号', value: 4 },
      message:
        '报告正文中第三部分「收到和处理政府信息公开申请情况」排在第四部分「政府信息公开行政复议、行政诉讼情况」之后，与规定的顺序不符。',
    },
  ]);
});
