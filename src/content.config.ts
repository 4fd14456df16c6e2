import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './loaders/contentDir.ts';
import { gated, unrenderedGlob } from './loaders/loader.ts';
import { regionPatterns, siteRegion } from './loaders/region.ts';
import { agencySchema } from './schemas/agency.ts';
import { reportSchema } from './schemas/report.ts';

// Each loader, failing on a file in a build, gives way to the content gate's list of every problem.
// SITE_REGION narrows the patterns, so another region's files are never read or validated.
const patterns = regionPatterns(siteRegion);

/** One YAML file per agency: content/agencies/<id>.yaml. */
const agencies = defineCollection({
  loader: gated(glob({ pattern: patterns.agencies, base: `${contentDir}/agencies` })),
  schema: agencySchema,
});

/** One Markdown file per report: content/reports/<agency id>/<year>.md (body rendered by the site). */
const reports = defineCollection({
  loader: gated(unrenderedGlob({ pattern: patterns.reports, base: `${contentDir}/reports` })),
  schema: reportSchema,
});

export const collections = { agencies, reports };
