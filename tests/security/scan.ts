/**
 * Scans a built site for what hostile content could have put there: a published original a browser
 * would run, markup that runs script (event-handler attributes, script URLs, scripts that are not the
 * site's own) and markup that loads from another site. Returns the problems found, one line each.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { attr, elements, text } from '../lib/html.ts';

type Element = DefaultTreeAdapterMap['element'];

/** Attributes whose value a browser follows or loads as an address. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'manifest',
  'ping',
  'srcset',
]);

/** Link relations that only name an address, never fetch it. */
const naming = new Set([
  'canonical',
  'alternate',
  'author',
  'help',
  'license',
  'next',
  'prev',
  'search',
  'me',
]);

/** Elements that load or embed something wherever they appear, never emitted by the site. */
const embedding = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);

/**
 * The scheme an address has as a browser reads it: leading and trailing spaces and control
 * characters dropped, tabs and line breaks removed anywhere, case ignored.
 */
export function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip exactly these
  const cleaned = url.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** What the site's own scripts look like: its bundles under `<base>_astro/`, its mode script, chart data. */
function ownScript(el: Element, base: string): boolean {
  const src = attr(el, 'src');
  const type = attr(el, 'type');
  if (src !== undefined) {
    const bundle = src.startsWith(`${base}_astro/`) && /^[\w.-]+\.js$/.test(src.slice(base.length + 7));
    return (bundle && type === 'module') || (src === `${base}display-modes.js` && type === undefined);
  }
  if (type !== 'application/json' || attr(el, 'data-chart-spec') === undefined) return false;
  const body = text(el);
  try {
    JSON.parse(body);
  } catch {
    return false;
  }
  // The data must never hold a `<` that could close its element.
  return !body.includes('<');
}

/** The problems in one HTML document, for the file named `where`. */
export function scanHtml(html: string, where: string, base = '/'): string[] {
  const problems: string[] = [];
  for (const el of elements(parse(html))) {
    const at = `${where}: <${el.tagName}>`;
    if (embedding.has(el.tagName)) problems.push(`${at} embeds or rebases content`);
    if (el.tagName === 'script' && !ownScript(el, base))
      problems.push(`${at} is not one of the site's scripts`);
    if (el.tagName === 'meta' && /refresh/i.test(attr(el, 'http-equiv') ?? ''))
      problems.push(`${at} redirects with http-equiv="refresh"`);
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) problems.push(`${at} has an event handler ${name}="${value}"`);
      if (!urlAttributes.has(name.toLowerCase())) continue;
      const addresses =
        name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of addresses) {
        const scheme = schemeOf(url);
        if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript')
          problems.push(`${at} ${name}="${url}" runs or embeds content`);
        // Anything loaded (not just linked to) comes from this site: the page promises no request elsewhere.
        const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const loads = name !== 'href' || (el.tagName === 'link' && !rels.every((r) => naming.has(r)));
        if (
          loads &&
          (scheme !== undefined || /^[\s/\\]{2}/.test(url) || (url.startsWith('\\') && url.length > 1))
        )
          problems.push(`${at} ${name}="${url}" loads from another site`);
      }
    }
  }
  return problems;
}

/** Names under which a published original is something a browser renders or runs. */
const publishedAsIs = /\.(pdf|txt|md)$/i;

/** Every problem in a built site. */
export async function scanSite(root: string, base = '/'): Promise<string[]> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(root.length).replace(/^\//, ''));
  const problems: string[] = [];
  for (const file of files) {
    if (file.startsWith('sources/') && !publishedAsIs.test(file))
      problems.push(`${file}: an original published under a name a browser renders or runs`);
    if (file.endsWith('.html'))
      problems.push(...scanHtml(await readFile(join(root, file), 'utf8'), file, base));
  }
  return problems;
}
