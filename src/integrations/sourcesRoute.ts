import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../loaders/contentDir.ts';
import { loadSite } from '../loaders/site.ts';
import { publishedSource } from '../utils/sources.ts';

/**
 * Each report's original, byte for byte, under sources/, in `astro dev` (sources.ts injects this
 * route there; a build copies the files instead).
 */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.reports.map((r) => ({
    params: { file: publishedSource(r.data.source.file).replace(/^sources\//, '') },
    props: { path: r.data.source.file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(join(contentDir, props.path));
  return new Response(bytes);
};
