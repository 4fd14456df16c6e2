/**
 * sitemap.xml, written from the pages Astro built, so it follows the routes with no list of its own
 * to keep: every page but the 404 page, by its absolute address under the base.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { absoluteUrl, sitemapXml } from '../utils/feed.ts';
import { joinBase } from '../utils/urls.ts';

/**
 * The built pathnames that are pages, sorted: with `format: 'directory'` a page's pathname is empty
 * (the home page) or ends in a slash; endpoints (sitemap.xml, data files) have an extension instead.
 */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const pages = pathnames.filter((p) => (p === '' || p.endsWith('/')) && !/^\/?404\/?$/.test(p));
  return [...new Set(pages.map((p) => p.replace(/^\/+/, '')))].sort();
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'touming:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const urls = sitemapPaths(pages.map((p) => p.pathname)).map((p) =>
          absoluteUrl(joinBase(base, p), site),
        );
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
      },
    },
  };
}
