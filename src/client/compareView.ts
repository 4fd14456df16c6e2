/**
 * The 对比 page's result: the differing cells listed, then the three tables of both reports side by
 * side, each differing cell marked in words (不同：) as well as by colour.
 */
import { termAnchor } from '../catalogue/terms.ts';
import type { ReportData } from '../schemas/report.ts';
import { cellText, comparisonGrids, diffReports } from '../utils/compare.ts';
import { termLinker } from '../utils/termLinks.ts';

/** A report as the result names and links it. */
export interface ShownReport {
  label: string;
  page: string;
  data: ReportData;
}

type Child = Node | string;
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A label with each term in it linked to the glossary (at most once per table), as on the report page. */
function termed(label: string, terms: ReturnType<typeof termLinker>, glossary: string): Child {
  const parts = terms(label);
  if (!parts.some((p) => p.term)) return label;
  return el(
    'span',
    {},
    ...parts.map((p) =>
      p.term ? el('a', { class: 'term-link', href: `${glossary}#${termAnchor(p.term)}` }, p.text) : p.text,
    ),
  );
}

function table(caption: string, head: Child[], rows: Child[][]): HTMLElement {
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

function sideTable(
  report: ShownReport,
  other: ReportData,
  grid: ReturnType<typeof comparisonGrids>[number],
  glossary: string,
) {
  const terms = termLinker();
  return grid.sections.map((s) =>
    table(
      `${report.label} ${grid.caption.split('　')[0]}${s.heading ? ` ${s.heading}` : ''}`,
      ['项目', ...s.columns.map((c) => termed(c.label, terms, glossary))],
      s.rows.map((r) => [
        termed(r.label, terms, glossary),
        ...r.cells.map((key) => {
          const [mine, theirs] = [cellText(report.data, key), cellText(other, key)];
          if (mine === theirs) return el('td', { 'data-cell': key }, mine);
          return el(
            'td',
            { 'data-cell': key, class: 'changed' },
            el('span', { class: 'visually-hidden' }, '不同：'),
            mine,
          );
        }),
      ]),
    ),
  );
}

/** The whole result for reports a and b; `glossary` is the 术语解释 page's address, which terms link to. */
export function comparison(a: ShownReport, b: ShownReport, glossary: string): Node[] {
  const diffs = diffReports(a.data, b.data);
  const link = (r: ShownReport) => el('a', { href: r.page }, r.label);
  return [
    el('h2', { id: 'differences' }, '差异'),
    el('p', {}, 'A：', link(a), '；B：', link(b), `。两份报告共有 ${diffs.length} 个单元格不同。`),
    ...(diffs.length > 0
      ? [
          table(
            '不同的单元格',
            ['单元格', 'A', 'B', '变化（B − A）'],
            diffs.map((d) => [d.label, d.aText, d.bText, d.change]),
          ),
        ]
      : []),
    ...comparisonGrids([a.data.format, b.data.format]).flatMap((grid) => [
      el('h2', {}, grid.caption),
      el(
        'div',
        { class: 'compare-grid' },
        el('div', {}, ...sideTable(a, b.data, grid, glossary)),
        el('div', {}, ...sideTable(b, a.data, grid, glossary)),
      ),
    ]),
  ];
}
