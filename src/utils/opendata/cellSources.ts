/**
 * The open data's record of where each number came from: the `cellSources` member of every
 * data/reports/<agency id>/<year>.json, its JSON Schema (in data/schema.json's $defs) and its entries
 * in the data dictionary. Only the per-report files carry it; reports.json stays one row per report.
 */
import { z } from 'astro/zod';
import {
  type ReadingMethod,
  readingMethodLabels,
  readingMethodMeanings,
  readingMethods,
} from '../../schemas/reading.ts';
import type { CellSource } from '../provenance.ts';
import type { DictionaryEntry } from './dictionary.ts';

/** Where one cell's number stands in the original. */
export interface CellSourceJson {
  how: Exclude<ReadingMethod, 'hand'>;
  page?: number;
  line?: number;
  anchor?: string;
}

export interface CellSourcesJson {
  /** The address of the report's source view (原文对照); a cell's anchor follows its `#`. */
  view: string;
  /** The Chinese name of each reading method. */
  methods: Record<ReadingMethod, string>;
  /** The text of each line of the original a number was read from, by anchor: the words around it. */
  lines: Record<string, string>;
  /** Every cell whose place is recorded, by flat key; a cell not listed was typed by hand (手工录入). */
  cells: Record<string, CellSourceJson>;
}

/** Longest line text kept: a table row is far shorter; a web page saved on one line is not repeated whole. */
const maxLineText = 200;

/** The `cellSources` member of a report's JSON (`view` is the source view's absolute address). */
export function cellSourcesJson(sources: ReadonlyMap<string, CellSource>, view: string): CellSourcesJson {
  const lines: Record<string, string> = {};
  const cells: Record<string, CellSourceJson> = {};
  for (const [key, s] of sources) {
    if (s.how === 'hand') continue;
    const page = s.at?.page ?? s.page;
    const line = s.at ? s.at.n : s.line;
    cells[key] = {
      how: s.how,
      ...(page !== undefined ? { page } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(s.anchor ? { anchor: s.anchor } : {}),
    };
    if (s.at && s.anchor && !(s.anchor in lines)) {
      const text = s.at.text.trim();
      lines[s.anchor] = text.length > maxLineText ? `${text.slice(0, maxLineText - 1)}…` : text;
    }
  }
  return { view, methods: { ...readingMethodLabels }, lines, cells };
}

const lineMeaning =
  '文本原文：原文文件的行号；网页原文：该段文字在网页源代码中所在的行；PDF 原文：该页提取文字中的第几行（页眉、页脚和页码不计）。与原文对照页面的行号一致';

const methodsText = readingMethods
  .map((m) => `${m}（${readingMethodLabels[m]}）：${readingMethodMeanings[m]}`)
  .join(' ');

/** The JSON Schema of `cellSources`, generated from a zod schema like the report's. */
export const cellSourcesSchema = z
  .strictObject({
    view: z.url().describe('本报告原文对照页面的地址；单元格的 anchor 接在 # 之后，即该数字所在的行（或页）'),
    methods: z
      .strictObject(
        Object.fromEntries(readingMethods.map((m) => [m, z.string()])) as Record<ReadingMethod, z.ZodString>,
      )
      .describe('各读取方式的中文名称'),
    lines: z
      .record(z.string(), z.string())
      .describe(
        `读取了数字的原文各行的文字（数字前后的文字），键为 anchor；超过 ${maxLineText} 字的截断，以“…”结尾`,
      ),
    cells: z
      .record(
        z.string().regex(/^table[234]\.[A-Za-z0-9]+\.[A-Za-z0-9]+$/),
        z.strictObject({
          how: z.enum(readingMethods.filter((m) => m !== 'hand')).describe(`读取方式。${methodsText}`),
          page: z.number().int().positive().optional().describe('PDF 原文的页码'),
          line: z.number().int().positive().optional().describe(`行号。${lineMeaning}`),
          anchor: z
            .string()
            .optional()
            .describe(
              '原文对照页面中该行的锚点，如 L52、L260-3（网页同一行源代码中的第 3 段）、p3-L17（第 3 页第 17 行）、p3（只知道页码时）',
            ),
        }),
      )
      .describe(
        '每个单元格数字的出处，键为单元格键（如 table3.newReceived.natural）；未列出的单元格为手工录入或收录时未能读取',
      ),
  })
  .describe(
    '每份报告的 JSON 文件（data/reports/<机关编号>/<年度>.json）中的 cellSources 成员：每个数字在原文中的位置和读取方式。reports.json 中没有这一项。',
  );

/** The dictionary's entries for `cellSources` (JSON only: no CSV column, so no CSV header). */
export function cellSourcesDictionary(): (DictionaryEntry & { file: string })[] {
  const file = 'data/reports/<机关编号>/<年度>.json';
  const cell = 'cellSources.cells.<单元格键>';
  return [
    {
      key: 'cellSources.view',
      label: '原文对照页面',
      meaning: '本报告原文对照页面的地址：原文逐行编号，每行注明从中读取的单元格和读取方式',
    },
    { key: 'cellSources.methods', label: '读取方式名称', meaning: `各读取方式的中文名称。${methodsText}` },
    {
      key: 'cellSources.lines.<anchor>',
      label: '原文行文字',
      meaning: `读取了数字的那一行原文的文字，即数字前后的文字；超过 ${maxLineText} 字的截断`,
    },
    {
      key: `${cell}.how`,
      label: '读取方式',
      meaning: `该数字是怎样读出的：label、split、order 之一（见 cellSources.methods）；未列出的单元格为手工录入（hand）或未能读取`,
    },
    { key: `${cell}.page`, label: '页码', meaning: '数字所在的 PDF 原文页码（仅 PDF 原文）' },
    { key: `${cell}.line`, label: '行号', meaning: lineMeaning },
    {
      key: `${cell}.anchor`,
      label: '原文对照锚点',
      meaning: '原文对照页面中该行的锚点：地址为 cellSources.view 加 # 加锚点，如 p3-L17',
    },
  ].map((e) => ({ ...e, header: '', file }));
}
