/**
 * One part of a search index to merge (searchMerge.ts): its folder, language, entry and metadata,
 * refused with the reason when Pagefind 1.6 did not write it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeMeta, type MetaIndex, pagefindFormatVersion, readIndexFile } from './pagefindFiles.ts';

export interface Part {
  folder: string;
  language: string;
  entry: { version: string; languages: Record<string, { hash: string; page_count: number }> };
  meta: MetaIndex;
  /** Pages in the parts before this one. */
  offset: number;
}

export async function readPart(folder: string): Promise<Omit<Part, 'offset'>> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as Part['entry'];
  if (entry.version !== pagefindFormatVersion)
    throw new Error(
      `the search index in ${folder} was written by Pagefind ${entry.version}; touming merges the parts of Pagefind ${pagefindFormatVersion}'s indexes (src/integrations/pagefindFiles.ts)`,
    );
  const languages = Object.entries(entry.languages);
  const [language, info] = languages[0] ?? [];
  if (languages.length !== 1 || !language || !info)
    throw new Error(`the search index in ${folder} has ${languages.length} languages; touming writes one`);
  const meta = decodeMeta(await readIndexFile(join(folder, `pagefind.${info.hash}.pf_meta`)));
  return { folder, language, entry, meta };
}
