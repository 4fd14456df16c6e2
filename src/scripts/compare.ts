/**
 * The 对比 page: reads ?a=<report id>&b=<report id>, fetches the two reports' JSON from data/reports/
 * and shows their three tables side by side with the differing cells marked in words, not colour alone.
 * The choice lives in the address, so a comparison can be shared; the form works without JavaScript.
 */
import type { ReportData } from '../schemas/report.ts';
import {
  type CellValue,
  cellValueOf,
  comparisonGrids,
  diffReports,
  readSelection,
} from '../utils/compare.ts';

interface ReportRef {
  id: string;
  label: string;
  json: string;
  page: string;
}

type Child = Node | string;
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function table(caption: string, head: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el(
      'table',
      { class: 'data' },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, first ?? ''),
            ...rest.map((c) => (c instanceof HTMLElement ? c : el('td', {}, c))),
          ),
        ),
      ),
    ),
  );
}

const text = (v: CellValue) => (v === undefined ? '不适用' : v === null ? '未填报' : String(v));

function sideTable(
  ref: ReportRef,
  data: ReportData,
  other: ReportData,
  grid: ReturnType<typeof comparisonGrids>[number],
) {
  return grid.sections.map((s) =>
    table(
      `${ref.label} ${grid.caption.split('　')[0]}${s.heading ? ` ${s.heading}` : ''}`,
      ['项目', ...s.columns.map((c) => c.label)],
      s.rows.map((r) => [
        r.label,
        ...r.cells.map((key) => {
          const [mine, theirs] = [cellValueOf(data, key), cellValueOf(other, key)];
          if (mine === theirs) return el('td', { 'data-cell': key }, text(mine));
          return el(
            'td',
            { 'data-cell': key, class: 'changed' },
            el('span', { class: 'visually-hidden' }, '不同：'),
            text(mine),
          );
        }),
      ]),
    ),
  );
}

async function load(ref: ReportRef): Promise<ReportData> {
  const response = await fetch(ref.json);
  if (!response.ok) throw new Error(`${ref.json}: ${response.status}`);
  return ((await response.json()) as { report: ReportData }).report;
}

async function main(): Promise<void> {
  const refs = JSON.parse(document.getElementById('compare-reports')?.textContent ?? '[]') as ReportRef[];
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const status = document.getElementById('compare-status');
  const out = document.getElementById('compare-result');
  if (!form || !status || !out) return;
  const { a, b } = readSelection(
    location.search,
    refs.map((r) => r.id),
  );
  for (const [name, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && value) select.value = value;
  }
  const [refA, refB] = [refs.find((r) => r.id === a), refs.find((r) => r.id === b)];
  if (!refA || !refB) {
    status.textContent = '请在上面选择两份报告，然后点“对比”。';
    return;
  }
  status.textContent = '正在载入两份报告……';
  try {
    const [dataA, dataB] = await Promise.all([load(refA), load(refB)]);
    const diffs = diffReports(dataA, dataB);
    const link = (r: ReportRef) => el('a', { href: r.page }, r.label);
    out.replaceChildren(
      el('h2', { id: 'differences' }, '差异'),
      el('p', {}, 'A：', link(refA), '；B：', link(refB), `。两份报告共有 ${diffs.length} 个单元格不同。`),
      ...(diffs.length > 0
        ? [
            table(
              '不同的单元格',
              ['单元格', 'A', 'B', '变化（B − A）'],
              diffs.map((d) => [d.label, text(d.a), text(d.b), d.change]),
            ),
          ]
        : []),
      ...comparisonGrids([dataA.format, dataB.format]).flatMap((grid) => [
        el('h2', {}, grid.caption),
        el(
          'div',
          { class: 'compare-grid' },
          el('div', {}, ...sideTable(refA, dataA, dataB, grid)),
          el('div', {}, ...sideTable(refB, dataB, dataA, grid)),
        ),
      ]),
    );
    status.textContent = `已对比 ${refA.label} 与 ${refB.label}。`;
    document.title = `对比 ${refA.label} 与 ${refB.label} - ${document.title.split(' - ').at(-1) ?? ''}`;
  } catch (error) {
    status.textContent = `无法载入报告数据（${String(error)}）。请直接打开两份报告的页面。`;
  }
}

void main();
