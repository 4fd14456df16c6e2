/**
 * Publishes each report's original, byte for byte, at sources/… (utils/sources.ts says under which
 * name), so every figure can be traced to its source. A build copies the files the content gate
 * checked, while Astro bundles the site, instead of rendering a page for each: through Astro's
 * router every file cost a request, a response and four file operations on the renderer's thread
 * (at 10,000 reports the build took 6 s longer with them as pages). `astro dev` serves them from a
 * route (sourcesRoute.ts).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../loaders/contentDir.ts';
import { publishedSource } from '../utils/sources.ts';
import { checkedSources } from './contentGate.ts';

/** Copies are made this many at a time: enough to keep the file system busy, few enough for open files. */
const atOnce = 32;

/**
 * Copies each original (a path under the content folder, `sources/x/2023.html`) to its published
 * name under `outDir` (`sources/x/2023.html.txt`); the number of files copied.
 */
export async function publishSources(dir: string, files: readonly string[], outDir: string): Promise<number> {
  const queue = [...new Set(files)];
  const folders = new Map<string, Promise<unknown>>();
  const copyOne = async (file: string) => {
    const to = join(outDir, publishedSource(file));
    const folder = dirname(to);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await copyFile(join(dir, file), to);
  };
  let next = 0;
  const worker = async () => {
    while (next < queue.length) await copyOne(queue[next++] as string);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, queue.length) }, worker));
  return queue.length;
}

export default function sources(): AstroIntegration {
  let outDir: URL | undefined;
  let copying: Promise<number> | undefined;
  return {
    name: 'touming:sources',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev')
          injectRoute({
            pattern: '/sources/[...file]',
            entrypoint: new URL('./sourcesRoute.ts', import.meta.url),
          });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Called once Astro has emptied the output folder, as bundling begins.
      'astro:build:setup': () => {
        if (!outDir || copying) return;
        const to = fileURLToPath(outDir);
        copying = checkedSources().then((files) => publishSources(contentDir, files ?? [], to));
        // Awaited at build:done, where a failure stops the build.
        copying.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!copying) return;
        logger.info(`copied ${await copying} originals to sources/`);
      },
    },
  };
}
