/**
 * robots.txt, pointing at the sitemap under the base. Crawlers read it only at a domain's root: a
 * site served under a sub-path needs the host's own robots.txt to name this sitemap (README, Deploying).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, robotsTxt } from '../utils/feed.ts';
import { asset } from '../utils/link.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(asset('sitemap.xml'), site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
