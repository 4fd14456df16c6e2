/**
 * The JSON Schema of a report, generated from the same zod schema the build validates with.
 * The input side is published: it is what a content file (or a `report` member of our JSON) may hold,
 * including the long cell form `{ "value": 3, "note": "…" }` our files use; the output side has
 * transforms that JSON Schema cannot express.
 */
import { z } from 'astro/zod';
import { formatCatalogue, reportFormats } from '../../catalogue/index.ts';
import { reportShapeSchema } from '../../schemas/report.ts';

export function reportJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(reportShapeSchema, { io: 'input', reused: 'ref' });
  return {
    ...schema,
    $id: id,
    title: `政府信息公开工作年度报告（${reportFormats.map((f) => `${formatCatalogue(f).basis}格式`).join('或')}）`,
    description:
      '一份年度报告的标题、来源和表二、表三、表四，format 指明所依格式（2021 或 2019），两种格式的表二、表三不同。单元格为数字、null（未填报）或 { value, note?, raw?, unit?, unread? }；unread 写明导入时未能读取的原因（value 为 null，不同于未填报）。read 记录每行数字的读取方式（label 按标签读取、split 按勾稽关系拆分、order 按表格顺序放置并经勾稽关系确认、hand 人工录入）及其在原文中的行号或页码。',
  };
}
