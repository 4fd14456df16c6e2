import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { attr, distDir, elements, loadPage, subpathBase, subpathDistDir } from '../lib/html.ts';

async function htmlFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(root, full)));
    else if (e.name.endsWith('.html')) out.push(relative(root, full));
  }
  return out;
}

/** Whether a site path (after the base) names a file in the build, as a static host would resolve it. */
async function resolves(root: string, path: string): Promise<boolean> {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const target = join(root, clean);
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return true;
  return info?.isDirectory() ? Boolean(await stat(join(target, 'index.html')).catch(() => undefined)) : false;
}

const linkAttrs = ['href', 'src', 'action', 'srcset', 'data-pagefind-base'];

for (const [name, root, base] of [
  ['at the domain root', distDir, '/'],
  [`under the sub-path ${subpathBase}`, subpathDistDir, subpathBase],
] as const) {
  describe(`built site ${name}`, async () => {
    const files = await htmlFiles(root);

    test('has pages to check', () => assert.ok(files.length >= 10, `${files.length} pages`));

    test('every internal link and asset resolves to a built file, inside the base path', async () => {
      const broken: string[] = [];
      for (const file of files) {
        const page = await loadPage(file, root);
        for (const el of elements(page)) {
          for (const a of linkAttrs) {
            const value = attr(el, a);
            if (!value || /^(https?:|mailto:|tel:|data:|#)/.test(value)) continue;
            const url = new URL(value, `http://site${base}${file.replace(/index\.html$/, '')}`);
            if (!url.pathname.startsWith(base)) broken.push(`${file}: ${a}="${value}" leaves ${base}`);
            else if (!(await resolves(root, url.pathname.slice(base.length))))
              broken.push(`${file}: ${a}="${value}" not found`);
          }
        }
      }
      assert.deepEqual(broken, []);
    });

    test('canonical addresses carry the base path', async () => {
      const page = await loadPage('index.html', root);
      const canonical = elements(page).find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
      assert.ok(canonical && new URL(attr(canonical, 'href') as string).pathname === base);
    });
  });
}
