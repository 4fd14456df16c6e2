import type { APIRoute } from 'astro';
import { rules, summarize } from '../../checks/index.ts';
import { loadSite } from '../../loaders/site.ts';

/** Every finding of the checks, by report, with the rules that produced them, for scripts and researchers. */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const all = Object.values(site.findings).flat();
  const body = {
    summary: summarize(all),
    rules: rules.map(({ id, title, severity, description }) => ({ id, title, severity, description })),
    findings: site.findings,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
};
