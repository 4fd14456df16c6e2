/**
 * The JSON Schema of a report, generated from the same zod schema the build validates with.
 * The input side is published: it is what a content file (or a `report` member of our JSON) may hold,
 * including the long cell form `{ "value": 3, "note": "…" }` our files use; the output side has
 * transforms that JSON Schema cannot express.
 */
import { z } from 'astro/zod';
import { reportSchema } from '../../schemas/report.ts';

export function reportJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema, { io: 'input', reused: 'ref' });
  return {
    ...schema,
    $id: id,
    title: '政府信息公开工作年度报告（国办公开办函〔2021〕30号格式或〔2019〕60号格式）',
    description:
      '一份年度报告的标题、来源和表二、表三、表四，format 指明所依格式（2021 或 2019），两种格式的表二、表三不同。单元格为数字、null（未填报）或 { value, note?, raw?, unit? }。',
  };
}
