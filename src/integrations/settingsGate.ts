/**
 * Checks the build's settings before anything is built: an address a maintainer configures must be
 * one the site may link to, or the build stops saying which setting and why.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { webUrlSchema } from '../schemas/webUrl.ts';
import { correctionsUrlProblem } from '../utils/corrections.ts';

/** What is wrong with the addresses the settings give, one line per setting. */
export function settingsProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const corrections = env.SITE_CORRECTIONS_URL;
  const why = corrections ? correctionsUrlProblem(corrections) : undefined;
  if (why) problems.push(`SITE_CORRECTIONS_URL: ${why}`);
  const issues = env.SITE_ISSUES_URL;
  if (issues && !webUrlSchema.safeParse(issues).success)
    problems.push(`SITE_ISSUES_URL: “${issues}” is not an http(s) address`);
  return problems;
}

export default function settingsGate(): AstroIntegration {
  return {
    name: 'touming:settings-gate',
    hooks: {
      'astro:config:setup': () => {
        const problems = settingsProblems(process.env);
        if (!problems.length) return;
        const error = new AstroError(
          `${problems.join('\n')}\nNothing was built.`,
          'Set each to an address the site may link to, or leave it unset (see Configuration in the README).',
        );
        error.stack = '';
        throw error;
      },
    },
  };
}
