import { z } from 'astro/zod';
import { shown } from './shown.ts';

/**
 * An address the site may put in an `href`: http or https only. Content comes from anywhere (a saved
 * page's canonical link, a hand-edited agency file); `javascript:`, `data:`, `vbscript:` or `file:`
 * must never reach a link, whatever a browser's or a CSP's later defences would do.
 */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) => `an http(s) web address, e.g. https://www.example.gov.cn/, got ${shown(issue.input)}`,
});
