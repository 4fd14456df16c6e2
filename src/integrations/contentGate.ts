/**
 * Checks the content before the build writes anything: every file readable and valid, every report
 * filed under its agency and year, once, and every original present, inside content/sources/ and
 * unchanged. A problem stops the build with one line per problem naming the file, as
 * `npm run check` does, instead of a stack trace halfway through writing dist/.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, problemLine } from '../../scripts/lib/contentProblems.ts';
import { contentDir } from '../loaders/contentDir.ts';
import { siteRegion } from '../loaders/region.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'touming:content-gate',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        // A region's build checks the files it builds from, as its loaders read only those.
        const { problems } = await checkContent(contentDir, siteRegion);
        if (problems.length === 0) return;
        const error = new AstroError(
          `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was built:\n${problems.map((p) => problemLine(contentDir, p)).join('\n')}`,
          'Fix each file named (npm run check lists the same problems), then build again.',
        );
        // The problems are the content's, not the code's: where in touming they were found is no help.
        error.stack = '';
        throw error;
      },
    },
  };
}
