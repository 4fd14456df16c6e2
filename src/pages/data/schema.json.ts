import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { asset } from '../../utils/link.ts';
import { cellSourcesSchema } from '../../utils/opendata/cellSources.ts';
import { reportJsonSchema } from '../../utils/opendata/schema.ts';

/**
 * JSON Schema of a report, generated from the zod schema at build time; `$defs.cellSources` describes
 * the per-report files' record of where each number was read.
 */
export const GET: APIRoute = ({ site }) => {
  const id = new URL(asset('data/schema.json'), site).href;
  const schema = reportJsonSchema(id);
  const { $schema: _, ...cellSources } = z.toJSONSchema(cellSourcesSchema);
  const body = {
    ...schema,
    description: `${schema.description} 每份报告的 JSON 文件另有 cellSources，记录每个数字在原文中的位置和读取方式，见 $defs.cellSources。`,
    $defs: { ...(schema.$defs as object | undefined), cellSources },
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
};
