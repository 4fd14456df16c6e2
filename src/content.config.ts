import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './data/contentDir.ts';
import { agencySchema } from './schemas/agency.ts';
import { reportSchema } from './schemas/report.ts';

/** One YAML file per agency: content/agencies/<id>.yaml. */
const agencies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/agencies` }),
  schema: agencySchema,
});

/** One Markdown file per report: content/reports/<agency id>/<year>.md. */
const reports = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/reports` }),
  schema: reportSchema,
});

export const collections = { agencies, reports };
