import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecords } from '../../../loaders/openData.ts';
import { type ZhCsvFile, zhCsv, zhCsvFiles } from '../../../utils/opendata/zhCsv.ts';

/**
 * The CSV with Chinese column headers, for Excel and WPS: data/csv/reports-zh.csv (every report),
 * data/csv/year/<year>.csv and data/csv/province/<province code>.csv.
 */
export const getStaticPaths = (async () =>
  zhCsvFiles(await loadRecords()).map((file) => ({
    params: { file: file.path.replace(/^data\/csv\//, '') },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ZhCsvFile };
  return new Response(zhCsv(file.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
