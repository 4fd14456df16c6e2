import type { APIRoute } from 'astro';
import { cellSourcesDictionary } from '../../utils/opendata/cellSources.ts';
import { dataDictionary } from '../../utils/opendata/dictionary.ts';

/**
 * The data dictionary: key → Chinese label → meaning, for every CSV column; then the fields only the
 * per-report JSON files have (`cellSources`: where each number was read), marked by the file they are in.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify([...dataDictionary(), ...cellSourcesDictionary()], null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
