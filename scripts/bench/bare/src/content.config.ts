import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.CONTENT_DIR ?? '../../../content';

/** The same report files as touming's collection, with a loose schema: the title, the body and the tables are read. */
const reports = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/reports` }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { reports };
