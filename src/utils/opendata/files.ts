import { formatCatalogue, type ReportFormat, reportFormats } from '../../catalogue/index.ts';
import { cellHeaders } from './zhCsv.ts';

/** The files under data/, as the 数据下载 page lists and explains them. */
export interface DataFile {
  /** Path under the site base; a pattern when it names many files. */
  path: string;
  format: 'CSV' | 'JSON' | 'JSON Schema' | 'CSV, JSON';
  title: string;
  description: string;
  /** For a pattern of one file per report: the file of the given report, linked as an example. */
  example?: (reportId: string) => string;
}

/** How each form labels the column of decisions (处理决定数量), one key in both. */
const decisions = Object.fromEntries(
  reportFormats.map((f) => [
    f,
    formatCatalogue(f)
      .table2Blocks.flatMap((b) => b.columns)
      .find((c) => c.key === 'decisions')?.label,
  ]),
) as Record<ReportFormat, string | undefined>;

export const dataFiles: DataFile[] = [
  {
    path: 'data/csv/reports-zh.csv',
    format: 'CSV',
    title: '全部报告，中文表头（用 Excel、WPS 打开）',
    description: `与 data/reports.csv 行数、数字完全相同，只是第一行的列名是中文：前 7 列为报告编号、机关编号、机关名称、地区、行政区划代码、报告年度、报告格式，之后每个单元格一列，列名是它在表格中的完整名称，各级标题以“·”连接，如“${cellHeaders('2021').get('table3.granted.natural')}”（见数据字典的“中文表头”）。同一字段键在两种格式中名称不同时（2019 年版的“${decisions['2019']}”即 2021 年版的“${decisions['2021']}”），各文件都用 2021 年版的名称，几个文件可以直接合在一起。未填报和未读取的单元格留空。UTF-8 编码，带 BOM，逗号分隔，符合 RFC 4180；可能被当作公式的文字同样加单引号。`,
  },
  {
    path: 'data/csv/year/<年度>.csv',
    format: 'CSV',
    title: '某一年度的报告，中文表头',
    description:
      '只含该年度的报告，格式同上；只有所用格式的列（2019、2020 年度为 2019 年版格式的列，2021 年度起为 2021 年版格式的列）。',
    example: (reportId) => `data/csv/year/${reportId.split('/')[1]}.csv`,
  },
  {
    path: 'data/csv/province/<省级行政区划代码>.csv',
    format: 'CSV',
    title: '某一省级地区的报告，中文表头',
    description: '只含该省级地区（含其下各市、区县）机关的报告，格式同上，如 640000 为宁夏回族自治区。',
    example: (reportId) => `data/csv/province/${reportId.slice(0, 2)}0000.csv`,
  },
  {
    path: 'data/reports.csv',
    format: 'CSV',
    title: '全部报告，一行一份，英文字段键作列名（供程序读取）',
    description:
      "前 7 列为报告编号、机关编号、机关名称、地区、行政区划代码、年度和报告格式，之后每个单元格一列（2021 年版格式的 200 个，2019 年版格式另有的 26 个，采购总金额之后另有一列单位），列名为下表中的字段键。未填报和未读取的单元格都留空，绝不填 0；二者的区别（unread）、单元格的备注和原文标记（如“/”）只在 JSON 中。UTF-8 编码，带 BOM（便于 Excel、WPS 直接打开），逗号分隔，符合 RFC 4180。以 =、+、-、@ 或制表符开头的文字（如机关名称）前加一个单引号（'），以免电子表格把它当作公式执行；数字（包括负数）不受影响。",
  },
  {
    path: 'data/reports.json',
    format: 'JSON',
    title: '全部报告，一个文件',
    description:
      '{ schema, provenance, terms, count, reports }。reports 中每一项为 { id, agency, report }：agency 是发布机关（名称、地区、行政区划代码），report 是报告的标题、来源和三张表，与内容文件一致，符合 schema.json；format 指明表格所依格式（2021 或 2019 年版）。单元格为 { value, note?, raw?, unit?, unread? }：value 为 null 表示没有数字，没有 unread 的是原文未填报，有 unread 的是收录时未能读取（unread 写明原因，原文可能印有数字）。read 记录各行数字是怎样读出的（按标签、按勾稽关系拆分、按表格顺序放置、人工录入）及其在原文中的行号或页码。',
  },
  {
    path: 'data/reports/<机关编号>/<年度>.json',
    format: 'JSON',
    title: '每份报告一个文件',
    description:
      '与 reports.json 中的一项相同。每份报告的页面上（“数据”一栏）都有它的链接；报告对比页面读取这些文件。',
    example: (reportId) => `data/reports/${reportId}.json`,
  },
  {
    path: 'data/schema.json',
    format: 'JSON Schema',
    title: '报告的 JSON Schema',
    description:
      '由本站校验内容所用的 zod 模式在构建时生成（draft 2020-12），描述一份报告（即上面的 report 成员）允许的写法，包括单元格的简写（数字、null、“/”等）和完整写法。',
  },
  {
    path: 'data/dictionary.json',
    format: 'JSON',
    title: '数据字典',
    description: 'CSV 每一列的字段键、中文名称和含义，即本页下方的数据字典。',
  },
  {
    path: 'data/findings.json',
    format: 'JSON',
    title: '核对结果',
    description: '对每份报告勾稽关系等规则的核对结果，与“数据质量”页面一致。',
  },
  {
    path: 'data/charts/<图表>.csv 和 .json',
    format: 'CSV, JSON',
    title: '每张图表的数据',
    description: '统计页面和机关页面上每张图表所画的数字，与图表下的数据表完全一致；链接在每张图表下方。',
  },
];
